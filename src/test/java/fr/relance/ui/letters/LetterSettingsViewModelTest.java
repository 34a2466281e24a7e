package fr.relance.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterSettings;
import fr.relance.documents.TestFiles;
import fr.relance.store.Database;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paramètres › Courriers without a window: offsets checked before saving, a bad logo never replaces a good one. */
class LetterSettingsViewModelTest {

    @TempDir
    Path dir;
    Database database;
    LetterSettings settings;
    RecordingDialogs dialogs = new RecordingDialogs();
    List<Path> opened = new ArrayList<>();
    LetterSettingsViewModel model;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(Files.createDirectories(dir.resolve("data")));
        settings = new LetterSettings(database);
        model = new LetterSettingsViewModel(settings, opened::add, BackgroundTasks.sameThread(), dialogs,
                new Messages(Locale.FRANCE), new Formats(Locale.FRANCE));
        model.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void showsTheDlWindowAndWhereTheAddressGoes() {
        assertThat(model.field("windowLeft").get()).isEqualTo("100");
        assertThat(model.field("windowTop").get()).isEqualTo("45");
        assertThat(model.addressPositionProperty().get())
                .isEqualTo("L’adresse commence à 110 mm du bord gauche et 50 mm du haut, sur 85 mm de large au plus.");
    }

    @Test
    void badOffsetsAreRefusedUnderTheirFieldsAndNothingIsSaved() {
        model.field("windowWidth").set("douze");
        assertThat(model.saveEnvelope()).isFalse();
        assertThat(model.errors()).containsOnlyKeys("windowWidth");
        assertThat(model.errors().get("windowWidth")).startsWith("Indiquez un nombre de millimètres");

        model.field("windowWidth").set("100");
        model.field("windowTop").set("60");
        assertThat(model.saveEnvelope()).isFalse();
        assertThat(model.errors()).containsOnlyKeys("windowTop");
        assertThat(model.errors().get("windowTop")).startsWith("Position haute invalide : la fenêtre doit se trouver "
                + "au-dessus du premier pli");
        assertThat(model.envelopeStatusProperty().get()).isEqualTo("Les valeurs n’ont pas été enregistrées : "
                + "corrigez les champs signalés.");
        assertThat(model.printCalibration()).isFalse();
        assertThat(opened).isEmpty();
        assertThat(settings.envelope()).isEqualTo(EnvelopeLayout.DL);
    }

    @Test
    void goodOffsetsAreSavedWithADecimalCommaAndTheCalibrationPageOpens() throws Exception {
        model.field("windowLeft").set("102,5");
        model.field("windowTop").set("47");

        assertThat(model.printCalibration()).isTrue();
        assertThat(opened).singleElement().satisfies(file ->
                assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF"));
        assertThat(settings.envelope()).as("trying is not saving").isEqualTo(EnvelopeLayout.DL);

        assertThat(model.saveEnvelope()).isTrue();
        assertThat(model.errors()).isEmpty();
        assertThat(settings.envelope()).isEqualTo(new EnvelopeLayout(102.5, 47, 100, 45));
        assertThat(model.field("windowLeft").get()).isEqualTo("102,5");
        assertThat(model.envelopeStatusProperty().get()).startsWith("Fenêtre enregistrée");

        model.resetEnvelope();
        assertThat(model.field("windowLeft").get()).isEqualTo("100");
        assertThat(settings.envelope()).as("saved only with Save").isEqualTo(new EnvelopeLayout(102.5, 47, 100, 45));
    }

    @Test
    void aCorruptLogoIsRefusedWithASentenceAndThePreviousLogoStays() throws Exception {
        Path good = TestFiles.png(dir, "logo.png", 300, 100);
        dialogs.nextOpenFile = good;
        assertThat(model.chooseLogo()).isTrue();
        assertThat(model.logoProperty().get()).isNotNull();
        assertThat(model.logoStatusProperty().get()).isEqualTo("Logo enregistré (logo.png).");
        byte[] kept = Files.readAllBytes(good);

        Path corrupt = dir.resolve("abime.png");
        Files.write(corrupt, Arrays.copyOf(kept, 60));
        dialogs.nextOpenFile = corrupt;
        model.chooseLogo();

        assertThat(model.logoErrorProperty().get()).isEqualTo("Ce fichier n’est pas une image lisible (PNG, JPEG, "
                + "GIF ou BMP) ou il est endommagé : choisissez un autre fichier. Le logo précédent est conservé.");
        assertThat(model.logoProperty().get().bytes()).isEqualTo(kept);
        assertThat(settings.logo()).map(logo -> logo.bytes()).contains(kept);
        assertThat(dialogs.errors).isEmpty();

        dialogs.confirmAnswer = true;
        assertThat(model.removeLogo()).isTrue();
        assertThat(model.logoProperty().get()).isNull();
        assertThat(settings.logo()).isEmpty();
    }
}
