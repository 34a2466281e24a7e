package fr.relance.crash;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.backup.BackupArchive;
import fr.relance.backup.BackupFolder;
import fr.relance.backup.BackupProgress;
import fr.relance.documents.AttachmentService;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.exports.SafeFile;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kill tests: a child JVM runs one operation on a copy of a data folder, freezes at a chosen point, and is killed
 * with SIGKILL ({@link KillHarness}). The data folder is then opened again the way the app opens it (H2 recovers
 * the file, the instance file of the dead process is replaced, leftovers are swept) and must hold either all of the
 * operation or none of it, with everything from before intact and no unfinished file anywhere.
 */
class KillTest {

    @TempDir
    static Path shared;
    static CrashData.Template template;

    @TempDir
    Path dir;
    Path data;
    Path work;

    @BeforeAll
    static void prepare() throws IOException {
        template = CrashData.template(shared.resolve("template"));
    }

    @BeforeEach
    void copyTemplate() throws IOException {
        data = dir.resolve("data");
        work = Files.createDirectories(dir.resolve("work"));
        CrashData.copy(template.folder(), data);
    }

    @Test
    void anImportKilledBeforeItsCommitLeavesNoTraceAndCanBeRunAgain() throws Exception {
        Path file = CrashData.ledger(work.resolve(CrashOperations.IMPORT_FILE), "411N", "FN-", 3000);

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.ImportLedger.class, data, work, "0.5",
                KillHarness.HALF_TRANSACTION_ON_DISK);

        assertThat(killed.where()).as("every invoice inserted, not committed").isNotEqualTo(KillPoint.DONE);
        try (AppContext context = reopen(killed)) {
            assertThat(CrashData.counts(context)).isEqualTo(template.now());
            assertThat(CrashData.leftovers(data)).isEmpty();
            // Not taken for "already imported": the same file goes in whole.
            CrashData.importFile(context, file);
            assertThat(CrashData.counts(context)).containsEntry("invoice", template.now().get("invoice") + 3000)
                    .containsEntry("import_batch", template.now().get("import_batch") + 1);
        }
    }

    @Test
    void anImportKilledRightAfterItFinishedIsAllThere() throws Exception {
        CrashData.ledger(work.resolve(CrashOperations.IMPORT_FILE), "411N", "FN-", 3000);

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.ImportLedger.class, data, work,
                KillPoint.DONE, KillHarness.AS_IS);

        try (AppContext context = reopen(killed)) {
            Map<String, Long> counts = CrashData.counts(context);
            assertThat(counts).containsEntry("invoice", template.now().get("invoice") + 3000)
                    .containsEntry("debtor", template.now().get("debtor") + 10)
                    .containsEntry("import_batch", template.now().get("import_batch") + 1);
        }
    }

    @Test
    void aBackupKilledHalfWayLeavesNoHalfArchiveAndTheEarlierOneIntact() throws Exception {
        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.Backup.class, data, work, "0.5",
                KillHarness.AS_IS);

        Path backups = data.resolve(BackupFolder.NAME);
        assertThat(CrashData.leftovers(backups)).as("the kill landed in the middle of the archive").isNotEmpty();
        try (AppContext context = reopen(killed)) {
            assertThat(CrashData.leftovers(data)).isEmpty();
            assertThat(context.backups().list()).extracting(BackupArchive::file)
                    .containsExactly(backups.resolve(template.backup().getFileName()));
            Path earlier = backups.resolve(template.backup().getFileName());
            assertThat(CrashData.sha256(earlier)).isEqualTo(template.backupSha());
            context.backups().verify(earlier, BackupProgress.NONE).close();
            assertThat(CrashData.counts(context)).isEqualTo(template.now());
        }
    }

    @Test
    void aBackupKilledRightAfterItFinishedIsComplete() throws Exception {
        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.Backup.class, data, work, KillPoint.DONE,
                KillHarness.AS_IS);

        try (AppContext context = reopen(killed)) {
            List<BackupArchive> archives = context.backups().list();
            assertThat(archives).hasSize(2);
            context.backups().verify(archives.get(0).file(), BackupProgress.NONE).close();
            assertThat(CrashData.leftovers(data)).isEmpty();
        }
    }

    /** Before the swap the data is the current one, after it the restored one; never a missing or mixed file. */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({"@verify, false", "@aside, false", "@swapped, true", "done, true"})
    void aRestoreKilledAnywhereLeavesOneWholeDataFile(String at, boolean restored) throws Exception {
        Files.writeString(work.resolve(CrashOperations.RESTORE_FROM),
                data.resolve(BackupFolder.NAME).resolve(template.backup().getFileName()).toString());

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.Restore.class, data, work, at,
                KillHarness.AS_IS);

        assertThat(data.resolve(Database.FILE_NAME + Database.FILE_SUFFIX)).isRegularFile();
        try (AppContext context = reopen(killed)) {
            assertThat(CrashData.counts(context)).isEqualTo(restored ? template.inBackup() : template.now());
            assertThat(CrashData.leftovers(data)).isEmpty();
            assertThat(CrashData.sha256(data.resolve(BackupFolder.NAME).resolve(template.backup().getFileName())))
                    .isEqualTo(template.backupSha());
        }
        List<Path> aside;
        try (var files = Files.list(data)) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("relance-before-restore-")).toList();
        }
        if (restored) {
            // The data file replaced is kept whole beside, under its own name.
            try (AppContext previous = CrashData.open(aside.get(0))) {
                assertThat(CrashData.counts(previous)).isEqualTo(template.now());
            }
        } else {
            // A restore that did not happen keeps nothing aside (a second name of the live file would follow it).
            assertThat(aside).isEmpty();
        }
    }

    @Test
    void anAttachmentKilledHalfWayIsNotStoredAndTheEarlierOneIsIntact() throws Exception {
        Path file = bigEmail(work.resolve(CrashOperations.ATTACHMENT_FILE), 6_000_000);

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.Attach.class, data, work, "0.5",
                KillHarness.HALF_TRANSACTION_ON_DISK);

        try (AppContext context = reopen(killed)) {
            assertThat(CrashData.counts(context)).isEqualTo(template.now());
            DocumentRepository documents = new DocumentRepository(context.database());
            for (StoredDocument document : documents.ofDebtor(1)) {
                assertThat(documents.read(document.id(), KillTest::sha256)).isEqualTo(document.sha256());
            }
            // Not refused as a duplicate of a half-stored copy.
            AttachmentService attachments = CrashData.attachments(context, work);
            StoredDocument stored = attachments.attach(1, file,
                    new AttachmentDetails(DocumentKind.CORRESPONDENCE, CrashOperations.TODAY, null),
                    CrashOperations.TODAY, "claire", (d, t) -> { }, () -> false);
            assertThat(stored.sha256()).isEqualTo(CrashData.sha256(file));
        }
    }

    @Test
    void aLetterBatchKilledHalfWayLeavesThePreviousFileAndItsLeftoverGoesAtTheNextWrite() throws Exception {
        Path folder = Files.createDirectories(work.resolve(CrashOperations.LETTERS_FOLDER));
        Path target = Files.writeString(folder.resolve(CrashOperations.LETTERS_FILE), "the batch printed yesterday");

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.LetterBatch.class, data, work, "0.5",
                KillHarness.AS_IS);

        assertThat(Files.readString(target)).isEqualTo("the batch printed yesterday");
        assertThat(CrashData.leftovers(folder)).as("the dead writer's temporary file").singleElement()
                .satisfies(partial -> assertThat(partial.getFileName().toString()).contains("." + killed.pid() + "-"));
        SafeFile.write(folder.resolve("autre.pdf"), out -> out.write("%PDF".getBytes(StandardCharsets.US_ASCII)));
        assertThat(CrashData.leftovers(folder)).isEmpty();
        assertThat(Files.readString(target)).isEqualTo("the batch printed yesterday");
    }

    @Test
    void aDossierExportKilledHalfWayLeavesThePreviousFileAndNothingInTheDatabase() throws Exception {
        try (AppContext context = CrashData.open(data)) {
            // The controller enters the 2026 H2 rates the seeded table lacks, so that penalties can be computed.
            new fr.relance.store.RatesRepository(context.database()).save(new fr.relance.domain.HalfYearRates(
                    new fr.relance.domain.HalfYear(2026, 2), new java.math.BigDecimal("2.15"),
                    new java.math.BigDecimal("6.67"), new java.math.BigDecimal("2.62")));
        }
        Path folder = Files.createDirectories(work.resolve(CrashOperations.DOSSIER_FOLDER));
        Path target = Files.writeString(folder.resolve(CrashOperations.DOSSIER_FILE), "the dossier sent last month");

        KillHarness.Killed killed = KillHarness.killAt(CrashOperations.DossierExport.class, data, work, "0.5",
                KillHarness.AS_IS);

        assertThat(Files.readString(target)).isEqualTo("the dossier sent last month");
        SafeFile.write(folder.resolve("autre.zip"), out -> out.write(1));
        assertThat(CrashData.leftovers(folder)).as("the dead writer's temporary file").isEmpty();
        // PDFBox spilled the dossier's pages into the child's scratch folder under the data folder, not /tmp.
        Path scratch = data.resolve(fr.relance.documents.PdfScratch.FOLDER).resolve(Long.toString(killed.pid()));
        assertThat(scratch).as("the killed export's PDFBox scratch folder").isDirectory();
        try (AppContext context = reopen(killed)) {
            assertThat(CrashData.counts(context)).containsAllEntriesOf(
                    java.util.Map.of("document", template.now().get("document"),
                            "case_event", template.now().get("case_event")));
        }
        assertThat(scratch).as("swept at the next start").doesNotExist();
        try (java.util.stream.Stream<Path> left = Files.walk(data.resolve(fr.relance.documents.PdfScratch.FOLDER))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private AppContext reopen(KillHarness.Killed killed) throws IOException {
        return KillHarness.reopen(data, killed);
    }

    /** A saved e-mail with a long body: big enough for the kill to land while it streams into the data file. */
    static Path bigEmail(Path file, int bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("From: Hélène Durand <helene@durand-sarl.fr>\r\nTo: compta@ateliers-rhone.fr\r\n"
                    + "Subject: Relevé annoté\r\nDate: Mon, 16 Nov 2026 10:15:00 +0100\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(7);
            byte[] line = new byte[78];
            for (int written = 0; written < bytes; written += line.length + 2) {
                for (int i = 0; i < line.length; i++) {
                    line[i] = (byte) ('a' + random.nextInt(26));
                }
                out.write(line);
                out.write('\r');
                out.write('\n');
            }
        }
        return file;
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            digest.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
