package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.letters.LetterContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF (the PDF Association's reference validator, Greenfield parser) accepts every kind of file as PDF/A-2b. */
class PdfAConformanceTest {

    final LetterPdfRenderer renderer = new LetterPdfRenderer();

    @Test
    void aFormalNoticeWithItsLogoConforms() {
        byte[] pdf = renderer.render(SampleLetters.formalNotice());
        assertThat(Pdfs.declaredFlavour(pdf)).isEqualTo(PDFAFlavour.PDFA_2_B);
        assertThat(Pdfs.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void aLetterOfSeveralPagesWithoutLogoConforms() {
        LetterContent letter = SampleLetters.withSender(SampleLetters.reminder(200), SampleLetters.company(null));
        assertThat(Pdfs.pdfA2bFailures(renderer.render(letter))).isEmpty();
    }

    @Test
    void aBatchWithBlankVersosConforms(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("lot.pdf");
        new LetterBatchWriter(EnvelopeLayout.DL).write(List.of(SampleLetters.planAgreementOnOnePage(),
                SampleLetters.formalNotice()).iterator(), 2, target, LetterBatchWriter.Progress.NONE);
        assertThat(Pdfs.pdfA2bFailures(Files.readAllBytes(target))).isEmpty();
    }

    @Test
    void theCalibrationPageConforms() {
        assertThat(Pdfs.pdfA2bFailures(renderer.calibrationPage(Locale.FRANCE))).isEmpty();
    }

    @Test
    void theValidatorDoesCatchANonConformingFile() {
        // Guards the guard: the same letter with its metadata stripped must fail.
        byte[] pdf = renderer.render(SampleLetters.formalNotice());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().setMetadata(null);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            assertThat(Pdfs.pdfA2bFailures(out.toByteArray())).anyMatch(rule -> rule.startsWith("6.6.2.1"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
