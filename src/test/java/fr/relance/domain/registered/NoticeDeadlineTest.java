package fr.relance.domain.registered;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.registered.RegisteredLetter.Delivery;
import fr.relance.domain.registered.RegisteredLetter.Posting;
import fr.relance.domain.registered.RegisteredLetter.Return;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a formal notice by registered letter takes effect, and what may be recorded of its journey. */
class NoticeDeadlineTest {

    static final LocalDate LETTER = LocalDate.of(2026, 11, 2);
    static final LocalDate POSTED = LocalDate.of(2026, 11, 3);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Posting POSTING = new Posting(10, TrackingNumber.parse("1A 123 456 7890 1"), POSTED);

    static RegisteredLetter letter(int days, Posting posting, Delivery delivery, Return returned) {
        return new RegisteredLetter(1, 1, "FORMAL_NOTICE", LETTER, "Mise en demeure", days, posting, delivery,
                returned, null);
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case                                 | days | delivered  | presented  | returned   | reason          | deadline   | interest from
            "delivered: 8 days from the delivery     | 8    | 2026-11-05 | -          | -          | -               | 2026-11-13 | 2026-11-06",
            "delivered after a notice of arrival     | 15   | 2026-11-12 | 2026-11-05 | -          | -               | 2026-11-27 | 2026-11-06",
            "avisé non réclamé: from 1st presentation| 8    | -          | 2026-11-05 | 2026-11-21 | NOT_COLLECTED   | 2026-11-13 | 2026-11-06",
            "refused: from the presentation          | 15   | -          | 2026-11-04 | 2026-11-06 | REFUSED         | 2026-11-19 | 2026-11-05",
            "address unknown: never presented        | 8    | -          | -          | 2026-11-10 | ADDRESS_UNKNOWN | -          | -",
            "in transit: nothing runs yet            | 8    | -          | -          | -          | -               | -          | -",
            "delivered, letter without deadline      | 0    | 2026-11-05 | -          | -          | -               | -          | 2026-11-06",
    })
    void theDeadlineRunsFromDeliveryOrFromTheFirstPresentation(String name, int days, String delivered,
                                                                String presented, String returned,
                                                                ReturnReason reason, String deadline,
                                                                String interestFrom) {
        Delivery delivery = delivered == null ? null : new Delivery(11, date(delivered), date(presented));
        Return back = returned == null ? null : new Return(11, date(returned), reason, date(presented));
        RegisteredLetter letter = letter(days, POSTING, delivery, back);

        assertThat(letter.paymentDeadline()).isEqualTo(java.util.Optional.ofNullable(date(deadline)));
        assertThat(NoticeDeadline.consumerInterestFrom(letter))
                .isEqualTo(java.util.Optional.ofNullable(date(interestFrom)));
    }

    @Test
    void statusOverdueAndAwaitingReceipt() {
        RegisteredLetter notPosted = letter(8, null, null, null);
        assertThat(notPosted.status()).isEqualTo(RegisteredLetter.Status.NOT_POSTED);
        assertThat(notPosted.awaitingSomething()).isTrue();

        RegisteredLetter inTransit = letter(8, POSTING, null, null);
        assertThat(inTransit.status()).isEqualTo(RegisteredLetter.Status.IN_TRANSIT);
        assertThat(inTransit.overdue(POSTED.plusDays(21))).isFalse();
        assertThat(inTransit.overdue(POSTED.plusDays(22))).isTrue();

        RegisteredLetter delivered = letter(8, POSTING, new Delivery(11, POSTED.plusDays(2), null), null);
        assertThat(delivered.status()).isEqualTo(RegisteredLetter.Status.DELIVERED);
        assertThat(delivered.overdue(TODAY.plusYears(1))).isFalse();
        assertThat(delivered.awaitingReceipt()).isTrue();
        RegisteredLetter withReceipt = new RegisteredLetter(1, 1, "FORMAL_NOTICE", LETTER, "x", 8, POSTING,
                delivered.delivery(), null, new RegisteredLetter.Receipt(12, 5, "ar.pdf"));
        assertThat(withReceipt.awaitingReceipt()).isFalse();
        assertThat(withReceipt.awaitingSomething()).isFalse();
    }

    @ParameterizedTest(name = "posting ''{0}'' on {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1A 123 456 7890 1 | 2026-11-03 | -",
            "1A 123 456 7890 1 | 2026-11-02 | -",
            "1A 123 456 7890 1 | 2026-11-01 | postedOn:registered.posted.beforeLetter",
            "1A 123 456 7890 1 | 2026-11-24 | postedOn:registered.date.future",
            "1A 123 456 7890 1 | -          | postedOn:registered.date.required",
            "RR123456784FR     | 2026-11-03 | trackingNumber:registered.tracking.checkDigit",
    })
    void postingRules(String number, String postedOn, String problem) {
        assertThat(keys(RegisteredMailRules.posting(letter(8, null, null, null), number, date(postedOn), TODAY)))
                .isEqualTo(problem == null ? List.of() : List.of(problem));
    }

    @Test
    void aLetterIsPostedOnceAndDeliveredOrReturnedOnce() {
        assertThat(keys(RegisteredMailRules.posting(letter(8, POSTING, null, null), "1A 123 456 7890 1", POSTED,
                TODAY))).containsExactly("letter:registered.posted.already");
        assertThat(keys(RegisteredMailRules.delivery(letter(8, null, null, null), POSTED, null, TODAY)))
                .containsExactly("letter:registered.notPosted");
        RegisteredLetter delivered = letter(8, POSTING, new Delivery(11, POSTED.plusDays(2), null), null);
        assertThat(keys(RegisteredMailRules.returned(delivered, TODAY, ReturnReason.REFUSED, POSTED, TODAY)))
                .containsExactly("letter:registered.alreadyEnded");
        assertThat(keys(RegisteredMailRules.receipt(letter(8, POSTING, null, null))))
                .containsExactly("letter:registered.receipt.notYet");
        assertThat(RegisteredMailRules.receipt(delivered)).isEmpty();
    }

    @ParameterizedTest(name = "delivered {0}, presented {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2026-11-05 | -          | -",
            "2026-11-03 | 2026-11-03 | -",
            "2026-11-02 | -          | deliveredOn:registered.date.beforePosting",
            "2026-11-24 | -          | deliveredOn:registered.date.future",
            "-          | -          | deliveredOn:registered.date.required",
            "2026-11-10 | 2026-11-11 | firstPresentedOn:registered.presented.afterEnd",
            "2026-11-10 | 2026-11-01 | firstPresentedOn:registered.date.beforePosting",
    })
    void deliveryRules(String delivered, String presented, String problem) {
        assertThat(keys(RegisteredMailRules.delivery(letter(8, POSTING, null, null), date(delivered),
                date(presented), TODAY))).isEqualTo(problem == null ? List.of() : List.of(problem));
    }

    @ParameterizedTest(name = "returned {0} {1}, presented {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2026-11-21 | NOT_COLLECTED   | 2026-11-05 | -",
            "2026-11-21 | NOT_COLLECTED   | -          | firstPresentedOn:registered.presented.required",
            "2026-11-10 | ADDRESS_UNKNOWN | -          | -",
            "2026-11-10 | ADDRESS_UNKNOWN | 2026-11-05 | firstPresentedOn:registered.presented.notApplicable",
            "2026-11-10 | -              | -          | reason:registered.return.reasonRequired",
            "2026-11-10 | REFUSED         | 2026-11-12 | firstPresentedOn:registered.presented.afterEnd",
            "2026-11-30 | REFUSED         | 2026-11-05 | returnedOn:registered.date.future",
    })
    void returnRules(String returned, ReturnReason reason, String presented, String problem) {
        assertThat(keys(RegisteredMailRules.returned(letter(8, POSTING, null, null), date(returned), reason,
                date(presented), TODAY))).isEqualTo(problem == null ? List.of() : List.of(problem));
    }

    static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
