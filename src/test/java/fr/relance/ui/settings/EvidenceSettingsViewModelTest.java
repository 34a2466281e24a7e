package fr.relance.ui.settings;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.backup.BackupService;
import fr.relance.documents.TestFiles;
import fr.relance.privacy.EncryptionService;
import fr.relance.privacy.PersonalDataService;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paramètres › Sécurité and › Données personnelles, without a window. */
class EvidenceSettingsViewModelTest {

    @TempDir
    Path dir;
    Database database;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Messages messages = new Messages(Locale.FRANCE);
    final List<char[]> remembered = new ArrayList<>();
    SecurityViewModel security;
    PrivacyViewModel privacy;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        BackupService backups = new BackupService(database, Clock.system(ZoneId.of("Europe/Paris")), "test");
        security = new SecurityViewModel(new EncryptionService(database, backups, remembered::add),
                BackgroundTasks.sameThread(), dialogs, messages);
        privacy = new PrivacyViewModel(new PersonalDataService(database), BackgroundTasks.sameThread(), dialogs,
                messages, new Formats(Locale.FRANCE), "claire", TODAY);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aWeakOrMistypedPasswordIsRefusedUnderItsFieldsAndNothingIsConverted() {
        security.load();
        security.turnOn("court".toCharArray(), "courte".toCharArray());

        assertThat(security.newErrorProperty().get()).contains("au moins 10 caractères");
        assertThat(security.confirmErrorProperty().get()).contains("différentes");
        assertThat(database.isEncrypted()).isFalse();
        assertThat(remembered).isEmpty();

        security.turnOn("toutenminuscules".toCharArray(), "toutenminuscules".toCharArray());
        assertThat(security.newErrorProperty().get()).contains("trois sortes");
        assertThat(database.isEncrypted()).isFalse();
    }

    @Test
    void turnOnChangeAndTurnOffAskTheCurrentPasswordAndTakeABackupFirst() {
        security.turnOn("Relance-2026!".toCharArray(), "Relance-2026!".toCharArray());
        assertThat(database.isEncrypted()).isTrue();
        assertThat(security.encryptedProperty().get()).isTrue();
        assertThat(security.statusProperty().get()).isEqualTo("Le fichier de données est chiffré.");
        assertThat(dialogs.infos).last().asString().contains("Le chiffrement est activé");
        assertThat(new String(remembered.get(0))).isEqualTo("Relance-2026!");
        assertThat(dir.resolve("backups")).isNotEmptyDirectory();

        security.change("mauvais".toCharArray(), "Nouveau-Secret-7".toCharArray(), "Nouveau-Secret-7".toCharArray());
        assertThat(security.currentErrorProperty().get()).contains("actuel est incorrect");
        assertThat(database.isPassword("Relance-2026!".toCharArray())).isTrue();

        security.change("Relance-2026!".toCharArray(), "Nouveau-Secret-7".toCharArray(),
                "Nouveau-Secret-7".toCharArray());
        assertThat(database.isPassword("Nouveau-Secret-7".toCharArray())).isTrue();

        dialogs.confirmAnswer = false;
        security.turnOff("Nouveau-Secret-7".toCharArray());
        assertThat(database.isEncrypted()).isTrue();
        dialogs.confirmAnswer = true;
        security.turnOff("Nouveau-Secret-7".toCharArray());
        assertThat(database.isEncrypted()).isFalse();
        assertThat(remembered).last().isNull();
    }

    @Test
    void theRetentionIsCheckedThenSavedAndThePurgeListsWhatGoesBeforeDeleting() {
        privacy.load();
        assertThat(privacy.retentionYearsProperty().get()).isEqualTo("10");
        privacy.retentionYearsProperty().set("3");
        privacy.saveRetention();
        assertThat(privacy.retentionErrorProperty().get()).contains("entre 5 ans");

        var dsl = database.dsl();
        dsl.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE, COLLECTION_CASE.OPENED_ON,
                COLLECTION_CASE.CLOSED_ON, COLLECTION_CASE.CLOSED_REASON)
                .values(DURAND, "CLOSED", TODAY.minusYears(12), TODAY.minusYears(11), "PAID").execute();
        dsl.update(INVOICE).set(INVOICE.CLOSED_ON, TODAY.minusYears(11)).where(INVOICE.DEBTOR_ID.eq(DURAND))
                .execute();

        dialogs.confirmAnswer = false;
        privacy.purge();
        assertThat(dialogs.confirmations).singleElement().asString().contains("Durand SARL").contains("411DURAND")
                .contains("1 dossier(s)").contains("définitive");
        assertThat(dsl.fetchExists(DEBTOR, DEBTOR.ID.eq(DURAND))).isTrue();

        dialogs.confirmAnswer = true;
        privacy.purge();
        assertThat(dsl.fetchExists(DEBTOR, DEBTOR.ID.eq(DURAND))).isFalse();
        assertThat(dialogs.infos).last().asString().contains("1 débiteur(s) supprimé(s)");
        assertThat(privacy.statusProperty().get()).contains("Dernière purge");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theExportAsksWhereAndWritesTheZip() throws Exception {
        privacy.debtorProperty().set("411MARTIN");
        dialogs.saveFileAnswer = dir.resolve("martin.zip");
        privacy.exportDebtor();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).last().asString().contains("Martin SA");
        try (ZipFile zip = new ZipFile(dir.resolve("martin.zip").toFile())) {
            assertThat(zip.getEntry("donnees-debiteur.json")).isNotNull();
        }

        privacy.debtorProperty().set("411PERSONNE");
        privacy.exportDebtor();
        assertThat(dialogs.errors).last().asString().contains("411PERSONNE");
    }
}
