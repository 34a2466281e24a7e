package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvelopeLayoutTest {

    @Test
    void dlDefaultsPutTheAddress110MillimetresFromTheLeft50FromTheTopAtMost85Wide() {
        EnvelopeLayout dl = EnvelopeLayout.DL;
        assertThat(dl.addressLeftMm()).isEqualTo(110);
        assertThat(dl.addressTopMm()).isEqualTo(50);
        assertThat(dl.addressWidthMm()).isEqualTo(85);
        assertThat(dl.windowTopMm() + dl.windowHeightMm()).isLessThanOrEqualTo(EnvelopeLayout.FIRST_FOLD_MM);
        assertThat(dl.validate()).isEmpty();
    }

    @ParameterizedTest(name = "left {0}, top {1}, width {2}, height {3} -> {4}")
    @CsvSource({
            "100, 45, 100, 45, ''",
            "-1, 45, 100, 45, windowLeft",
            "120, 45, 100, 45, windowLeft",
            "100, 60, 100, 45, windowTop",
            "100, -2, 100, 45, windowTop",
            "100, 45, 40, 45, windowWidth",
            "40, 45, 160, 45, windowWidth",
            "100, 45, 100, 20, windowHeight",
            "100, 20, 100, 75, windowHeight",
            "NaN, 45, 100, 45, windowLeft"})
    void validation(double left, double top, double width, double height, String field) {
        List<FieldProblem> problems = new EnvelopeLayout(left, top, width, height).validate();
        if (field.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
        }
    }

    @Test
    void aRendererRefusesALayoutThatHidesTheAddress() {
        assertThatThrownBy(() -> new LetterPdfRenderer(new EnvelopeLayout(100, 70, 100, 45)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("windowTop", "envelope.top.range")));
    }

    @Test
    void theCalibrationPageDrawsTheSampleAddressInsideTheWindowItDescribes() {
        EnvelopeLayout layout = new EnvelopeLayout(95, 42, 105, 48);
        byte[] pdf = new LetterPdfRenderer(layout).calibrationPage(Locale.FRANCE);

        assertThat(Pdfs.pageCount(pdf)).isEqualTo(1);
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Page de calibrage de l’enveloppe à fenêtre",
                "Fenêtre réglée\u00A0: 105 × 48 mm, à 95 mm du bord gauche et 42 mm du haut de la feuille",
                "Pli à 99 mm", "Pli à 198 mm", "100 mm");
        List<Pdfs.Line> address = LetterPdfRendererTest.addressLines(pdf, List.of("SARL EXEMPLE DESTINATAIRE",
                "Service comptabilité fournisseurs", "12 RUE DE LA REPUBLIQUE", "69002 LYON"));
        address.forEach(line -> LetterPdfRendererTest.assertInside(line, layout));
        assertThat(address.get(0).left()).isCloseTo(105.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(Pdfs.text(new LetterPdfRenderer().calibrationPage(Locale.UK)))
                .contains("Window envelope calibration page");
    }
}
