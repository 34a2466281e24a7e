package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    final LetterFont font = LetterFont.regular();

    @Test
    void breaksAtSpacesButNeverInsideAFrenchAmount() {
        String text = "Nous vous mettons en demeure de régler la somme de 10\u202F575,28\u00A0€ sans délai.";
        float width = font.width("Nous vous mettons en demeure de régler la somme de 10", 10f) + 1;
        List<String> lines = TextLines.wrap(text, font, 10f, width);
        assertThat(lines).containsExactly("Nous vous mettons en demeure de régler la somme de",
                "10\u202F575,28\u00A0€ sans délai.");
    }

    @Test
    void keepsTheLineBreaksAndBlankLinesOfTheText() {
        assertThat(TextLines.wrap("Madame,\r\n\r\nMonsieur", font, 10f, 500f)).containsExactly("Madame,", "",
                "Monsieur");
    }

    @Test
    void cutsAWordLongerThanTheLine() {
        List<String> lines = TextLines.wrap("FR7630006000011234567890189", font, 10f, 60f);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("FR7630006000011234567890189");
        assertThat(lines).allMatch(line -> font.width(line, 10f) <= 60f);
    }

    @Test
    void composesDecomposedAccents() {
        assertThat(TextLines.clean("Re\u0301gle\u0301\tle")).isEqualTo("Réglé le");
    }

    @Test
    void theFontDrawsFrenchLettersTheEuroAndTheNarrowNoBreakSpace() {
        for (char c : "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ€«»’–\u00A0\u202F".toCharArray()) {
            assertThat(font.canDisplay(c)).as("U+%04X", (int) c).isTrue();
        }
        assertThat(font.canDisplay(0x50B5)).isFalse();
    }
}
