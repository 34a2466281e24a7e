package fr.relance.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.backup.AutomaticBackups;
import fr.relance.backup.BackupService;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paramètres › Sauvegardes without a window: work runs on the test's thread, dialogs are recorded. */
class BackupsViewModelTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T08:02:15Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dir;
    Database database;
    AppSettingsRepository settings;
    AutomaticBackups automatic;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final AtomicInteger reopened = new AtomicInteger();
    BackupsViewModel model;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        settings = new AppSettingsRepository(database);
        BackupService backups = new BackupService(database, NOW, "1.2.3");
        automatic = new AutomaticBackups(backups);
        model = new BackupsViewModel(backups, automatic, BackgroundTasks.sameThread(), dialogs,
                new Messages(Locale.FRANCE), new Formats(Locale.FRANCE), reopened::incrementAndGet);
    }

    @AfterEach
    void close() {
        automatic.close();
        database.close();
    }

    @Test
    void backUpNowListsTheBackupWithItsDateKindAndSize() {
        model.load();
        assertThat(model.rows()).isEmpty();
        assertThat(model.folder()).isEqualTo(dir.resolve("backups").toString());

        model.backupNow();

        assertThat(model.rows()).hasSize(1);
        assertThat(model.takenAt(model.rows().get(0))).isEqualTo("23/11/2026 09:02");
        assertThat(model.kind(model.rows().get(0))).isEqualTo("Manuelle");
        assertThat(model.size(model.rows().get(0))).matches("\\d+(,\\d)?\u00A0ko");
        assertThat(model.statusProperty().get()).startsWith("Sauvegarde enregistrée : relance-2026-11-23_09-02-15.zip");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRestoreIsConfirmedWithWhatTheBackupHoldsThenTheWindowReopens() {
        settings.put("in.backup", "yes");
        model.backupNow();
        settings.put("after.backup", "yes");
        model.selectedProperty().set(model.rows().get(0));

        dialogs.confirmAnswer = false;
        model.restoreSelected();
        assertThat(dialogs.confirmations).singleElement().asString().contains("23/11/2026 09:02")
                .contains("Relance 1.2.3").contains("0 débiteurs").contains("relance-before-restore-");
        assertThat(model.statusProperty().get()).isEqualTo("Restauration abandonnée : rien n’a été modifié.");
        assertThat(settings.get("after.backup")).contains("yes");
        assertThat(reopened).hasValue(0);

        dialogs.confirmAnswer = true;
        model.restoreSelected();
        assertThat(settings.get("after.backup")).isEmpty();
        assertThat(settings.get("in.backup")).contains("yes");
        assertThat(reopened).hasValue(1);
        assertThat(dialogs.infos).singleElement().asString().contains("Sauvegarde restaurée")
                .contains("relance-before-restore-2026-11-23_09-02-15");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithASentence() throws Exception {
        settings.put("mine", "yes");
        dialogs.nextOpenFile = Files.writeString(dir.resolve("photos.zip"), "not a zip");

        model.restoreFromFile();

        assertThat(dialogs.errors).singleElement().asString()
                .contains("photos.zip n’est pas une sauvegarde Relance. Rien n’a été modifié");
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(settings.get("mine")).contains("yes");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(reopened).hasValue(0);
    }

    @Test
    void aBackupIsDeletedOnlyOnceConfirmed() {
        model.backupNow();
        model.selectedProperty().set(model.rows().get(0));

        dialogs.confirmAnswer = false;
        model.deleteSelected();
        assertThat(model.rows()).hasSize(1);

        dialogs.confirmAnswer = true;
        model.deleteSelected();
        assertThat(model.rows()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void aFailedAutomaticBackupIsShownInTheTab() throws Exception {
        Files.writeString(dir.resolve("backups"), "a file where the folder should be");
        automatic.start(failure -> { });
        automatic.awaitStartup();

        model.load();

        assertThat(model.automaticFailureProperty().get()).startsWith("La dernière sauvegarde automatique a échoué")
                .contains(dir.resolve("backups").toString());
    }
}
