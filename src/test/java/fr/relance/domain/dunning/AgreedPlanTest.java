package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.PromiseToPayTest.payments;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Money;
import fr.relance.domain.PartPayment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreedPlanTest {

    static final LocalDate AGREED = LocalDate.of(2026, 1, 20);

    /**
     * 900.00 in three monthly instalments from 1 February 2026, signed 20 January, spreading invoice 1 (1,000.00, of
     * which 100.00 were paid on 10 January, before the plan).
     */
    static AgreedPlan plan(PlanStatus status, LocalDate endedOn) {
        PaymentPlan plan = PaymentPlan.propose(Money.of("900.00"), 3, Frequency.MONTHLY, LocalDate.of(2026, 2, 1))
                .agree(AGREED);
        return new AgreedPlan(7, 1, plan, Frequency.MONTHLY, status, AGREED, endedOn, null,
                List.of(new PlanInvoice(1, "F-1", LocalDate.of(2025, 11, 30), Money.of("1000.00"),
                        Money.of("900.00"))));
    }

    @ParameterizedTest(name = "{0} {1} {2} as of {3}")
    @CsvSource(nullValues = "-", value = {
            // applied to the invoice after 10/01,    status,    ended,      as of,      standing,  date,       amount
            "-,                                       ACTIVE,    -,          2026-01-19, -,         -,          -",
            "-,                                       ACTIVE,    -,          2026-01-25, ON_TRACK,  2026-02-01, 300.00",
            // unpaid, within the 8 grace days: the last day of grace and the arrears
            "-,                                       ACTIVE,    -,          2026-02-05, MISSED,    2026-02-09, 300.00",
            "-,                                       ACTIVE,    -,          2026-02-09, MISSED,    2026-02-09, 300.00",
            // beyond them: the acceleration clause applies on the 9th day after the due date, seen before it is recorded
            "-,                                       ACTIVE,    -,          2026-02-10, DEFAULTED, 2026-02-10, 900.00",
            "2026-02-01=300.00,                       ACTIVE,    -,          2026-02-10, ON_TRACK,  2026-03-01, 300.00",
            "2026-02-01=300.00 2026-02-20=100.00,     ACTIVE,    -,          2026-02-25, ON_TRACK,  2026-03-01, 200.00",
            // a late payment within the grace days puts the plan back on track
            "2026-02-06=300.00,                       ACTIVE,    -,          2026-02-07, ON_TRACK,  2026-03-01, 300.00",
            "2026-02-01=900.00,                       ACTIVE,    -,          2026-04-02, -,         -,          -",
            "2026-02-01=900.00,                       COMPLETED, 2026-02-01, 2026-04-02, -,         -,          -",
            // a recorded default stays, with the balance remaining that day
            "-,                                       DEFAULTED, 2026-02-10, 2026-06-01, DEFAULTED, 2026-02-10, 900.00",
            "2026-03-05=200.00,                       DEFAULTED, 2026-02-10, 2026-06-01, DEFAULTED, 2026-02-10, 900.00",
            // replaying a day before the plan ended shows the plan as it stood then
            "-,                                       DEFAULTED, 2026-02-10, 2026-02-05, MISSED,    2026-02-09, 300.00",
            "-,                                       CANCELLED, 2026-03-15, 2026-01-25, ON_TRACK,  2026-02-01, 300.00",
            "-,                                       CANCELLED, 2026-01-25, 2026-02-20, -,         -,          -"})
    void standingOnADate(String applied, PlanStatus status, LocalDate endedOn, LocalDate asOf,
                         PlanStanding.State state, LocalDate date, String amount) {
        List<PartPayment> money = new java.util.ArrayList<>(payments("2026-01-10=100.00"));
        money.addAll(payments(applied));

        Optional<PlanStanding> standing = plan(status, endedOn).standing(Map.of(1L, money), asOf, 8);

        if (state == null) {
            assertThat(standing).isEmpty();
        } else {
            assertThat(standing).hasValueSatisfying(s -> {
                assertThat(s.planId()).isEqualTo(7);
                assertThat(s.state()).isEqualTo(state);
                assertThat(s.date()).isEqualTo(date);
                assertThat(s.amount()).isEqualByComparingTo(amount);
            });
        }
    }

    @Test
    void onlyTheMoneyAppliedBeyondTheBalanceOnFileCountsForThePlan() {
        List<PlanInvoice> invoices = List.of(
                new PlanInvoice(1, "F-1", LocalDate.of(2025, 11, 30), Money.of("1000.00"), Money.of("900.00")),
                new PlanInvoice(2, "F-2", LocalDate.of(2025, 12, 31), Money.of("500.00"), Money.of("500.00")));
        Map<Long, List<PartPayment>> applied = Map.of(
                // 100.00 were settled before the plan: 60.00 then 40.00 of the 90.00 of 1 February
                1L, payments("2026-02-01=90.00 2026-01-10=60.00 2026-03-01=300.00"),
                2L, payments("2026-02-15=200.00"),
                3L, payments("2026-02-01=999.00"));

        assertThat(PlanInvoice.moneyApplied(invoices, applied)).containsExactly(
                new PartPayment(LocalDate.of(2026, 2, 1), Money.of("50.00")),
                new PartPayment(LocalDate.of(2026, 2, 15), Money.of("200.00")),
                new PartPayment(LocalDate.of(2026, 3, 1), Money.of("300.00")));
    }

    @Test
    void theFollowUpPaysTheInstalmentsOldestFirstWithTheMoneyOfThePlanOnly() {
        PlanFollowUp followUp = plan(PlanStatus.ACTIVE, null).followUp(
                Map.of(1L, payments("2026-01-10=100.00 2026-02-01=450.00")), LocalDate.of(2026, 2, 15), 8);

        assertThat(followUp.lines()).extracting(InstalmentLine::status)
                .containsExactly(InstalmentStatus.PAID, InstalmentStatus.PARTLY_PAID, InstalmentStatus.DUE);
        assertThat(followUp.paid()).isEqualByComparingTo("450.00");
        assertThat(followUp.remaining()).isEqualByComparingTo("450.00");
    }
}
