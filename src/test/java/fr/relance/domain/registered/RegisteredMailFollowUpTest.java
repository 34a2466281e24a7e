package fr.relance.domain.registered;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegisteredMailFollowUpTest {

    static final TrackingNumber NUMBER = TrackingNumber.parse("1A12345678901");
    static final LocalDate LETTER_DATE = LocalDate.of(2026, 9, 1);

    static RegisteredLetter letter(long id, LocalDate postedOn, LocalDate deliveredOn, LocalDate returnedOn) {
        return new RegisteredLetter(id, 7, "FORMAL_NOTICE", LETTER_DATE, "Mise en demeure", 8,
                postedOn == null ? null : new RegisteredLetter.Posting(10 + id, NUMBER, postedOn),
                deliveredOn == null ? null : new RegisteredLetter.Delivery(20 + id, deliveredOn, null),
                returnedOn == null ? null
                        : new RegisteredLetter.Return(30 + id, returnedOn, ReturnReason.NOT_COLLECTED, postedOn),
                null);
    }

    /** Posted on the 1st of September: presented by the 3rd, kept 15 days, back a few days later. */
    @ParameterizedTest(name = "posted {0}, delivered {1}, returned {2}, on {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // no posting recorded yet: nothing to look up
            "-          | -          | -          | 2026-12-01 | false",
            // in transit, within La Poste's delays (D+1/D+2, then 15 days at the post office, then the return)
            "2026-09-01 | -          | -          | 2026-09-03 | false",
            "2026-09-01 | -          | -          | 2026-09-18 | false",
            "2026-09-01 | -          | -          | 2026-09-22 | false",
            // no news three weeks after: look it up
            "2026-09-01 | -          | -          | 2026-09-23 | true",
            "2026-09-01 | -          | -          | 2026-11-30 | true",
            // a fact recorded: the line goes
            "2026-09-01 | 2026-09-03 | -          | 2026-09-30 | false",
            "2026-09-01 | -          | 2026-09-21 | 2026-09-30 | false",
            // posted late in the month, across the month's end
            "2026-09-28 | -          | -          | 2026-10-19 | false",
            "2026-09-28 | -          | -          | 2026-10-20 | true",
    })
    void aLetterPostedWithNoNewsAfterLaPostesDelaysIsToFollowUp(LocalDate postedOn, LocalDate deliveredOn,
                                                                 LocalDate returnedOn, LocalDate asOf,
                                                                 boolean due) {
        RegisteredLetter letter = letter(1, postedOn, deliveredOn, returnedOn);

        assertThat(RegisteredMailFollowUp.due(letter, asOf)).isEqualTo(due);
        assertThat(RegisteredMailFollowUp.lines(List.of(letter), id -> "Martin SA", asOf)).hasSize(due ? 1 : 0);
    }

    @Test
    void theLineNamesTheTrackingNumberThePostingAndTheDaysWithoutNewsAndCannotBeExecutedOrPostponed() {
        LocalDate asOf = LocalDate.of(2026, 10, 1);
        List<WorklistItem> lines = RegisteredMailFollowUp.lines(List.of(
                letter(2, LocalDate.of(2026, 9, 5), null, null),
                letter(1, LocalDate.of(2026, 9, 1), null, null),
                letter(3, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 4), null)), id -> "Martin SA", asOf);

        assertThat(lines).extracting(WorklistItem::lastContact)
                .containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 5));
        WorklistItem first = lines.get(0);
        assertThat(first.kind()).isEqualTo(WorklistKind.REGISTERED_LETTER_TRACKING);
        assertThat(first.debtorId()).isEqualTo(7);
        assertThat(first.debtorName()).isEqualTo("Martin SA");
        assertThat(first.reference()).isEqualTo("1A 123 456 7890 1");
        assertThat(first.daysOverdue()).isEqualTo(30);
        assertThat(first.action()).isNull();
        assertThat(first.isExecutable()).isFalse();
        assertThat(first.isDeferrable()).isFalse();
        assertThat(first.isDunning()).isFalse();
    }
}
