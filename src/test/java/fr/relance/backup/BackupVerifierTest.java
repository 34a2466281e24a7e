package fr.relance.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore checks the archive before anything is touched: the data file is the same, byte for byte. */
class BackupVerifierTest {

    @TempDir
    Path dir;
    Path data;
    Path good;

    @BeforeEach
    void aDataFileAndABackupOfIt() throws Exception {
        data = Files.createDirectory(dir.resolve("data"));
        try (Database database = Database.open(data)) {
            new AppSettingsRepository(database).put("company.note", "sauvegardé");
            good = new BackupService(database, BackupServiceTest.NOW, "1.2.3")
                    .create(BackupKind.MANUAL, BackupProgress.NONE).file();
        }
    }

    @Test
    void aCorruptTruncatedOrForeignArchiveIsRefusedAndTheDataFileIsUntouched() throws Exception {
        Map<String, Path> archives = new LinkedHashMap<>();
        Map<String, BackupException.Reason> reasons = new LinkedHashMap<>();
        byte[] bytes = Files.readAllBytes(good);

        archives.put("truncated", Files.write(dir.resolve("truncated.zip"),
                java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3)));
        reasons.put("truncated", BackupException.Reason.DAMAGED);

        byte[] dataEntry = entry(good, "relance.mv.db");
        dataEntry[dataEntry.length / 2] ^= 0x5A;
        archives.put("one byte changed", zip(dir.resolve("tampered.zip"), Map.of(
                "relance.mv.db", dataEntry, "manifest.json", entry(good, "manifest.json"))));
        reasons.put("one byte changed", BackupException.Reason.DAMAGED);

        archives.put("data file missing", zip(dir.resolve("no-data.zip"),
                Map.of("manifest.json", entry(good, "manifest.json"))));
        reasons.put("data file missing", BackupException.Reason.DAMAGED);

        archives.put("another program's zip", zip(dir.resolve("photos.zip"),
                Map.of("IMG_0001.txt", "not a backup".getBytes(StandardCharsets.UTF_8))));
        reasons.put("another program's zip", BackupException.Reason.NOT_A_BACKUP);

        archives.put("not a zip", Files.writeString(dir.resolve("facture.zip"), "%PDF-1.7 not a zip at all"));
        reasons.put("not a zip", BackupException.Reason.NOT_A_BACKUP);

        String manifest = new String(entry(good, "manifest.json"), StandardCharsets.UTF_8);
        archives.put("newer archive format", zip(dir.resolve("future-format.zip"), Map.of(
                "relance.mv.db", entry(good, "relance.mv.db"),
                "manifest.json", manifest.replace("\"format\" : 1", "\"format\" : 2").getBytes(StandardCharsets.UTF_8))));
        reasons.put("newer archive format", BackupException.Reason.NEWER);

        archives.put("newer schema", backupFromANewerRelance());
        reasons.put("newer schema", BackupException.Reason.NEWER);

        archives.put("no such file", dir.resolve("absent.zip"));
        reasons.put("no such file", BackupException.Reason.NOT_FOUND);

        String before = BackupServiceTest.sha256(data.resolve("relance.mv.db"));
        for (Map.Entry<String, Path> archive : archives.entrySet()) {
            assertThatThrownBy(() -> BackupVerifier.verify(archive.getValue(), data, BackupProgress.NONE))
                    .as(archive.getKey())
                    .isInstanceOfSatisfying(BackupException.class, e -> {
                        assertThat(e.reason()).as(archive.getKey()).isEqualTo(reasons.get(archive.getKey()));
                        assertThat(e.location()).isEqualTo(archive.getValue());
                    });
            assertThat(BackupServiceTest.sha256(data.resolve("relance.mv.db"))).as(archive.getKey())
                    .isEqualTo(before);
            assertThat(scratchFolders()).as(archive.getKey()).isEmpty();
        }

        // The genuine one passes, and discarding it leaves nothing behind either.
        try (VerifiedBackup verified = BackupVerifier.verify(good, data, BackupProgress.NONE)) {
            assertThat(verified.archive().manifest().appVersion()).isEqualTo("1.2.3");
        }
        assertThat(scratchFolders()).isEmpty();
        assertThat(BackupServiceTest.sha256(data.resolve("relance.mv.db"))).isEqualTo(before);
    }

    /** A data file with a migration this Relance does not know, backed up by a Relance that did. */
    private Path backupFromANewerRelance() throws Exception {
        Path newer = Files.createDirectory(dir.resolve("newer"));
        try (Database database = Database.open(newer)) {
            database.dsl().execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type",
                        "script", "checksum", "installed_by", "execution_time", "success")
                    VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE)""");
            return new BackupService(database, BackupServiceTest.NOW, "9.0.0")
                    .create(BackupKind.MANUAL, BackupProgress.NONE).file();
        }
    }

    private Stream<Path> scratchFolders() throws IOException {
        return Files.list(data).filter(p -> p.getFileName().toString().startsWith(".relance-restore")).toList()
                .stream();
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        }
    }

    private static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }
}
