package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.DunningWalkTest.D;
import static fr.relance.domain.dunning.DunningWalkTest.b2b;
import static fr.relance.domain.dunning.DunningWalkTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a payment plan does to the actions of the day. Invoice 1 of 1,000.00 is due on D; the debtor is 1. */
class PlanWorklistTest {

    static PlanStanding standing(PlanStanding.State state, int day, String amount) {
        return new PlanStanding(9, state, D.plusDays(day), Money.of(amount));
    }

    static List<WorklistItem> worklist(int day, DebtorDunningState debtor, PlanStanding plan) {
        return Worklist.compute(D.plusDays(day), List.of(debtor), plan == null ? Map.of() : Map.of(1L, plan));
    }

    @Test
    void aPlanOnTrackStopsDunning() {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00")).withLastAction(new LastAction(3, D.plusDays(21)));

        assertThat(worklist(45, debtor, null)).extracting(WorklistItem::action)
                .containsExactly(DunningAction.FORMAL_NOTICE);
        assertThat(worklist(45, debtor, standing(PlanStanding.State.ON_TRACK, 50, "250.00"))).isEmpty();
    }

    @Test
    void anUnpaidInstalmentWithinTheGraceDaysIsAReminderWithItsDeadlineNotAStep() {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00"));

        List<WorklistItem> items = worklist(62, debtor, standing(PlanStanding.State.MISSED, 68, "250.00"));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorklistKind.INSTALMENT_MISSED);
            assertThat(item.action()).isNull();
            assertThat(item.deadline()).isEqualTo(D.plusDays(68));
            assertThat(item.amount()).isEqualByComparingTo("250.00");
            assertThat(item.invoiceIds()).containsExactly(1L);
        });
    }

    @ParameterizedTest(name = "last step {0} on day {1}, default on day {2}, as of day {3}")
    @CsvSource(nullValues = "-", value = {
            // last position, on day, default day, as of, amount,   expected kind,     action,          position
            // after a formal notice, the next step comes back at once, its gap ignored
            "4,               55,     60,          61,    1000.00, PLAN_DEFAULTED,    AGENCY_PROPOSAL, 5",
            // no step carried out before the plan: the first one
            "0,               -,      60,          60,    1000.00, PLAN_DEFAULTED,    EMAIL_REMINDER,  1",
            // no later step the amount allows: a line without action, still flagged
            "4,               55,     60,          61,    200.00,  PLAN_DEFAULTED,    -,               0",
            // an action on or after the default answers it: ordinary dunning again (gap of step 6 not passed)
            "5,               61,     60,          70,    1000.00, -,                 -,               0",
            "5,               61,     60,          150,   1000.00, DUNNING_STEP,      LEGAL_REVIEW,    6"})
    void aDefaultBringsBackTheNextStepOfThePolicy(int lastPosition, Integer lastDay, int defaultDay, int asOf,
                                                  String amount, WorklistKind kind, DunningAction action,
                                                  int position) {
        DebtorDunningState debtor = b2b(invoice(1, 0, amount));
        if (lastDay != null) {
            debtor = debtor.withLastAction(new LastAction(lastPosition, D.plusDays(lastDay)));
        }

        List<WorklistItem> items = worklist(asOf, debtor, standing(PlanStanding.State.DEFAULTED, defaultDay, amount));

        if (kind == null) {
            assertThat(items).isEmpty();
            return;
        }
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(kind);
            assertThat(item.action()).isEqualTo(action);
            assertThat(item.stepPosition()).isEqualTo(position);
            assertThat(item.amount()).isEqualByComparingTo(amount);
            assertThat(item.hasFlag(WorklistItem.FLAG_PLAN_DEFAULTED)).isEqualTo(kind == WorklistKind.PLAN_DEFAULTED);
        });
    }

    @Test
    void holdsAndInsolvencyStillComeFirst() {
        PlanStanding defaulted = standing(PlanStanding.State.DEFAULTED, 60, "1000.00");
        DebtorDunningState held = b2b(invoice(1, 0, "1000.00"))
                .withDebtorHold(new Hold(D.plusDays(55), D.plusDays(70), "Accord en cours"));
        assertThat(worklist(61, held, defaulted)).isEmpty();

        DebtorDunningState insolvent = b2b(invoice(1, 0, "1000.00")).withInsolvencyOpenedOn(D.plusDays(58));
        assertThat(worklist(61, insolvent, defaulted)).extracting(WorklistItem::kind)
                .containsExactly(WorklistKind.CLAIM_FILING);
    }

    @Test
    void aCallBackDueStillShowsBesideAPlanOnTrack() {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00")).withNextCallDate(D.plusDays(40));

        assertThat(worklist(40, debtor, standing(PlanStanding.State.ON_TRACK, 50, "250.00")))
                .extracting(WorklistItem::kind).containsExactly(WorklistKind.CALL_BACK);
        assertThat(LocalDate.of(2026, 1, 5)).isEqualTo(D);
    }
}
