package fr.relance.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.CaseEvent;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Summaries are stored language-neutral; the timeline words them for the user. */
class TimelineTextTest {

    final TimelineText french = new TimelineText(new Messages(Locale.FRANCE), new Formats(Locale.FRANCE));
    final TimelineText english = new TimelineText(new Messages(Locale.UK), new Formats(Locale.UK));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "CALL               | REACHED: Virement lundi            | false | Joint: Virement lundi",
            "STEP_POSTPONED     | EMAIL_REMINDER → 2026-12-01: Congés | false | Rappel par e-mail, reporté au 01/12/2026 : Congés",
            "STEP_SKIPPED       | LIMITATION_WARNING: Avocat saisi    | false | Prescription proche : Avocat saisi",
            "STEP_POSTPONED     | CALL_BACK → 2026-12-01: Absent     | false | Rappel convenu, reporté au 01/12/2026 : Absent",
            "STEP_SKIPPED       | Ancien format sans deux-points      | false | Ancien format sans deux-points",
            "STAGE_CHANGED      | AMICABLE → FORMAL_NOTICE            | false | Amiable → Mise en demeure",
            "STAGE_CHANGED      | → AMICABLE                          | false | Dossier ouvert : Amiable",
            "CLAIM_DECLARED     | Me Dupont: LRAR 1A 123              | false | Auprès de Me Dupont : LRAR 1A 123",
            "PAYMENT_RECEIVED   | VIR 0910 → FA-1, FA-2               | true  | VIR 0910, affecté à FA-1, FA-2",
            "CREDIT_NOTE_ISSUED | AV-3 → FA-1                         | true  | AV-3, affecté à FA-1",
            "PAYMENT_RECEIVED   | → FA-1                              | true  | Affecté à FA-1",
            "PAYMENT_RECEIVED   | VIR 0910 → FA-1                     | false | VIR 0910 → FA-1",
            "DUE_DATE_PASSED    | FA-1                                | true  | FA-1 non réglée à l’échéance",
            "REVERSAL           | CALL: Mauvais dossier               | false | Annule « Appel » : Mauvais dossier",
            "LETTER_PRINTED     | FORMAL_NOTICE · REGISTERED · 2026-11-23 Mise en demeure - DUPONT SARL.pdf | false "
                    + "| Mise en demeure · Recommandé AR · 23/11/2026 Mise en demeure - DUPONT SARL.pdf",
    })
    void storedSummariesReadInFrench(String kind, String stored, boolean fromLedger, String shown) {
        CaseEvent event = fromLedger
                ? CaseEvent.fromLedger(1, LocalDate.of(2026, 11, 2), kind, BigDecimal.TEN, 1L, stored)
                : new CaseEvent(7L, 1, null, LocalDate.of(2026, 11, 2), null, kind, "claire", null, null,
                        kind.equals("REVERSAL") ? 3L : null, stored);
        assertThat(spaced(french.summary(new TimelineEntry(event, false)))).isEqualTo(shown);
        assertThat(french.author(event)).isEqualTo(fromLedger ? "Comptabilité" : "claire");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STEP_POSTPONED | FORMAL_NOTICE → 2026-12-01: Holiday | Formal notice (registered letter), postponed to 01/12/2026: Holiday",
            "STAGE_CHANGED  | FORMAL_NOTICE → AMICABLE            | Formal notice → Amicable",
    })
    void andInEnglish(String kind, String stored, String shown) {
        CaseEvent event = new CaseEvent(7L, 1, null, LocalDate.of(2026, 11, 2), null, kind, "claire", null, null,
                null, stored);
        assertThat(spaced(english.summary(new TimelineEntry(event, false)))).isEqualTo(shown);
    }

    /** The bundles use no-break spaces where French typography wants them. */
    static String spaced(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
