package fr.relance.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.Money;
import fr.relance.domain.PartPayment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules the case file's follow-up tab adds to holds and promises. */
class MeasureRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "hold {0} → {1} on 23/11/2026: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-11-23, 2026-11-23, -
            2026-12-01, 2026-12-31, -
            -,          2026-11-30, -
            2026-11-30, 2026-11-29, hold.untilBeforeFrom
            2026-11-01, 2026-11-22, hold.untilInPast
            2026-11-25, 2026-11-22, hold.untilBeforeFrom
            2026-11-23, -,          validation.required
            """)
    void aHoldMustEndOnOrAfterItStartsAndNotBeOverAlready(LocalDate from, LocalDate until, String expected) {
        List<String> problems = new Hold(from, until, "Congés").validate(TODAY).stream()
                .map(FieldProblem::messageKey).toList();
        assertThat(problems).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void aHoldLiftedKeepsTheDaysItRanOrGoesIfItHadNotStarted() {
        Hold hold = new Hold(TODAY.minusDays(10), TODAY.plusDays(10), "Rachat");
        assertThat(hold.liftedOn(TODAY)).contains(new Hold(TODAY.minusDays(10), TODAY.minusDays(1), "Rachat"));
        assertThat(hold.liftedOn(TODAY).orElseThrow().isActive(TODAY)).isFalse();
        assertThat(hold.liftedOn(TODAY.minusDays(10))).isEqualTo(Optional.empty());
        assertThat(new Hold(null, TODAY.plusDays(3), "x").liftedOn(TODAY))
                .contains(new Hold(null, TODAY.minusDays(1), "x"));
        assertThat(hold.isCurrentOrFuture(TODAY.plusDays(10))).isTrue();
        assertThat(hold.isCurrentOrFuture(TODAY.plusDays(11))).isFalse();
    }

    @ParameterizedTest(name = "promise of {0} with a balance of {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            1500.00, 1500.00, -
            1500.01, 1500.00, promise.amountAboveBalance
            10.00,   0.00,    promise.amountAboveBalance
            0.00,    100.00,  promise.amountPositive
            -5.00,   100.00,  promise.amountPositive
            """)
    void aPromiseMayNotExceedWhatTheDebtorOwes(String amount, String balance, String expected) {
        PromiseToPay promise = new PromiseToPay(TODAY, TODAY.plusDays(7), Money.of(amount));
        List<String> problems = promise.validate(TODAY, Money.of(balance)).stream().map(FieldProblem::messageKey)
                .toList();
        assertThat(problems).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void whatWasPaidTowardsAPromiseCountsOnlyPaymentsFromThePromiseToItsDueDate() {
        PromiseToPay promise = new PromiseToPay(TODAY, TODAY.plusDays(7), Money.of("500.00"));
        List<PartPayment> payments = List.of(new PartPayment(TODAY.minusDays(1), Money.of("100.00")),
                new PartPayment(TODAY.plusDays(2), Money.of("200.00")),
                new PartPayment(TODAY.plusDays(8), Money.of("300.00")));
        assertThat(promise.paidInTime(payments, TODAY.plusDays(10))).isEqualByComparingTo("200.00");
        assertThat(promise.paidInTime(payments, TODAY.plusDays(1))).isEqualByComparingTo("0.00");
        assertThat(promise.status(payments, TODAY.plusDays(10))).isEqualTo(PromiseStatus.BROKEN);
    }
}
