package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.DunningWalkTest.D;
import static fr.relance.domain.dunning.DunningWalkTest.b2b;
import static fr.relance.domain.dunning.DunningWalkTest.consumer;
import static fr.relance.domain.dunning.DunningWalkTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorklistTest {

    @Test
    void oneLinePerDebtorCoversAllItsOverdueInvoices() {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00"), invoice(2, 10, "250.50"), invoice(3, 40, "99.00"),
                credit(4, "-100.00"));

        List<WorklistItem> items = Worklist.compute(D.plusDays(30), List.of(debtor));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorklistKind.DUNNING_STEP);
            assertThat(item.action()).isEqualTo(DunningAction.FORMAL_NOTICE);
            assertThat(item.stepPosition()).isEqualTo(4);
            assertThat(item.templateCode()).isEqualTo("FORMAL_NOTICE");
            assertThat(item.invoiceIds()).containsExactly(1L, 2L);   // not yet due and credit note left out
            assertThat(item.amount()).isEqualByComparingTo("1250.50");
            assertThat(item.daysOverdue()).isEqualTo(30);
            assertThat(item.flags()).isEmpty();
        });
    }

    @ParameterizedTest
    @CsvSource({
            "0, 6, ",                        // not yet at D+7
            "0, 7, EMAIL_REMINDER",
            "0, 14, EMAIL_REMINDER",         // still the highest step reached while nothing was done
            "0, 29, PHONE_CALL",
            "1, 14, ",                       // e-mail done, letter not reached
            "1, 15, REMINDER_LETTER",
            "3, 45, FORMAL_NOTICE",
            "4, 59, ",
            "6, 200, "})                     // the policy is exhausted
    void stepDueAfterTheLastActionTheDayBefore(int lastPosition, int day, DunningAction expected) {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00"));
        if (lastPosition > 0) {
            debtor = debtor.withLastAction(new LastAction(lastPosition, D.plusDays(day - 10)));
        }
        List<WorklistItem> items = Worklist.compute(D.plusDays(day), List.of(debtor));
        assertThat(items.stream().map(WorklistItem::action).findFirst().orElse(null)).isEqualTo(expected);
    }

    @Test
    void stepWaitsForItsMinimumGapSinceTheLastAction() {
        // The letter went out late, on D+27. On D+30 the highest step reached is the formal notice: it waits for
        // its 7-day gap, until D+34; the call it overtook is not offered in between.
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00")).withLastAction(new LastAction(2, D.plusDays(27)));
        assertThat(Worklist.compute(D.plusDays(29), List.of(debtor))).isEmpty();   // call: gap of 5 not passed
        assertThat(Worklist.compute(D.plusDays(33), List.of(debtor))).isEmpty();
        assertThat(Worklist.compute(D.plusDays(34), List.of(debtor))).extracting(WorklistItem::action)
                .containsExactly(DunningAction.FORMAL_NOTICE);
    }

    @Test
    void disputedInvoicesAndInvoicesOnHoldAreLeftOutAndFlagged() {
        OpenItem disputedOnTheLedger = new OpenItem(1, "x", 3, InvoiceKind.INVOICE, "F-3", D.minusDays(30), D,
                new BigDecimal("70.00"), new BigDecimal("70.00"), "EUR", true);
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00"), invoice(2, 0, "300.00"), disputedOnTheLedger,
                invoice(4, 0, "400.00"))
                .withDisputedInvoiceIds(Set.of(1L))
                .withInvoiceHolds(Map.of(4L, new Hold(null, D.plusDays(60), "Goods returned")));

        WorklistItem item = Worklist.compute(D.plusDays(7), List.of(debtor)).get(0);

        assertThat(item.invoiceIds()).containsExactly(2L);
        assertThat(item.amount()).isEqualByComparingTo("300.00");
        assertThat(item.flags()).containsExactlyInAnyOrder(WorklistItem.FLAG_DISPUTED_EXCLUDED,
                WorklistItem.FLAG_ON_HOLD_EXCLUDED);
    }

    @Test
    void nothingWhenEveryOverdueInvoiceIsDisputed() {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00")).withDisputedInvoiceIds(Set.of(1L));
        assertThat(Worklist.compute(D.plusDays(30), List.of(debtor))).isEmpty();
    }

    @Test
    void sortedByActionThenLargestAmountFirst() {
        List<DebtorDunningState> debtors = List.of(
                b2b(invoice(1, 0, "100.00")),                        // D+30: formal notice, 100
                b2b(invoice(2, 0, "5000.00")),                       // D+30: formal notice, 5000
                b2b(invoice(3, 23, "800.00")),                       // D+7: e-mail
                consumer(invoice(4, 10, "900.00")),                  // consumer D+20: letter
                b2b(invoice(5, 0, "2000.00")).withNextCallDate(D.plusDays(30))
                        .withLastAction(new LastAction(4, D.plusDays(29))));   // call back only

        List<WorklistItem> items = Worklist.compute(D.plusDays(30), debtors);

        assertThat(items).extracting(WorklistItem::debtorId).containsExactly(3L, 4L, 2L, 1L, 5L);
        assertThat(Worklist.byAction(items).keySet()).containsExactly(DunningAction.EMAIL_REMINDER,
                DunningAction.REMINDER_LETTER, DunningAction.FORMAL_NOTICE, null);
        assertThat(items.get(4).kind()).isEqualTo(WorklistKind.CALL_BACK);
        assertThat(items.get(4).deadline()).isEqualTo(D.plusDays(30));
    }

    @Test
    void lastContactIsShown() {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00")).withLastContact(D.plusDays(3));
        assertThat(Worklist.compute(D.plusDays(7), List.of(debtor)).get(0).lastContact()).isEqualTo(D.plusDays(3));
    }

    @ParameterizedTest
    @CsvSource({"49, false", "50, true", "109, true", "50+2 months, true", "after, false"})
    void claimFilingIsDueUntilTwoMonthsAfterTheBodaccPublication(String day, boolean due) {
        LocalDate published = D.plusDays(50);
        LocalDate deadline = published.plusMonths(2);
        LocalDate asOf = switch (day) {
            case "50+2 months" -> deadline;
            case "after" -> deadline.plusDays(1);
            default -> D.plusDays(Integer.parseInt(day));
        };
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00"), invoice(2, 200, "300.00"))
                .withDisputedInvoiceIds(Set.of(1L)).withInsolvencyOpenedOn(published);

        List<WorklistItem> items = Worklist.compute(asOf, List.of(debtor));

        if (asOf.isBefore(published)) {
            assertThat(items).noneMatch(i -> i.kind() == WorklistKind.CLAIM_FILING);
        } else if (due) {
            // Every claim is declared, disputed and not yet due alike; no reminder any more.
            assertThat(items).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo(WorklistKind.CLAIM_FILING);
                assertThat(item.action()).isNull();
                assertThat(item.deadline()).isEqualTo(deadline);
                assertThat(item.amount()).isEqualByComparingTo("1300.00");
                assertThat(item.invoiceIds()).containsExactly(1L, 2L);
            });
        } else {
            assertThat(items).isEmpty();
        }
        assertThat(Worklist.compute(asOf, List.of(debtor.withClaimDeclaredOn(published))))
                .noneMatch(i -> i.kind() == WorklistKind.CLAIM_FILING);
    }

    @Test
    void limitationWarningIsListedAndFlagsTheDebtorsOtherLines() {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00"), invoice(2, 5, "200.00"))
                .withLimitationWarnings(List.of(1L));

        List<WorklistItem> items = Worklist.compute(D.plusDays(7), List.of(debtor));

        assertThat(items).extracting(WorklistItem::kind)
                .containsExactly(WorklistKind.DUNNING_STEP, WorklistKind.LIMITATION_WARNING);
        assertThat(items).allMatch(i -> i.hasFlag(WorklistItem.FLAG_LIMITATION_SOON));
        assertThat(items.get(1).invoiceIds()).containsExactly(1L);
        assertThat(items.get(1).amount()).isEqualByComparingTo("1000.00");
        // Even on hold the limitation date keeps running: the warning stays.
        assertThat(Worklist.compute(D.plusDays(7), List.of(debtor.withDebtorHold(
                new Hold(D, D.plusDays(30), "Negotiating")))))
                .extracting(WorklistItem::kind).containsExactly(WorklistKind.LIMITATION_WARNING);
    }

    @Test
    void brokenPromiseEscalatesAtOnceEvenBeforeTheNextOffset() {
        // The letter was sent on D+15, the debtor promised for D+18 and did not pay: the call comes forward.
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00"))
                .withLastAction(new LastAction(2, D.plusDays(15)))
                .withPromise(new PromiseView(D.plusDays(18), new BigDecimal("1000.00"), true));

        WorklistItem item = Worklist.compute(D.plusDays(19), List.of(debtor)).get(0);

        assertThat(item.kind()).isEqualTo(WorklistKind.BROKEN_PROMISE);
        assertThat(item.action()).isEqualTo(DunningAction.PHONE_CALL);
        assertThat(item.hasFlag(WorklistItem.FLAG_BROKEN_PROMISE)).isTrue();
        // Once that call is made, the policy takes over again.
        assertThat(Worklist.compute(D.plusDays(20), List.of(debtor.withLastAction(new LastAction(3, D.plusDays(19))))))
                .isEmpty();
    }

    @Test
    void pendingPromisePausesDunningUpToItsDateIncluded() {
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00"))
                .withPromise(new PromiseView(D.plusDays(10), new BigDecimal("1000.00"), false));
        assertThat(Worklist.compute(D.plusDays(10), List.of(debtor))).isEmpty();
        assertThat(Worklist.compute(D.plusDays(11), List.of(debtor))).extracting(WorklistItem::action)
                .containsExactly(DunningAction.EMAIL_REMINDER);
    }

    @Test
    void courtesyReminderBeforeTheDueDateCoversTheInvoiceComingDue() {
        DunningPolicy policy = new DunningPolicy("Courtesy", DebtorKind.B2B, List.of(
                new DunningStep(1, -5, DunningAction.EMAIL_REMINDER, "COURTESY", BigDecimal.ZERO, 0),
                new DunningStep(2, 10, DunningAction.REMINDER_LETTER, "SECOND_REMINDER", BigDecimal.ZERO, 0)));
        DebtorDunningState debtor = b2b(invoice(1, 0, "500.00"), invoice(2, 30, "80.00")).withPolicy(policy);

        assertThat(Worklist.compute(D.minusDays(6), List.of(debtor))).isEmpty();
        WorklistItem courtesy = Worklist.compute(D.minusDays(5), List.of(debtor)).get(0);
        assertThat(courtesy.action()).isEqualTo(DunningAction.EMAIL_REMINDER);
        assertThat(courtesy.daysOverdue()).isEqualTo(-5);
        assertThat(courtesy.invoiceIds()).containsExactly(1L);
    }

    @Test
    void aSkippedStepCountsAsDoneAndThePolicyMovesOn() {
        // Skipping the call on D+21 (debtor unreachable) records step 3: the notice follows on D+30.
        DebtorDunningState debtor = b2b(invoice(1, 0, "1000.00")).withLastAction(new LastAction(3, D.plusDays(21)));
        assertThat(Worklist.compute(D.plusDays(22), List.of(debtor))).isEmpty();
        assertThat(Worklist.compute(D.plusDays(30), List.of(debtor))).extracting(WorklistItem::action)
                .containsExactly(DunningAction.FORMAL_NOTICE);
    }

    @Test
    void nullPolicyMeansTheDefaultOfTheDebtorsKind() {
        assertThat(consumer(invoice(1, 0, "10.00")).policy()).isEqualTo(DefaultPolicies.consumer());
        assertThat(b2b(invoice(1, 0, "10.00")).withPolicy(null).policy()).isEqualTo(DefaultPolicies.b2b());
    }

    static OpenItem credit(long id, String balance) {
        return new OpenItem(1, "x", id, InvoiceKind.CREDIT_NOTE, "AV-" + id, D.minusDays(40), D.minusDays(10),
                new BigDecimal(balance), new BigDecimal(balance));
    }
}
