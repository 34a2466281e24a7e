package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The deposit list of the registered letters: landscape, sender and date, one row per letter, reproducible. */
class DepositListTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static List<DepositList.Entry> entries(int n) {
        List<DepositList.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            entries.add(new DepositList.Entry(String.format("SARL Client n° %03d", i),
                    List.of("Service comptabilité", i + " avenue Jean-Jaurès", "69007 LYON"), "C" + (1000 + i),
                    i == 2 ? "1A 123 456 7890 1" : null));
        }
        return entries;
    }

    @Test
    void theListIsALandscapePageWithTheSenderTheDateAndOneRowPerLetter() throws Exception {
        byte[] pdf = new DepositList().render(LetterFixtures.company(), DAY, entries(3), Locale.FRANCE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ateliers Morel", "12 rue de la République", "69002 LYON",
                    "Liste de dépôt des lettres recommandées", "Date de dépôt : 23 novembre 2026", "3 envois",
                    "SARL Client n° 001", "Service comptabilité, 1 avenue Jean-Jaurès, 69007 LYON", "C1001",
                    "1A 123 456 7890 1", "Cachet du bureau de poste", "Page 1/1");
            assertThat(document.getDocumentInformation().getTitle()).contains("Liste de dépôt");
        }
        assertThat(new DepositList().render(LetterFixtures.company(), DAY, entries(3), Locale.FRANCE))
                .isEqualTo(pdf);
    }

    @Test
    void aLongListRunsOnSeveralPagesWithItsHeaderRepeatedAndInEnglishForAnEnglishController() throws Exception {
        byte[] pdf = new DepositList().render(LetterFixtures.company(), DAY, entries(60), Locale.UK);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Deposit list (continued)", "Recipient",
                    "Tracking number", "Page 2/");
            assertThat(new PDFTextStripper().getText(document)).contains("SARL Client n° 060", "60 items");
        }
    }

    @Test
    void anEmptyListIsRefused() {
        assertThatThrownBy(() -> new DepositList().render(LetterFixtures.company(), DAY, List.of(), Locale.FRANCE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
