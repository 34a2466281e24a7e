package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code relance backup} and {@code relance restore FILE}, headless, on a data folder of their own. */
class BackupCliTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = RelanceCommand.commandLine(() -> { }, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void backupListThenRestoreKeepingTheReplacedDataAside() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "demo", "--size", "200")).isZero();
        assertThat(run("--data-dir", dir.toString(), "backup")).isZero();
        assertThat(out.toString()).contains("Sauvegarde enregistrée").contains(dir.resolve("backups").toString())
                .contains("100%");
        Path archive = onlyBackup();

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", dir.toString(), "backup", "--list")).isZero();
        assertThat(out.toString()).contains("Sauvegardes dans").contains("Manuelle")
                .contains(archive.getFileName().toString());

        // Restored into an empty folder (a new computer): the restored file has the demo ledger.
        Path fresh = Files.createDirectory(dir.resolve("fresh"));
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", fresh.toString(), "restore", archive.toString())).isZero();
        assertThat(out.toString()).contains("restaurée").contains("débiteurs").contains("relance-before-restore-");
        try (Stream<Path> files = Files.list(fresh)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("relance.mv.db").anyMatch(n -> n.startsWith("relance-before-restore-"))
                    .noneMatch(n -> n.startsWith(".relance-restore"));
        }
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", fresh.toString(), "aging", "--as-of", "2026-11-23", "--top", "1")).isZero();
        assertThat(out.toString()).contains("Total");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDamagedArchiveIsRefusedWithASentenceAndTheDataFileIsUntouched() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "backup")).isZero();
        Path archive = onlyBackup();
        byte[] bytes = Files.readAllBytes(archive);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String before = sha256(dir.resolve("relance.mv.db"));

        assertThat(run("--data-dir", dir.toString(), "restore", truncated.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("truncated.zip").contains("endommagée").contains("Rien n’a été modifié")
                .doesNotContain("Exception");
        assertThat(sha256(dir.resolve("relance.mv.db"))).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("relance-before-restore-") || n.startsWith(".relance-restore"));
        }
    }

    private Path onlyBackup() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
