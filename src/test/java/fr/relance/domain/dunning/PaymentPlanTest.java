package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.PromiseToPayTest.payments;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentPlanTest {

    @ParameterizedTest(name = "{0} in {1} {2} from {3}")
    @CsvSource({
            // balance, count, frequency, first date, expected amounts,                    expected dates
            "1000.00, 3, MONTHLY,   2025-07-01, 333.33 333.33 333.34,         2025-07-01 2025-08-01 2025-09-01",
            "1000.00, 4, WEEKLY,    2025-07-01, 250.00 250.00 250.00 250.00,  2025-07-01 2025-07-08 2025-07-15 2025-07-22",
            "100.00,  6, QUARTERLY, 2025-07-01, 16.66 16.66 16.66 16.66 16.66 16.70, 2025-07-01 2025-10-01 2026-01-01 2026-04-01 2026-07-01 2026-10-01",
            "2.00,    3, MONTHLY,   2025-07-01, 0.66 0.66 0.68,               2025-07-01 2025-08-01 2025-09-01",
            // months counted from the first date: 31/01 -> 29/02 (leap) -> 31/03
            "1234.57, 3, MONTHLY,   2024-01-31, 411.52 411.52 411.53,         2024-01-31 2024-02-29 2024-03-31"})
    void proposeSplitsEquallyWithTheRemainderOnTheLast(String balance, int count, Frequency frequency,
                                                       LocalDate first, String amounts, String dates) {
        PaymentPlan plan = PaymentPlan.propose(Money.of(balance), count, frequency, first);

        assertThat(plan.instalments()).extracting(i -> i.amount().toPlainString())
                .containsExactly(amounts.split(" "));
        assertThat(plan.instalments()).extracting(i -> i.dueDate().toString()).containsExactly(dates.split(" "));
        assertThat(plan.total()).isEqualByComparingTo(balance);
        assertThat(plan.validate(Money.of(balance), first)).isEmpty();
        assertThat(plan.agreedOn()).isNull();
    }

    @ParameterizedTest(name = "{0} / {1} / as of {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            // instalments (date=amount),                          balance, as of,      expected keys
            "2025-07-01=500.00 2025-08-01=500.00,                  1000.00, 2025-06-15, -",
            "2025-07-01=500.00 2025-08-01=500.00,                  1000.00, 2025-07-01, -",
            // bad input: instalments that do not add up to the balance
            "2025-07-01=500.00 2025-08-01=499.99,                  1000.00, 2025-06-15, plan.totalMismatch",
            "2025-07-01=500.00 2025-08-01=600.00,                  1000.00, 2025-06-15, plan.totalMismatch",
            // bad input: a plan starting in the past
            "2025-06-14=500.00 2025-08-01=500.00,                  1000.00, 2025-06-15, plan.startsInPast",
            "2025-08-01=500.00 2025-07-01=500.00,                  1000.00, 2025-06-15, plan.datesOutOfOrder",
            "2025-07-01=500.00 2025-07-01=500.00,                  1000.00, 2025-06-15, plan.datesOutOfOrder",
            "2025-07-01=1000.00 2025-08-01=0.00,                   1000.00, 2025-06-15, plan.amountPositive",
            "2025-07-01=1100.00 2025-08-01=-100.00,                1000.00, 2025-06-15, plan.amountPositive",
            "2025-07-01=1000.00,                                   1000.00, 2025-06-15, plan.tooFewInstalments",
            "2025-06-01=400.00 2025-05-01=400.00,                  1000.00, 2025-06-15, plan.totalMismatch plan.startsInPast plan.datesOutOfOrder"})
    void validation(String instalments, String balance, LocalDate asOf, String expectedKeys) {
        PaymentPlan plan = new PaymentPlan(instalments(instalments), null);

        assertThat(plan.validate(Money.of(balance), asOf)).extracting(FieldProblem::messageKey)
                .containsExactlyElementsOf(expectedKeys == null ? List.of() : Arrays.asList(expectedKeys.split(" ")));
    }

    @Test
    void editingThePreviewIsCheckedAgainstTheBalanceAndPointsAtTheInstalment() {
        PaymentPlan proposed = PaymentPlan.propose(Money.of("900.00"), 3, Frequency.MONTHLY, date("2025-07-01"));

        PaymentPlan edited = proposed.withInstalment(1, date("2025-08-15"), Money.of("200.00"));
        assertThat(edited.validate(Money.of("900.00"), date("2025-06-15")))
                .containsExactly(new FieldProblem("instalments", PaymentPlan.TOTAL_MISMATCH));

        PaymentPlan balanced = edited.withInstalment(2, date("2025-09-01"), Money.of("400.00"));
        assertThat(balanced.validate(Money.of("900.00"), date("2025-06-15"))).isEmpty();

        PaymentPlan swapped = balanced.withInstalment(2, date("2025-08-15"), Money.of("400.00"));
        assertThat(swapped.validate(Money.of("900.00"), date("2025-06-15")))
                .containsExactly(new FieldProblem("instalments[2].dueDate", PaymentPlan.DATES_OUT_OF_ORDER));
    }

    @Test
    void theSignedAgreementIsAnAcknowledgementOfTheDebt() {
        // Code civil 2240: the debtor's acknowledgement interrupts the limitation period.
        PaymentPlan plan = PaymentPlan.propose(Money.of("900.00"), 3, Frequency.MONTHLY, date("2025-07-01"));
        assertThat(plan.acknowledgement()).isEmpty();

        PaymentPlan signed = plan.agree(date("2025-06-20"));
        assertThat(signed.acknowledgement()).contains(date("2025-06-20"));
        assertThat(signed.instalments()).isEqualTo(plan.instalments());
        assertThat(signed.validate(Money.of("900.00"), date("2025-06-19")))
                .extracting(FieldProblem::messageKey).containsExactly(PaymentPlan.AGREED_IN_FUTURE);
    }

    /** Plan: 300.00 on 1/07, 1/08 and 1/09/2025 (900.00). */
    @ParameterizedTest(name = "{0} as of {1}, grace {2}")
    @CsvSource(nullValues = "-", value = {
            // payments,                                   as of,      grace, statuses,               paid per instalment, first missed, acceleration from, remaining due at once
            "-,                                            2025-06-30, 5, DUE DUE DUE,                    0.00 0.00 0.00,       -,          -,          -",
            "-,                                            2025-07-01, 5, DUE DUE DUE,                    0.00 0.00 0.00,       -,          -,          -",
            // missed but within the grace days: flagged, no acceleration yet
            "-,                                            2025-07-06, 5, MISSED DUE DUE,                 0.00 0.00 0.00,       2025-07-01, -,          -",
            // beyond the grace days: the whole remaining balance is due at once
            "-,                                            2025-07-07, 5, MISSED DUE DUE,                 0.00 0.00 0.00,       2025-07-01, 2025-07-07, 900.00",
            "2025-07-01=300.00,                            2025-07-20, 5, PAID DUE DUE,                   300.00 0.00 0.00,     -,          -,          -",
            "2025-07-01=300.00 2025-07-25=100.00,          2025-07-26, 5, PAID PARTLY_PAID DUE,           300.00 100.00 0.00,   -,          -,          -",
            "2025-07-01=300.00 2025-07-25=100.00,          2025-08-10, 5, PAID MISSED DUE,                300.00 100.00 0.00,   2025-08-01, 2025-08-07, 500.00",
            // one payment covering two instalments, oldest first
            "2025-06-28=450.00,                            2025-07-15, 0, PAID PARTLY_PAID DUE,           300.00 150.00 0.00,   -,          -,          -",
            // a late payment settles the oldest arrears first, and the plan is back on track
            "2025-07-10=300.00,                            2025-07-20, 5, PAID DUE DUE,                   300.00 0.00 0.00,     -,          -,          -",
            // payments after the as-of date do not count yet
            "2025-07-10=300.00,                            2025-07-09, 5, MISSED DUE DUE,                 0.00 0.00 0.00,       2025-07-01, 2025-07-07, 900.00",
            "2025-07-01=300.00 2025-08-01=300.00 2025-09-01=300.00, 2025-12-31, 5, PAID PAID PAID,       300.00 300.00 300.00, -,          -,          -",
            // overpayment: nothing more is owed under the plan
            "2025-07-01=1000.00,                           2025-12-31, 5, PAID PAID PAID,                 300.00 300.00 300.00, -,          -,          -"})
    void followUpAgainstThePayments(String payments, LocalDate asOf, int grace, String statuses, String paid,
                                    LocalDate firstMissed, LocalDate accelerationFrom, String dueAtOnce) {
        PaymentPlan plan = PaymentPlan.propose(Money.of("900.00"), 3, Frequency.MONTHLY, date("2025-07-01"))
                .agree(date("2025-06-20"));

        PlanFollowUp followUp = plan.follow(payments(payments), asOf, grace);

        assertThat(followUp.lines()).extracting(l -> l.status().name()).containsExactly(statuses.split(" "));
        assertThat(followUp.lines()).extracting(l -> l.paid().toPlainString()).containsExactly(paid.split(" "));
        assertThat(followUp.firstMissed().map(Instalment::dueDate)).isEqualTo(java.util.Optional.ofNullable(firstMissed));
        assertThat(followUp.acceleration().map(Acceleration::applicableFrom))
                .isEqualTo(java.util.Optional.ofNullable(accelerationFrom));
        followUp.acceleration().ifPresent(a -> {
            assertThat(a.remainingBalance()).isEqualByComparingTo(dueAtOnce);
            assertThat(a.remainingBalance()).isEqualByComparingTo(followUp.remaining());
            assertThat(a.missed().dueDate()).isEqualTo(firstMissed);
        });
        assertThat(followUp.paid().add(followUp.remaining())).isEqualByComparingTo("900.00");
    }

    @Test
    void paidOnIsTheDayTheInstalmentWasFullyCovered() {
        PaymentPlan plan = PaymentPlan.propose(Money.of("900.00"), 3, Frequency.MONTHLY, date("2025-07-01"));

        PlanFollowUp followUp = plan.follow(payments("2025-06-25=200.00 2025-06-30=200.00"), date("2025-07-02"), 5);

        assertThat(followUp.lines()).extracting(InstalmentLine::paidOn)
                .containsExactly(date("2025-06-30"), null, null);
        assertThat(followUp.isCompleted()).isFalse();
        assertThat(followUp.remaining()).isEqualByComparingTo("500.00");
    }

    static List<Instalment> instalments(String spec) {
        List<Instalment> instalments = new ArrayList<>();
        for (String one : spec.trim().split("\\s+")) {
            String[] parts = one.split("=");
            instalments.add(new Instalment(date(parts[0]), new BigDecimal(parts[1])));
        }
        return instalments;
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
