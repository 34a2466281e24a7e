package fr.relance.backup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups Relance takes by itself: once at the first start of a day, and at close after changes. */
class AutomaticBackupsTest {

    @TempDir
    Path dir;

    @Test
    void atTheFirstStartOfADayAndAtCloseAfterChanges() throws Exception {
        BackupServiceTest.MutableClock clock = new BackupServiceTest.MutableClock(
                Instant.parse("2026-11-23T07:30:00Z"), BackupServiceTest.PARIS);
        List<Throwable> failures = new ArrayList<>();

        // Monday, first start: a backup.
        session(clock, failures, automatic -> { });
        assertThat(kinds()).containsExactly(BackupKind.AUTOMATIC);

        // Monday again, nothing written: no start-up backup (there is one today), none at close.
        clock.advanceHours(2);
        session(clock, failures, automatic -> { });
        assertThat(kinds()).hasSize(1);

        // Monday afternoon, a change: the close takes one, which replaces the morning's (one a day is kept).
        clock.advanceHours(4);
        session(clock, failures, database -> new AppSettingsRepository(database).put("worked", "today"));
        assertThat(times()).containsExactly("2026-11-23T14:30");

        // Tuesday: the start-up backup; Monday's stays.
        clock.advanceHours(20);
        session(clock, failures, database -> { });
        assertThat(times()).containsExactly("2026-11-24T10:30", "2026-11-23T14:30");
        assertThat(failures).isEmpty();
    }

    @Test
    void aFailingAutomaticBackupIsReportedAndRemembered() throws Exception {
        try (Database database = Database.open(dir)) {
            java.nio.file.Files.writeString(dir.resolve("backups"), "a file where the folder should be");
            BackupService service = new BackupService(database, BackupServiceTest.NOW, "1.2.3");
            List<Throwable> failures = new ArrayList<>();
            try (AutomaticBackups automatic = new AutomaticBackups(service)) {
                automatic.start(failures::add);
                automatic.awaitStartup();
                assertThat(failures).singleElement().isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.READ_ONLY));
                assertThat(automatic.lastFailure()).isPresent();
            }
        }
    }

    private void session(BackupServiceTest.MutableClock clock, List<Throwable> failures,
                         java.util.function.Consumer<Database> work) throws Exception {
        try (Database database = Database.open(dir)) {
            BackupService service = new BackupService(database, clock, "1.2.3");
            try (AutomaticBackups automatic = new AutomaticBackups(service)) {
                automatic.start(failures::add);
                automatic.awaitStartup();
                work.accept(database);
                automatic.atClose();
            }
        }
    }

    private List<String> times() {
        return BackupFolder.beside(dir, BackupServiceTest.PARIS).list().stream()
                .map(a -> a.takenAt(BackupServiceTest.PARIS).toString()).toList();
    }

    private List<BackupKind> kinds() {
        return BackupFolder.beside(dir, BackupServiceTest.PARIS).list().stream().map(BackupArchive::kind).toList();
    }
}
