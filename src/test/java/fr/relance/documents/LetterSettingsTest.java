package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.Company;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.CompanyRepository;
import fr.relance.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The envelope window and the logo as stored settings, on a real data file. */
class LetterSettingsTest {

    @TempDir
    Path dir;
    Database database;
    LetterSettings settings;

    @BeforeEach
    void open() {
        database = Database.open(createDirectories(dir.resolve("data")));
        settings = new LetterSettings(database);
    }

    static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDlWindowUntilAnotherIsSavedAndEveryRendererTakesTheSavedOne() {
        assertThat(settings.envelope()).isEqualTo(EnvelopeLayout.DL);
        assertThat(settings.renderer().envelope()).isEqualTo(EnvelopeLayout.DL);

        EnvelopeLayout moved = new EnvelopeLayout(102.5, 47, 98, 44);
        settings.saveEnvelope(moved);

        assertThat(new AppSettingsRepository(database).get(LetterSettings.ENVELOPE)).contains("102.5;47;98;44");
        assertThat(new LetterSettings(database).envelope()).isEqualTo(moved);
        assertThat(settings.renderer().envelope()).isEqualTo(moved);
    }

    @Test
    void aWindowThatWouldHideTheAddressIsRefusedAndNothingIsWritten() {
        EnvelopeLayout belowTheFold = new EnvelopeLayout(100, 80, 100, 45);

        assertThatThrownBy(() -> settings.saveEnvelope(belowTheFold)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("windowTop", "envelope.top.range")));
        assertThat(new AppSettingsRepository(database).get(LetterSettings.ENVELOPE)).isEmpty();
        assertThat(settings.envelope()).isEqualTo(EnvelopeLayout.DL);
    }

    @Test
    void aStoredValueThatNoLongerReadsFallsBackToTheDlWindow() {
        new AppSettingsRepository(database).put(LetterSettings.ENVELOPE, "100;45;abc;45");
        assertThat(settings.envelope()).isEqualTo(EnvelopeLayout.DL);
        new AppSettingsRepository(database).put(LetterSettings.ENVELOPE, "100;90;100;45");
        assertThat(settings.envelope()).isEqualTo(EnvelopeLayout.DL);
    }

    @Test
    void theCalibrationPageOfOffsetsNotYetSavedDrawsThem() throws Exception {
        byte[] pdf = settings.calibrationPage(new EnvelopeLayout(104, 46, 96, 44), Locale.FRANCE);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("96", "104");
        }
        assertThatThrownBy(() -> settings.calibrationPage(new EnvelopeLayout(100, 45, 10, 45), Locale.FRANCE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCorruptLogoIsRefusedAndThePreviousOneStays() throws Exception {
        Path good = dir.resolve("logo.png");
        Files.write(good, SampleLetters.pngLogo());
        settings.saveLogo(good);
        assertThat(settings.logo()).hasValueSatisfying(logo -> {
            assertThat(logo.mimeType()).isEqualTo("image/png");
            assertThat(logo.bytes()).isEqualTo(SampleLetters.pngLogo());
        });

        Path corrupt = dir.resolve("broken.png");
        Files.write(corrupt, Arrays.copyOf(SampleLetters.pngLogo(), 80));
        assertThatThrownBy(() -> settings.saveLogo(corrupt)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldProblem("logo", LogoFile.UNREADABLE)));
        assertThatThrownBy(() -> settings.saveLogo(dir.resolve("absent.png")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(settings.logo()).map(LogoFile.Logo::bytes).contains(SampleLetters.pngLogo());
        settings.removeLogo();
        assertThat(settings.logo()).isEmpty();
    }

    @Test
    void savingTheCompanyFormReadBeforeTheLogoChangedKeepsTheNewLogo() throws Exception {
        CompanyRepository companies = new CompanyRepository(database);
        companies.save(SampleLetters.company(null));
        Company formReadBefore = companies.find().orElseThrow();
        Path logo = dir.resolve("logo.png");
        Files.write(logo, SampleLetters.pngLogo());
        settings.saveLogo(logo);

        companies.saveIdentity(formReadBefore);

        assertThat(companies.find().orElseThrow().logo()).isEqualTo(SampleLetters.pngLogo());
        assertThat(companies.find().orElseThrow().legalName()).isEqualTo("ACME Industrie");
    }
}
