package fr.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.DebtorDunningState;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.LastAction;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.store.Database;
import fr.relance.store.DunningStateRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.TimelineRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorklistServiceTest {

    static final LocalDate DUE = LocalDate.of(2026, 9, 1);
    static final long DURAND = 1;
    static final long MARTIN = 2;

    @TempDir
    Path dir;
    Database database;
    WorklistService service;
    TimelineRepository timeline;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
        service = new WorklistService(database, "claire");
        timeline = new TimelineRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static LedgerWriter.Ledger ledger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(DURAND, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(MARTIN, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                invoice(1, DURAND, "FA-1", "1200.00"),
                invoice(2, DURAND, "FA-2", "300.00"),
                invoice(3, MARTIN, "FA-3", "500.00"));
        List<Payment> payments = List.of();
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, payments, List.of());
    }

    static Invoice invoice(long id, long debtor, String number, String amount) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, InvoiceKind.INVOICE, number, DUE.minusDays(30), DUE,
                Money.cents(ttc.divide(new BigDecimal("1.2"), java.math.MathContext.DECIMAL64)), ttc, "EUR", false,
                null);
    }

    Optional<WorklistItem> itemOf(long debtorId, LocalDate asOf) {
        return service.worklist(asOf).stream().filter(i -> i.debtorId() == debtorId)
                .filter(i -> i.kind() == WorklistKind.DUNNING_STEP || i.kind() == WorklistKind.BROKEN_PROMISE)
                .findFirst();
    }

    DebtorDunningState stateOf(long debtorId, LocalDate asOf) {
        return new DunningStateRepository(database).statesAsOf(asOf).stream().filter(s -> s.debtorId() == debtorId)
                .findFirst().orElseThrow();
    }

    int count(String table) {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
    }

    String caseStage(long debtorId) {
        return database.dsl().fetchOne("SELECT stage FROM collection_case WHERE debtor_id = " + debtorId
                + " AND closed_on IS NULL").get(0, String.class);
    }

    @Test
    void aB2bDebtorWalksEmailLetterCallFormalNoticeWhenEachIsExecutedOnTime() {
        assertThat(itemOf(DURAND, DUE.plusDays(6))).isEmpty();
        int[] days = {7, 15, 21, 30};
        DunningAction[] actions = {DunningAction.EMAIL_REMINDER, DunningAction.REMINDER_LETTER,
                DunningAction.PHONE_CALL, DunningAction.FORMAL_NOTICE};
        for (int i = 0; i < days.length; i++) {
            LocalDate day = DUE.plusDays(days[i]);
            WorklistItem item = itemOf(DURAND, day).orElseThrow(() -> new AssertionError("nothing due on " + day));
            assertThat(item.action()).isEqualTo(actions[i]);
            assertThat(item.stepPosition()).isEqualTo(i + 1);
            assertThat(item.amount()).isEqualByComparingTo("1500.00");
            if (item.isCall()) {
                // a call step is logged with what came of it: that is its execution
                service.logCall(item, day, CallOutcome.VOICEMAIL, null, null, null, null);
            } else {
                assertThat(service.execute(item, day, "claire")).isPresent();
            }
            assertThat(itemOf(DURAND, day.plusDays(1))).as("after %s", actions[i]).isEmpty();
            assertThat(stateOf(DURAND, day).lastAction()).isEqualTo(new LastAction(i + 1, day));
            assertThat(stateOf(DURAND, day).lastContact()).isEqualTo(day);
            if (i == 0) {
                assertThat(caseStage(DURAND)).isEqualTo("AMICABLE");
            }
        }
        assertThat(caseStage(DURAND)).isEqualTo("FORMAL_NOTICE");
        assertThat(timeline.ofDebtor(DURAND, List.of())).extracting(CaseEvent::kind).containsExactly(
                CaseEvent.FORMAL_NOTICE_SENT, CaseEvent.STAGE_CHANGED, CaseEvent.CALL, CaseEvent.REMINDER_SENT,
                CaseEvent.EMAIL_SENT, CaseEvent.STAGE_CHANGED);
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.FORMAL_NOTICE_SENT)).get(0).amount())
                .isEqualByComparingTo("1500.00");
        assertThat(count("worklist_decision WHERE decision = 'EXECUTED'")).isEqualTo(4);
    }

    @Test
    void executingTheSameItemTwiceRecordsOneEvent() {
        LocalDate day = DUE.plusDays(7);
        WorklistItem item = itemOf(DURAND, day).orElseThrow();
        assertThat(service.execute(item, day, "claire")).isPresent();
        int events = count("case_event");
        assertThat(service.execute(item, day, "claire")).isEmpty();
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("worklist_decision")).isEqualTo(1);
    }

    @Test
    void aPostponedStepComesBackOnTheDayAndASkippedStepLetsTheNextOneCome() {
        LocalDate day = DUE.plusDays(7);
        WorklistItem martin = itemOf(MARTIN, day).orElseThrow();
        service.postpone(martin, day, day.plusDays(3), "Client en congés");
        assertThat(itemOf(MARTIN, day.plusDays(2))).isEmpty();
        assertThat(itemOf(MARTIN, day.plusDays(3))).get().extracting(WorklistItem::stepPosition).isEqualTo(1);

        WorklistItem durand = itemOf(DURAND, day).orElseThrow();
        service.skip(durand, day, "Appelé hier");
        assertThat(itemOf(DURAND, day.plusDays(1))).isEmpty();
        assertThat(itemOf(DURAND, DUE.plusDays(15))).get().extracting(WorklistItem::action)
                .isEqualTo(DunningAction.REMINDER_LETTER);
        assertThat(timeline.ofDebtor(MARTIN, List.of(CaseEvent.STEP_POSTPONED))).hasSize(1);
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.STEP_SKIPPED))).hasSize(1);
    }

    @Test
    void statesReflectHoldsDisputesPromisesAndCalls() {
        LocalDate day = DUE.plusDays(10);
        service.openDispute(2, DisputeCategory.QUANTITY, "2 cartons manquants", day);
        service.putInvoiceOnHold(1, new Hold(day, day.plusDays(5), "Attente avoir"), day);
        service.putDebtorOnHold(MARTIN, new Hold(day, day.plusDays(20), "Litige commercial"), day);
        service.logCall(DURAND, day, CallOutcome.PROMISED, "Virement promis", day.plusDays(14), day.plusDays(7),
                Money.of("1200.00"));

        DebtorDunningState durand = stateOf(DURAND, day);
        assertThat(durand.disputedInvoiceIds()).containsExactly(2L);
        assertThat(durand.invoiceHolds()).containsKey(1L);
        assertThat(durand.promise().dueOn()).isEqualTo(day.plusDays(7));
        assertThat(durand.promise().broken()).isFalse();
        assertThat(durand.nextCallDate()).isEqualTo(day.plusDays(14));
        assertThat(durand.lastContact()).isEqualTo(day);
        assertThat(stateOf(MARTIN, day).debtorHold()).isEqualTo(new Hold(day, day.plusDays(20), "Litige commercial"));
        assertThat(itemOf(MARTIN, day)).isEmpty();

        // no payment by the promised date: broken, and the debtor is back, flagged
        assertThat(stateOf(DURAND, day.plusDays(8)).promise().broken()).isTrue();
        WorklistItem back = itemOf(DURAND, day.plusDays(8)).orElseThrow();
        assertThat(back.kind()).isEqualTo(WorklistKind.BROKEN_PROMISE);
        assertThat(back.invoiceIds()).containsExactly(1L);
        assertThat(back.hasFlag(WorklistItem.FLAG_DISPUTED_EXCLUDED)).isTrue();

        service.resolveDispute(2, DisputeResolution.JUSTIFIED, day.plusDays(9));
        assertThat(stateOf(DURAND, day.plusDays(9)).disputedInvoiceIds()).isEmpty();
        assertThat(stateOf(DURAND, day.plusDays(8)).disputedInvoiceIds()).containsExactly(2L);
    }

    @Test
    void badInputsAreRefusedWithTheDomainProblemsAndNothingIsWritten() {
        LocalDate day = DUE.plusDays(7);
        WorklistItem item = itemOf(DURAND, day).orElseThrow();
        int events = count("case_event");

        refused(() -> service.postpone(item, day, day, "  "), WorklistService.UNTIL_NOT_AFTER,
                WorklistService.REASON_REQUIRED);
        refused(() -> service.skip(item, day, null), WorklistService.REASON_REQUIRED);
        refused(() -> service.recordPromise(DURAND, day, day.minusDays(1), Money.of("100")), "promise.dueInPast");
        refused(() -> service.logCall(DURAND, day, CallOutcome.PROMISED, "ok", null, null, null),
                WorklistService.PROMISE_REQUIRED);
        refused(() -> service.putDebtorOnHold(DURAND, new Hold(day, day.minusDays(1), "x"), day),
                "hold.untilBeforeFrom");
        refused(() -> service.openDispute(1, DisputeCategory.OTHER, " ", day), "dispute.noteRequired");
        refused(() -> service.resolveDispute(1, DisputeResolution.REJECTED, day), "dispute.noneOpen");
        refused(() -> service.markInsolvency(DURAND, day, day.minusDays(1), day),
                "insolvency.publishedBeforeOpening");

        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("worklist_decision") + count("promise_to_pay") + count("call_log") + count("dispute"))
                .isZero();
        assertThat(stateOf(DURAND, day).debtorHold()).isNull();
    }

    @Test
    void insolvencyLeavesOnlyTheClaimToDeclare() {
        LocalDate day = DUE.plusDays(20);
        service.markInsolvency(DURAND, day.minusDays(10), day.minusDays(3), day);
        List<WorklistItem> items = service.worklist(day).stream().filter(i -> i.debtorId() == DURAND).toList();
        assertThat(items).extracting(WorklistItem::kind).containsExactly(WorklistKind.CLAIM_FILING);
        assertThat(items.get(0).deadline()).isEqualTo(day.minusDays(3).plusMonths(2));
    }

    static void refused(ThrowingCallable call, String... keys) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(keys));
    }
}
