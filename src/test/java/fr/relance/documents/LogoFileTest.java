package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogoFileTest {

    @Test
    void readsAPngAndKnowsItsTypeByItsContent(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("logo.jpg"); // misnamed: the content decides
        Files.write(file, SampleLetters.pngLogo());
        LogoFile.Logo logo = LogoFile.read(file);
        assertThat(logo.mimeType()).isEqualTo("image/png");
        assertThat(logo.bytes()).isEqualTo(SampleLetters.pngLogo());
    }

    @Test
    void aMissingFileIsRefused(@TempDir Path folder) {
        assertRefused(folder.resolve("absent.png"), LogoFile.MISSING);
        assertRefused(folder, LogoFile.MISSING);
    }

    @Test
    void aCorruptFileIsRefused(@TempDir Path folder) throws IOException {
        Path truncated = folder.resolve("truncated.png");
        Files.write(truncated, Arrays.copyOf(SampleLetters.pngLogo(), 100));
        assertRefused(truncated, LogoFile.UNREADABLE);
        Path text = folder.resolve("notes.png");
        Files.writeString(text, "not an image");
        assertRefused(text, LogoFile.UNREADABLE);
    }

    @Test
    void aHugeFileIsRefused(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("photo.png");
        byte[] bytes = Arrays.copyOf(SampleLetters.pngLogo(), (int) LogoFile.MAX_BYTES + 1);
        Files.write(huge, bytes);
        assertRefused(huge, LogoFile.TOO_LARGE);
    }

    @Test
    void aLetterWithoutLogoPrintsTheCompanyNameInstead() {
        var letter = SampleLetters.withSender(SampleLetters.formalNotice(), SampleLetters.company(null));
        LetterPdfRenderer renderer = new LetterPdfRenderer();
        assertThat(renderer.check(letter)).isEmpty();
        byte[] pdf = renderer.render(letter);
        assertThat(Pdfs.lines(pdf, 1).get(0).text()).isEqualTo("ACME Industrie");
    }

    private static void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> LogoFile.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("logo");
                    assertThat(p.messageKey()).isEqualTo(key);
                }));
    }
}
