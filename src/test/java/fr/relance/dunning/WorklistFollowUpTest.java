package fr.relance.dunning;

import static fr.relance.dunning.WorklistServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Allocation;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.ClaimDeclaration;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.InvoiceLimitation;
import fr.relance.domain.dunning.LastAction;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.store.Database;
import fr.relance.store.DunningStateRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.TimelineRepository;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worklist lines beyond the dunning steps, and reversals, on a real data file over dates: limitation warnings,
 * call-backs, call steps, claim filings; every decision undone by reversing its event.
 */
class WorklistFollowUpTest {

    static final LocalDate DUE = LocalDate.of(2026, 9, 1);
    static final long DURAND = 1;
    static final long MARTIN = 2;
    /** Old invoices: FA-10 due 01/06/2021, FA-11 due 01/09/2021 part paid 10/01/2023, FA-12 due 01/08/2021. */
    static final long ANCIEN = 3;
    /** A consumer: FA-20 due 01/06/2024. */
    static final long LEROY = 4;

    @TempDir
    Path dir;
    Database database;
    WorklistService service;
    CaseHistoryService history;
    TimelineRepository timeline;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
        service = new WorklistService(database, "claire");
        history = new CaseHistoryService(database, "claire");
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
                new Debtor(MARTIN, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(ANCIEN, "411ANCIEN", "Ancien & Fils", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(LEROY, "C000004", "Paul Leroy", DebtorKind.CONSUMER, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                invoice(1, DURAND, "FA-1", DUE, "1200.00"),
                invoice(2, DURAND, "FA-2", DUE, "300.00"),
                invoice(3, MARTIN, "FA-3", DUE, "500.00"),
                invoice(10, ANCIEN, "FA-10", LocalDate.of(2021, 6, 1), "800.00"),
                invoice(11, ANCIEN, "FA-11", LocalDate.of(2021, 9, 1), "900.00"),
                invoice(12, ANCIEN, "FA-12", LocalDate.of(2021, 8, 1), "700.00"),
                invoice(20, LEROY, "FA-20", LocalDate.of(2024, 6, 1), "240.00"));
        List<Payment> payments = List.of(new Payment(1, ANCIEN, LocalDate.of(2023, 1, 10), Money.of("100.00"),
                "TRANSFER", "VIR ANCIEN"));
        List<Allocation> allocations = List.of(new Allocation(1, 11, 1L, null, Money.of("100.00"),
                LocalDate.of(2023, 1, 10)));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, payments, allocations);
    }

    static Invoice invoice(long id, long debtor, String number, LocalDate due, String amount) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, InvoiceKind.INVOICE, number, due.minusDays(30), due,
                Money.cents(ttc.divide(new BigDecimal("1.2"), MathContext.DECIMAL64)), ttc, "EUR", false, null);
    }

    List<WorklistItem> linesOf(long debtorId, LocalDate asOf) {
        return service.worklist(asOf).stream().filter(i -> i.debtorId() == debtorId).toList();
    }

    Optional<WorklistItem> line(long debtorId, WorklistKind kind, LocalDate asOf) {
        return linesOf(debtorId, asOf).stream().filter(i -> i.kind() == kind).findFirst();
    }

    int count(String table) {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
    }

    String caseStage(long debtorId) {
        return database.dsl().fetchOne("SELECT stage FROM collection_case WHERE debtor_id = " + debtorId
                + " AND closed_on IS NULL").get(0, String.class);
    }

    /**
     * @param acknowledgement none, written (FA-10 only), writtenAll (every invoice), plan (a signed payment plan),
     *                        reversed (a written acknowledgement of FA-10, reversed)
     */
    @ParameterizedTest(name = "{0} on {1}: FA-10 ends {2}, warned {3}")
    @CsvSource(nullValues = "-", value = {
            // B2B: 5 years from the due date; flagged from 6 months before
            "none,       2025-11-30, 2026-06-01, -",
            "none,       2025-12-01, 2026-06-01, 10",
            // FA-12 (01/08/2026) joins on 01/02/2026; FA-11 was restarted by its part payment (ends 10/01/2028)
            "none,       2026-02-01, 2026-06-01, 10 12",
            "none,       2026-06-01, 2026-06-01, 10 12",
            // time-barred the day after: no longer flagged
            "none,       2026-06-02, 2026-06-01, 12",
            "written,    2026-02-01, 2030-05-01, 12",
            "writtenAll, 2026-02-01, 2030-05-01, -",
            "plan,       2026-02-01, 2030-05-01, -",
            "reversed,   2026-02-01, 2026-06-01, 10 12",
    })
    void limitationDatesAndWarningsOverDates(String acknowledgement, LocalDate asOf, LocalDate fa10Ends,
                                            String warned) {
        LocalDate signed = LocalDate.of(2025, 5, 1);
        switch (acknowledgement) {
            case "written" -> history.acknowledgeDebt(ANCIEN, 10L, signed, "Lettre du gérant", asOf);
            case "writtenAll" -> history.acknowledgeDebt(ANCIEN, null, signed, null, asOf);
            case "plan" -> database.dsl().execute("INSERT INTO payment_plan (debtor_id, agreed_on, total) "
                    + "VALUES (?, ?, 2300)", ANCIEN, signed);
            case "reversed" -> history.reverse(history.acknowledgeDebt(ANCIEN, 10L, signed, null, asOf),
                    "Mauvais débiteur", asOf);
            default -> { }
        }

        Map<Long, InvoiceLimitation> dates = history.limitations(ANCIEN, asOf);
        assertThat(dates.get(10L).limitationDate()).isEqualTo(fa10Ends);
        assertThat(dates.get(11L).limitationDate()).isEqualTo(acknowledgement.equals("writtenAll")
                || acknowledgement.equals("plan") ? LocalDate.of(2030, 5, 1) : LocalDate.of(2028, 1, 10));

        List<Long> expected = warned == null ? List.of()
                : java.util.Arrays.stream(warned.split(" ")).map(Long::valueOf).toList();
        assertThat(new DunningStateRepository(database).statesAsOf(asOf).stream()
                .filter(s -> s.debtorId() == ANCIEN).findFirst().orElseThrow().limitationWarnings())
                .isEqualTo(expected);
        Optional<WorklistItem> warning = line(ANCIEN, WorklistKind.LIMITATION_WARNING, asOf);
        assertThat(warning.map(WorklistItem::invoiceIds)).isEqualTo(warned == null ? Optional.empty()
                : Optional.of(expected));
        // The line's deadline is the soonest limitation date among its invoices
        warning.ifPresent(item -> assertThat(item.deadline()).isEqualTo(dates.get(expected.get(0)).limitationDate()));
    }

    @Test
    void aConsumerClaimIsFlaggedEighteenMonthsAfterItsDueDate() {
        assertThat(line(LEROY, WorklistKind.LIMITATION_WARNING, LocalDate.of(2025, 11, 30))).isEmpty();
        WorklistItem item = line(LEROY, WorklistKind.LIMITATION_WARNING, LocalDate.of(2025, 12, 1)).orElseThrow();
        assertThat(item.deadline()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(item.amount()).isEqualByComparingTo("240.00");
    }

    @Test
    void aLimitationWarningTakenNoteOfLeavesUntilANewInvoiceComesAndItsReversalBringsItBack() {
        LocalDate day = LocalDate.of(2025, 12, 10);
        WorklistItem warning = line(ANCIEN, WorklistKind.LIMITATION_WARNING, day).orElseThrow();
        assertThat(warning.invoiceIds()).containsExactly(10L);

        long noted = service.skip(warning, day, "Assignation en préparation chez l'avocat");
        assertThat(line(ANCIEN, WorklistKind.LIMITATION_WARNING, day)).isEmpty();
        assertThat(line(ANCIEN, WorklistKind.LIMITATION_WARNING, day.plusDays(30))).isEmpty();
        // FA-12 enters its window on 01/02/2026: the line comes back for it alone
        assertThat(line(ANCIEN, WorklistKind.LIMITATION_WARNING, LocalDate.of(2026, 2, 1)).orElseThrow().invoiceIds())
                .containsExactly(12L);
        // The dunning steps were not touched by the note
        assertThat(linesOf(ANCIEN, day)).anyMatch(i -> i.kind() == WorklistKind.DUNNING_STEP);

        history.reverse(noted, "Pris en compte par erreur", day);
        assertThat(line(ANCIEN, WorklistKind.LIMITATION_WARNING, day.plusDays(1)).orElseThrow().invoiceIds())
                .containsExactly(10L);
        assertThat(timeline.ofDebtor(ANCIEN, List.of(CaseEvent.STEP_SKIPPED, CaseEvent.REVERSAL))).hasSize(2);
    }

    @Test
    void aPostponedLimitationWarningComesBackOnTheDay() {
        LocalDate day = LocalDate.of(2025, 12, 10);
        WorklistItem warning = line(ANCIEN, WorklistKind.LIMITATION_WARNING, day).orElseThrow();
        service.postpone(warning, day, day.plusDays(14), "Attente du retour de l'avocat");
        assertThat(line(ANCIEN, WorklistKind.LIMITATION_WARNING, day.plusDays(13))).isEmpty();
        assertThat(line(ANCIEN, WorklistKind.LIMITATION_WARNING, day.plusDays(14))).isPresent();
    }

    @Test
    void aCallLoggedFromACallBackLineSettlesItAPostponementMovesItAndReversalsUndoBoth() {
        LocalDate day = DUE.plusDays(10);
        service.logCall(DURAND, day, CallOutcome.CALL_BACK, "Rappeler le comptable", day.plusDays(3), null, null);
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(2))).isEmpty();
        WorklistItem callBack = line(DURAND, WorklistKind.CALL_BACK, day.plusDays(3)).orElseThrow();
        assertThat(callBack.deadline()).isEqualTo(day.plusDays(3));

        // postponed to day + 6: not before, back that day; the dunning steps were not postponed
        long postponed = service.postpone(callBack, day.plusDays(3), day.plusDays(6), "Comptable absent");
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(4))).isEmpty();
        assertThat(line(DURAND, WorklistKind.DUNNING_STEP, day.plusDays(4))).isPresent();
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(6))).isPresent();
        history.reverse(postponed, "Erreur de ligne", day.plusDays(4));
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(4))).isPresent();

        // the call made from the line settles it
        WorklistItem again = line(DURAND, WorklistKind.CALL_BACK, day.plusDays(6)).orElseThrow();
        long call = service.logCall(again, day.plusDays(6), CallOutcome.REACHED, "Virement la semaine prochaine",
                null, null, null);
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(6))).isEmpty();
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(20))).isEmpty();
        // reversing that call: as if it had not been made, the call-back is due again
        history.reverse(call, "Appel noté sur le mauvais dossier", day.plusDays(7));
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(7))).isPresent();
    }

    @Test
    void aSkippedCallBackIsDroppedUntilAnotherCallAgreesOnOne() {
        LocalDate day = DUE.plusDays(10);
        service.logCall(DURAND, day, CallOutcome.CALL_BACK, null, day.plusDays(3), null, null);
        service.skip(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(3)).orElseThrow(), day.plusDays(3),
                "Le client a payé par chèque, à vérifier");
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(5))).isEmpty();
        service.logCall(DURAND, day.plusDays(5), CallOutcome.VOICEMAIL, null, day.plusDays(8), null, null);
        assertThat(line(DURAND, WorklistKind.CALL_BACK, day.plusDays(8))).isPresent();
    }

    @Test
    void aCallStepLoggedWithItsOutcomeIsTheStepsExecutionAndItsReversalBringsTheStepBack() {
        LocalDate day = DUE.plusDays(21);
        WorklistItem step = line(DURAND, WorklistKind.DUNNING_STEP, day).orElseThrow();
        assertThat(step.action()).isEqualTo(DunningAction.PHONE_CALL);
        assertThat(step.isCall()).isTrue();
        refused(() -> service.execute(step, day, "claire"), WorklistService.CALL_NEEDS_OUTCOME);

        long call = service.logCall(step, day, CallOutcome.PROMISED, "Promet 1 500 €", null, day.plusDays(5),
                Money.of("1500.00"));

        assertThat(line(DURAND, WorklistKind.DUNNING_STEP, day)).isEmpty();
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.CALL))).extracting(CaseEvent::id)
                .containsExactly(call);
        assertThat(count("worklist_decision WHERE decision = 'EXECUTED' AND event_id = " + call)).isOne();
        assertThat(count("promise_to_pay")).isOne();
        assertThat(caseStage(DURAND)).isEqualTo("AMICABLE");
        // a second call the same day is logged, the step is not recorded twice
        service.logCall(step, day, CallOutcome.VOICEMAIL, null, null, null, null);
        assertThat(count("call_log")).isEqualTo(2);
        assertThat(count("worklist_decision")).isOne();

        history.reverse(call, "Ce n'était pas ce débiteur", day);
        // the step and the promise made during the call no longer count... but the promise has its own event
        assertThat(new DunningStateRepository(database).statesAsOf(day).stream().filter(s -> s.debtorId() == DURAND)
                .findFirst().orElseThrow().lastAction()).isNull();
    }

    @Test
    void aDeclaredClaimLeavesTheWorklistAndItsReversalBringsTheLineBack() {
        LocalDate opened = DUE.plusDays(20);
        LocalDate published = DUE.plusDays(28);
        LocalDate day = DUE.plusDays(40);
        service.markInsolvency(MARTIN, opened, published, day);
        WorklistItem claim = line(MARTIN, WorklistKind.CLAIM_FILING, day).orElseThrow();
        assertThat(claim.deadline()).isEqualTo(published.plusMonths(2));
        assertThat(claim.isDeferrable()).isFalse();
        int events = count("case_event");

        refused(() -> service.execute(claim, day, "claire"), WorklistService.CLAIM_NEEDS_DECLARATION);
        refused(() -> service.postpone(claim, day, day.plusDays(5), "Plus tard"), WorklistService.CLAIM_NOT_DEFERRABLE);
        refused(() -> service.skip(claim, day, "Montant trop faible"), WorklistService.CLAIM_NOT_DEFERRABLE);
        refused(() -> service.declareClaim(MARTIN, day, published.minusDays(1), Money.of("500.00"), "Me Dupont",
                null), "insolvency.filedBeforePublication");
        refused(() -> service.declareClaim(MARTIN, day, day.plusDays(1), Money.of("0"), " ", null),
                ClaimDeclaration.DATE_IN_FUTURE, ClaimDeclaration.AMOUNT_POSITIVE,
                ClaimDeclaration.REPRESENTATIVE_REQUIRED);
        refused(() -> service.declareClaim(DURAND, day, day, Money.of("10.00"), "Me Dupont", null),
                ClaimDeclaration.NOT_IN_PROCEEDINGS);
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("claim_declaration")).isZero();

        long declared = service.declareClaim(MARTIN, day, day, new BigDecimal("500"), "Me Dupont, mandataire judiciaire",
                "LRAR 1A 123 456 7890 1");
        assertThat(line(MARTIN, WorklistKind.CLAIM_FILING, day)).isEmpty();
        assertThat(line(MARTIN, WorklistKind.CLAIM_FILING, day.plusDays(10))).isEmpty();
        CaseEvent event = timeline.find(declared).orElseThrow();
        assertThat(event.kind()).isEqualTo(CaseEvent.CLAIM_DECLARED);
        assertThat(event.amount()).isEqualByComparingTo("500.00");
        assertThat(event.summary()).isEqualTo("Me Dupont, mandataire judiciaire: LRAR 1A 123 456 7890 1");
        assertThat(claimDeclaredOn(MARTIN)).isEqualTo(day);
        refused(() -> service.declareClaim(MARTIN, day, day, Money.of("500.00"), "Me Dupont", null),
                ClaimDeclaration.ALREADY_DECLARED);

        history.reverse(declared, "Déclarée au mauvais mandataire", day.plusDays(1));
        assertThat(claimDeclaredOn(MARTIN)).isNull();
        assertThat(line(MARTIN, WorklistKind.CLAIM_FILING, day.plusDays(1))).isPresent();
        service.declareClaim(MARTIN, day.plusDays(1), day.plusDays(1), Money.of("500.00"), "Me Martin", null);
        assertThat(claimDeclaredOn(MARTIN)).isEqualTo(day.plusDays(1));
    }

    LocalDate claimDeclaredOn(long debtorId) {
        return database.dsl().fetchOne("SELECT claim_declared_on FROM debtor WHERE id = " + debtorId)
                .get(0, LocalDate.class);
    }

    @Test
    void reversingAnExecutionPutsTheStepAndTheStageBackAndTheStepCanBeExecutedAgain() {
        LocalDate day = DUE.plusDays(30);
        WorklistItem notice = line(DURAND, WorklistKind.DUNNING_STEP, day).orElseThrow();
        assertThat(notice.action()).isEqualTo(DunningAction.FORMAL_NOTICE);
        long executed = service.execute(notice, day, "claire").orElseThrow();
        assertThat(caseStage(DURAND)).isEqualTo("FORMAL_NOTICE");
        assertThat(line(DURAND, WorklistKind.DUNNING_STEP, day)).isEmpty();

        history.reverse(executed, "LRAR non partie", day);

        assertThat(line(DURAND, WorklistKind.DUNNING_STEP, day)).get().extracting(WorklistItem::action)
                .isEqualTo(DunningAction.FORMAL_NOTICE);
        assertThat(caseStage(DURAND)).isEqualTo("AMICABLE");
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.STAGE_CHANGED))).extracting(CaseEvent::summary)
                .containsExactly("FORMAL_NOTICE → AMICABLE", "→ FORMAL_NOTICE");
        // the original and its reversal both stay
        assertThat(timeline.find(executed)).isPresent();
        assertThat(service.execute(notice, day, "claire")).as("not a duplicate of a reversed execution").isPresent();
        assertThat(caseStage(DURAND)).isEqualTo("FORMAL_NOTICE");
        refused(() -> history.reverse(executed, "encore", day), "timeline.reverse.notAllowed");
        refused(() -> history.reverse(executed + 1000, "inconnu", day), "timeline.reverse.notAllowed");
        refused(() -> history.reverse(executed, " ", day), WorklistService.REASON_REQUIRED);
    }

    @Test
    void aStageSomeoneMovedSinceIsLeftAsItIs() {
        LocalDate day = DUE.plusDays(7);
        service.execute(line(DURAND, WorklistKind.DUNNING_STEP, day).orElseThrow(), day, "claire");
        long notice = service.execute(line(DURAND, WorklistKind.DUNNING_STEP, DUE.plusDays(30)).orElseThrow(),
                DUE.plusDays(30), "claire").orElseThrow();
        long agency = service.execute(line(DURAND, WorklistKind.DUNNING_STEP, DUE.plusDays(60)).orElseThrow(),
                DUE.plusDays(60), "claire").orElseThrow();
        assertThat(caseStage(DURAND)).isEqualTo("AGENCY");
        history.reverse(notice, "Erreur", DUE.plusDays(61));
        assertThat(caseStage(DURAND)).as("raised again by the agency proposal since").isEqualTo("AGENCY");
        history.reverse(agency, "Erreur", DUE.plusDays(61));
        assertThat(caseStage(DURAND)).isEqualTo("FORMAL_NOTICE");
    }

    @Test
    void aSelectionIsCheckedWholeBeforeAnythingIsWrittenThenEachLineIsRecordedOnce() {
        LocalDate day = DUE.plusDays(40);
        service.markInsolvency(MARTIN, day.minusDays(5), day.minusDays(2), day);
        WorklistItem claim = line(MARTIN, WorklistKind.CLAIM_FILING, day).orElseThrow();
        WorklistItem durand = line(DURAND, WorklistKind.DUNNING_STEP, day).orElseThrow();
        WorklistItem ancien = line(ANCIEN, WorklistKind.DUNNING_STEP, day).orElseThrow();
        int events = count("case_event");

        refused(() -> service.postponeAll(List.of(durand, claim), day, day.plusDays(5), "Congés"),
                WorklistService.CLAIM_NOT_DEFERRABLE);
        refused(() -> service.executeAll(List.of(durand, claim), day, "claire"),
                WorklistService.CLAIM_NEEDS_DECLARATION);
        assertThat(count("case_event")).isEqualTo(events);

        assertThat(service.postponeAll(List.of(durand, ancien), day, day.plusDays(5), "Congés")).isEqualTo(2);
        assertThat(count("worklist_decision")).isEqualTo(2);
        // the same batch again (a double click that got through): nothing more
        service.postponeAll(List.of(durand, ancien), day, day.plusDays(5), "Congés");
        assertThat(count("worklist_decision")).isEqualTo(2);
        assertThat(count("case_event")).isEqualTo(events + 2);
    }

    @Test
    void aBrokenPromiseWithNoStepLeftIsDealtWithBySkippingIt() {
        LocalDate last = DUE.plusDays(120);
        WorklistItem legal = line(DURAND, WorklistKind.DUNNING_STEP, last).orElseThrow();
        assertThat(legal.action()).isEqualTo(DunningAction.LEGAL_REVIEW);
        service.execute(legal, last, "claire");
        service.recordPromise(DURAND, last.plusDays(1), last.plusDays(5), Money.of("1500.00"));

        WorklistItem broken = line(DURAND, WorklistKind.BROKEN_PROMISE, last.plusDays(6)).orElseThrow();
        assertThat(broken.action()).isNull();
        assertThat(broken.hasFlag(WorklistItem.FLAG_BROKEN_PROMISE)).isTrue();
        service.skip(broken, last.plusDays(6), "Dossier transmis à l'avocat");
        assertThat(line(DURAND, WorklistKind.BROKEN_PROMISE, last.plusDays(7))).isEmpty();
        assertThat(new DunningStateRepository(database).statesAsOf(last.plusDays(7)).stream()
                .filter(s -> s.debtorId() == DURAND).findFirst().orElseThrow().lastAction())
                .isEqualTo(new LastAction(6, last));
    }
}
