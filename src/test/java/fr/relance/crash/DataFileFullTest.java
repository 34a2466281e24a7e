package fr.relance.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.cli.RelanceCommand;
import fr.relance.backup.BackupArchive;
import fr.relance.backup.BackupException;
import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
import fr.relance.backup.BackupService;
import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterFixtures;
import fr.relance.dunning.CaseHistoryService;
import fr.relance.dunning.LetterRun;
import fr.relance.dunning.WorklistService;
import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.CompanyRepository;
import fr.relance.store.DataFileException;
import fr.relance.store.DataFileWriteFailure;
import fr.relance.store.Database;
import fr.relance.store.LedgerImport;
import fr.relance.store.LetterRepository;
import fr.relance.store.PayerDirectory;
import fr.relance.store.RatesRepository;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.settings.SettingsViewModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import picocli.CommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk under the data file fills up while the user works: H2 itself fails to write. Played in process through
 * {@link FullDisk}, an H2 file system over the real disk that runs out of room on cue. Each time the user gets one
 * sentence (the disk is full, free space, try again) rather than H2's "General error", nothing of the action is in
 * the file once the disk has room again and the file is reopened, and everything committed before is intact.
 */
class DataFileFullTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;
    Database database;
    final ErrorMessages errors = new ErrorMessages(new Messages(Locale.FRANCE));

    @AfterEach
    void close() {
        FullDisk.of(dir).free();
        if (database != null) {
            database.close();
        }
    }

    Database openOnFullDisk(Path folder) {
        FullDisk.install();
        database = Database.openOn(FullDisk.PREFIX, folder, null);
        return database;
    }

    /** Closes the file the failure left, and opens it again from the disk, as the next start does. */
    Database reopen(Path folder) {
        database.close();
        database = Database.open(folder);
        return database;
    }

    /** The sentence the app and the command line show for {@code failure}. */
    void assertSaysTheDiskIsFull(Throwable failure) {
        assertThat(DataFileWriteFailure.of(failure)).hasValueSatisfying(f ->
                assertThat(f.reason()).isEqualTo(DataFileWriteFailure.Reason.DISK_FULL));
        assertThat(errors.describe(failure)).contains("disque qui contient le fichier de données est plein")
                .contains("Libérez de la place").contains("recommencez").contains("intact")
                .doesNotContain("General error").doesNotContain("Erreur inattendue");
    }

    @Test
    void anImportThatFillsTheDiskHalfWayLeavesNothingOfItAndTheEarlierImportIntact() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        openOnFullDisk(data);
        ImportService imports = new ImportService(new LedgerImport(database), new AppSettingsRepository(database),
                new PayerDirectory(database));
        importFile(imports, CrashData.ledger(dir.resolve("a.csv"), "411A", "FA-", 40), f -> { });
        Map<String, Long> before = counts(database);
        FullDisk.Room room = FullDisk.of(data);

        Path c = CrashData.ledger(dir.resolve("c.csv"), "411C", "FC-", 3_000);
        assertThatThrownBy(() -> importFile(imports, c, fraction -> {
            if (fraction >= 0.5) {
                room.full();
            }
        })).satisfies(this::assertSaysTheDiskIsFull);

        room.free();
        assertThat(counts(reopen(data))).isEqualTo(before);
        // Room again: the same import goes through.
        importFile(new ImportService(new LedgerImport(database), new AppSettingsRepository(database),
                new PayerDirectory(database)), c, f -> { });
        assertThat(counts(database).get("invoice")).isEqualTo(before.get("invoice") + 3_000);
    }

    @Test
    void lettersMarkedAsSentOnAFullDiskRecordNoneAndSaySo() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        LetterFixtures.walkToLetters(database = LetterFixtures.open(data));
        database.close();
        openOnFullDisk(data);
        Map<String, Long> before = counts(database);
        LetterRun run = new LetterRun(new WorklistService(database, "claire"), new LetterComposer(database),
                new LetterArchive(new LetterRepository(database), () -> EnvelopeLayout.DL), () -> EnvelopeLayout.DL);
        List<LetterRun.Line> lines = run.review(run.letterLines(LetterFixtures.LETTERS_DAY),
                LetterFixtures.LETTERS_DAY, LetterRun.Progress.NONE);
        FullDisk.of(data).full();

        LetterRun.Recorded recorded = run.markSent(lines, LetterFixtures.LETTERS_DAY, "claire",
                LetterRun.Progress.NONE);

        assertThat(recorded.sent()).isEmpty();
        assertThat(recorded.failed()).isNotNull();
        assertSaysTheDiskIsFull(recorded.failure());
        // The command line words it the same way, and exits with 1.
        StringWriter err = new StringWriter();
        CommandLine cli = RelanceCommand.commandLine(() -> { }, Map.of());
        cli.setErr(new PrintWriter(err, true));
        Locale defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            assertThat(cli.getExecutionExceptionHandler().handleExecutionException(recorded.failure(), cli,
                    cli.parseArgs())).isEqualTo(1);
        } finally {
            Locale.setDefault(defaultLocale);
        }
        assertThat(err.toString()).contains("disque qui contient le fichier de données est plein")
                .doesNotContain("General error").doesNotContain("MVStore");
        FullDisk.of(data).free();
        assertThat(counts(reopen(data))).isEqualTo(before);
        assertThat(database.dsl().fetchCount(DSL.table("letter"))).isZero();
    }

    @Test
    void aTimelineEventOnAFullDiskIsNotRecordedAndTheTimelineIsIntact() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        LetterFixtures.walkToLetters(database = LetterFixtures.open(data));
        database.close();
        openOnFullDisk(data);
        Map<String, Long> before = counts(database);
        CaseHistoryService history = new CaseHistoryService(database, "claire");
        FullDisk.of(data).full();

        assertThatThrownBy(() -> history.acknowledgeDebt(LetterFixtures.DUPONT, null, LetterFixtures.LETTERS_DAY,
                "reconnaissance signée", LetterFixtures.LETTERS_DAY)).satisfies(this::assertSaysTheDiskIsFull);
        // H2 closed the file after the failed write: while the disk stays full, each try says so again.
        assertThatThrownBy(() -> history.acknowledgeDebt(LetterFixtures.DUPONT, null, LetterFixtures.LETTERS_DAY,
                "reconnaissance signée", LetterFixtures.LETTERS_DAY)).satisfies(this::assertSaysTheDiskIsFull);

        // The disk has room again: the running app reopens the file at its last commit and the next action goes
        // through, without a restart.
        FullDisk.of(data).free();
        long acknowledged = new CaseHistoryService(database, "claire").acknowledgeDebt(LetterFixtures.DUPONT, null,
                LetterFixtures.LETTERS_DAY, "reconnaissance signée", LetterFixtures.LETTERS_DAY);
        Map<String, Long> after = counts(reopen(data));
        assertThat(after.get("case_event")).isEqualTo(before.get("case_event") + 1);
        assertThat(database.dsl().fetchCount(DSL.table("case_event"), DSL.field("id").eq(acknowledged))).isOne();
    }

    @Test
    void aSettingsSaveOnAFullDiskShowsTheSentenceInTheErrorDialogAndKeepsTheSavedIdentity() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        openOnFullDisk(data);
        RecordingDialogs dialogs = new RecordingDialogs();
        SettingsViewModel settings = new SettingsViewModel(new CompanyRepository(database),
                new RatesRepository(database), BackgroundTasks.sameThread(), dialogs, new Messages(Locale.FRANCE));
        settings.load();
        settings.companyField("legalName").set("Ateliers Rhône SAS");
        settings.companyField("siren").set("732 829 320");
        settings.companyField("iban").set("FR76 3000 6000 0112 3456 7890 189");
        assertThat(settings.saveCompany()).isTrue();
        FullDisk.of(data).full();

        settings.companyField("legalName").set("Ateliers Rhône et Saône SAS");
        settings.saveCompany();

        assertThat(dialogs.errors).singleElement().asString().contains("disque qui contient le fichier de données")
                .contains("Libérez de la place").doesNotContain("General error");
        FullDisk.of(data).free();
        assertThat(new CompanyRepository(reopen(data)).find().orElseThrow().legalName())
                .isEqualTo("Ateliers Rhône SAS");
    }

    @Test
    void aBackupOnAFullDiskLeavesNoPartialArchiveAndTheEarlierBackupIntact() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        openOnFullDisk(data);
        BackupService backups = new BackupService(database,
                Clock.fixed(Instant.parse("2026-11-23T08:02:15Z"), PARIS), "1.2.3");
        ImportService imports = new ImportService(new LedgerImport(database), new AppSettingsRepository(database),
                new PayerDirectory(database));
        importFile(imports, CrashData.ledger(dir.resolve("a.csv"), "411A", "FA-", 40), f -> { });
        BackupArchive earlier = backups.create(BackupKind.MANUAL, BackupProgress.NONE);
        String earlierSha = CrashData.sha256(earlier.file());
        Map<String, Long> before = counts(database);
        BackupService later = new BackupService(database,
                Clock.fixed(Instant.parse("2026-11-23T09:02:15Z"), PARIS), "1.2.3");
        // Room for a part of H2's BACKUP TO copy of the data file (a zip), not for all of it.
        FullDisk.of(data).fillAfter(8_192);

        assertThatThrownBy(() -> later.create(BackupKind.MANUAL, BackupProgress.NONE))
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(BackupException.Reason.DISK_FULL);
                    assertThat(errors.describe(e)).contains("plein").contains("intactes");
                });

        FullDisk.of(data).free();
        assertThat(CrashData.leftovers(data)).isEmpty();
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files).containsExactly(earlier.file());
        }
        assertThat(CrashData.sha256(earlier.file())).isEqualTo(earlierSha);
        assertThat(counts(reopen(data))).isEqualTo(before);
    }

    /** Opening writes too (the file's header, a migration): on a full disk it says so, not "damaged". */
    @Test
    void startingOnAFullDiskSaysTheDiskIsFullNotThatTheFileIsDamaged() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        new AppSettingsRepository(openOnFullDisk(data)).put("saved", "before the disk filled up");
        database.close();
        database = null;
        FullDisk.of(data).full();

        assertThatThrownBy(() -> Database.openOn(FullDisk.PREFIX, data, null))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DataFileException.Reason.DISK_FULL);
                    assertThat(errors.describe(e)).contains("est plein").contains("relancez Relance")
                            .doesNotContain("endommagé");
                });

        FullDisk.of(data).free();
        database = Database.open(data);
        assertThat(new AppSettingsRepository(database).get("saved")).contains("before the disk filled up");
    }

    static void importFile(ImportService imports, Path file, java.util.function.DoubleConsumer progress) {
        ImportFormat format = imports.detect(file);
        ImportService.Preview preview = imports.preview(file, format, null);
        ImportService.ReadResult read = imports.read(file, format, preview.mapping(), preview.sheet(),
                CrashOperations.progress(f -> { }));
        assertThat(read.rejected()).isEmpty();
        imports.importEntries(read, CrashOperations.TODAY, CrashOperations.progress(progress));
    }

    /** Rows of every table holding the user's records. */
    static Map<String, Long> counts(Database database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"debtor", "invoice", "payment", "import_batch", "document", "case_event",
                "collection_case", "letter", "company"}) {
            counts.put(table, (long) database.dsl().fetchCount(DSL.table(table)));
        }
        return counts;
    }
}
