package fr.relance.dunning;

import static fr.relance.dunning.WorklistServiceTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Allocation;
import fr.relance.domain.CaseClosing;
import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.CaseMeasures;
import fr.relance.domain.dunning.CaseMeasures.DisputeEntry;
import fr.relance.domain.dunning.CaseMeasures.PromiseEntry;
import fr.relance.domain.dunning.ClaimFilingStatus;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.DunningPolicy;
import fr.relance.domain.dunning.DunningStep;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.InsolvencyProceeding;
import fr.relance.domain.dunning.PromiseStatus;
import fr.relance.domain.dunning.PromiseToPay;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.store.Database;
import fr.relance.store.DunningPolicyRepository;
import fr.relance.store.DunningStateRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.ReceivablesRepository;
import fr.relance.store.TimelineRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up tab's operations on a real data file: each bad input refused with nothing written. */
class CaseMeasuresServiceTest {

    static final LocalDate DUE = LocalDate.of(2026, 9, 1);
    /** The day the controller works in these tests: Durand's and Martin's invoices are 30 days late. */
    static final LocalDate DAY = DUE.plusDays(30);
    static final long DURAND = 1;
    static final long MARTIN = 2;
    static final long LEBLANC = 3;

    @TempDir
    Path dir;
    Database database;
    CaseMeasuresService service;
    WorklistService worklist;
    TimelineRepository timeline;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
        service = new CaseMeasuresService(database, "claire");
        worklist = new WorklistService(database, "claire");
        timeline = new TimelineRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /**
     * Durand owes 1,200 + 300 (FA-2 flagged disputed in the imported ledger); Martin owes 500 and pays 200 on
     * DAY + 5; Leblanc's only invoice is paid in full on DAY + 2.
     */
    static LedgerWriter.Ledger ledger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(DURAND, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(MARTIN, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(LEBLANC, "411LEBLANC", "Leblanc EURL", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                WorklistServiceTest.invoice(1, DURAND, "FA-1", "1200.00"),
                new Invoice(2, DURAND, InvoiceKind.INVOICE, "FA-2", DUE.minusDays(30), DUE, Money.of("250.00"),
                        Money.of("300.00"), "EUR", true, "Quantité contestée"),
                WorklistServiceTest.invoice(3, MARTIN, "FA-3", "500.00"),
                WorklistServiceTest.invoice(4, LEBLANC, "FA-4", "800.00"));
        List<Payment> payments = List.of(
                new Payment(1, MARTIN, DAY.plusDays(5), Money.of("200.00"), "TRANSFER", "VIR MARTIN"),
                new Payment(2, LEBLANC, DAY.plusDays(2), Money.of("800.00"), "TRANSFER", "VIR LEBLANC"));
        List<Allocation> allocations = List.of(
                new Allocation(1, 3, 1L, null, Money.of("200.00"), DAY.plusDays(5)),
                new Allocation(2, 4, 2L, null, Money.of("800.00"), DAY.plusDays(2)));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, payments, allocations);
    }

    int count(String table) {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
    }

    List<String> kinds(long debtorId) {
        return timeline.ofDebtor(debtorId, List.of()).stream().map(CaseEvent::kind).toList();
    }

    /** Executes the debtor's step due on {@code day}: the case opens. */
    void openCase(long debtorId, LocalDate day) {
        WorklistItem item = worklist.worklist(day).stream().filter(i -> i.debtorId() == debtorId)
                .filter(i -> i.kind() == WorklistKind.DUNNING_STEP).findFirst().orElseThrow();
        worklist.execute(item, day, "claire");
    }

    @Test
    void theCaseSummaryShowsTheStageAndWhenItWasReached() {
        assertThat(service.measures(DURAND, DAY).openCase()).isNull();
        openCase(DURAND, DUE.plusDays(7));
        openCase(DURAND, DAY);
        CaseMeasures.OpenCase open = service.measures(DURAND, DAY).openCase();
        assertThat(open.stage()).isEqualTo(fr.relance.domain.CaseStage.FORMAL_NOTICE);
        assertThat(open.openedOn()).isEqualTo(DUE.plusDays(7));
        assertThat(open.stageSince()).isEqualTo(DAY);
        assertThat(service.measures(DURAND, DAY).balance()).isEqualByComparingTo("1500.00");
    }

    @Test
    void anotherPolicyIsAssignedThenTheDefaultAgainEachWithAnEvent() {
        DunningPolicyRepository policies = new DunningPolicyRepository(database);
        long quick = policies.save(new DunningPolicy("Grands comptes", DebtorKind.B2B, List.of(
                new DunningStep(1, 3, DunningAction.EMAIL_REMINDER, "FIRST_REMINDER", Money.of("0"), 0))));
        long consumer = policies.idOf("CONSUMER").orElseThrow();
        CaseMeasures before = service.measures(DURAND, DAY);
        assertThat(before.policies()).extracting(CaseMeasures.PolicyOption::name)
                .containsExactly("B2B", "Grands comptes");
        assertThat(before.currentPolicy()).get().extracting(CaseMeasures.PolicyOption::name).isEqualTo("B2B");

        service.assignPolicy(DURAND, quick, DAY);
        assertThat(service.measures(DURAND, DAY).currentPolicy()).get()
                .extracting(CaseMeasures.PolicyOption::name).isEqualTo("Grands comptes");
        int events = count("case_event");
        refused(() -> service.assignPolicy(DURAND, quick, DAY), CaseMeasuresService.POLICY_UNCHANGED);
        refused(() -> service.assignPolicy(DURAND, consumer, DAY), CaseMeasuresService.POLICY_OTHER_KIND);
        assertThat(count("case_event")).isEqualTo(events);

        service.assignPolicy(DURAND, null, DAY);
        assertThat(service.measures(DURAND, DAY).policyId()).isNull();
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.POLICY_CHANGED))).extracting(CaseEvent::summary)
                .containsExactly("Grands comptes → B2B", "B2B → Grands comptes");
        // Choosing the kind's default by its id keeps the debtor on "the default", not pinned to it.
        refused(() -> service.assignPolicy(DURAND, before.policies().get(0).id(), DAY),
                CaseMeasuresService.POLICY_UNCHANGED);
    }

    @Test
    void aHoldEndingBeforeItStartsIsRefusedAndAValidOneIsShownThenLifted() {
        int events = count("case_event");
        refused(() -> service.holdDebtor(DURAND, DAY.plusDays(10), DAY.plusDays(9), "Congés", DAY),
                Hold.UNTIL_BEFORE_FROM);
        refused(() -> service.holdDebtor(DURAND, DAY.minusDays(10), DAY.minusDays(1), "Congés", DAY),
                Hold.UNTIL_IN_PAST);
        refused(() -> service.holdDebtor(DURAND, DAY, null, " ", DAY), "validation.required", Hold.REASON_REQUIRED);
        refused(() -> service.holdInvoice(DURAND, null, DAY, DAY.plusDays(5), "Avoir", DAY),
                CaseMeasuresService.INVOICE_REQUIRED);
        refused(() -> service.holdInvoice(DURAND, 3L, DAY, DAY.plusDays(5), "Avoir", DAY),
                CaseMeasuresService.INVOICE_NOT_OPEN);
        refused(() -> service.liftHold(DURAND, null, DAY), fr.relance.store.MeasuresJournal.HOLD_NONE);
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(service.measures(DURAND, DAY).debtorHold()).isNull();

        service.holdDebtor(DURAND, DAY, DAY.plusDays(20), "Rachat en cours", DAY);
        service.holdInvoice(DURAND, 1L, DAY.plusDays(2), DAY.plusDays(12), "Avoir à émettre", DAY);
        CaseMeasures held = service.measures(DURAND, DAY);
        assertThat(held.debtorHold()).isEqualTo(new Hold(DAY, DAY.plusDays(20), "Rachat en cours"));
        assertThat(held.invoiceHolds()).singleElement().satisfies(h -> {
            assertThat(h.invoiceNumber()).isEqualTo("FA-1");
            assertThat(h.hold().from()).isEqualTo(DAY.plusDays(2));
        });
        assertThat(new DunningStateRepository(database).statesAsOf(DAY.plusDays(5)).stream()
                .filter(s -> s.debtorId() == DURAND).findFirst().orElseThrow().debtorHold().isActive(DAY.plusDays(5)))
                .isTrue();

        // Lifted on DAY + 5: the debtor's hold ran to DAY + 4; the invoice's had not started, it goes.
        service.liftHold(DURAND, null, DAY.plusDays(5));
        service.liftHold(DURAND, 1L, DAY.plusDays(1));
        assertThat(service.measures(DURAND, DAY.plusDays(5)).debtorHold()).isNull();
        assertThat(service.measures(DURAND, DAY.plusDays(4)).debtorHold().until()).isEqualTo(DAY.plusDays(4));
        assertThat(service.measures(DURAND, DAY).invoiceHolds()).isEmpty();
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.HOLD_LIFTED))).hasSize(2)
                .extracting(CaseEvent::invoiceId).containsExactly(null, 1L);
    }

    @Test
    void aDisputeIsOpenedOnAnOpenInvoiceListedAndResolved() {
        int events = count("case_event");
        refused(() -> service.openDispute(DURAND, null, DisputeCategory.PRICE, null, DAY),
                CaseMeasuresService.INVOICE_REQUIRED);
        refused(() -> service.openDispute(DURAND, 1L, DisputeCategory.OTHER, "  ", DAY), "dispute.noteRequired");
        refused(() -> service.openDispute(DURAND, 1L, null, null, DAY), "validation.required");
        refused(() -> service.resolveDispute(DURAND, 1L, DisputeResolution.REJECTED, DAY),
                CaseMeasuresService.DISPUTE_NOT_OPEN);
        assertThat(count("case_event")).isEqualTo(events);

        service.openDispute(DURAND, 1L, DisputeCategory.PRICE, "Remise de 5 % non appliquée", DAY);
        refused(() -> service.openDispute(DURAND, 1L, DisputeCategory.QUALITY, null, DAY), "dispute.alreadyOpen");
        List<DisputeEntry> disputes = service.measures(DURAND, DAY).disputes();
        // FA-2 is flagged in the imported ledger: listed as an open dispute of unknown date.
        assertThat(disputes).extracting(DisputeEntry::invoiceNumber).containsExactly("FA-2", "FA-1");
        assertThat(disputes.get(0).fromLedger()).isTrue();
        assertThat(disputes.get(0).note()).isEqualTo("Quantité contestée");
        assertThat(disputes.get(1).category()).isEqualTo(DisputeCategory.PRICE);
        assertThat(new ReceivablesRepository(database).openItemsOf(DURAND, DAY))
                .allMatch(fr.relance.domain.OpenItem::disputed);

        service.resolveDispute(DURAND, 1L, DisputeResolution.CREDIT_NOTE, DAY.plusDays(3));
        service.resolveDispute(DURAND, 2L, DisputeResolution.REJECTED, DAY.plusDays(4));
        List<DisputeEntry> resolved = service.measures(DURAND, DAY.plusDays(4)).disputes();
        assertThat(resolved).noneMatch(DisputeEntry::isOpen);
        assertThat(resolved).extracting(DisputeEntry::invoiceNumber, DisputeEntry::resolution,
                        DisputeEntry::resolvedOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FA-2", DisputeResolution.REJECTED, DAY.plusDays(4)),
                        org.assertj.core.groups.Tuple.tuple("FA-1", DisputeResolution.CREDIT_NOTE, DAY.plusDays(3)));
        // The ledger's dispute keeps saying where it came from once resolved: no category, no opening date.
        assertThat(resolved.get(0).fromLedger()).isTrue();
        assertThat(resolved.get(0).category()).isNull();
        assertThat(resolved.get(0).openedOn()).isNull();
        assertThat(resolved.get(0).note()).isEqualTo("Quantité contestée");
        assertThat(resolved.get(1).fromLedger()).isFalse();
        assertThat(new ReceivablesRepository(database).openItemsOf(DURAND, DAY)).noneMatch(
                fr.relance.domain.OpenItem::disputed);
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.DISPUTE_RESOLVED))).hasSize(2);
    }

    @Test
    void aPromiseInThePastOrAboveTheBalanceIsRefused() {
        int events = count("case_event");
        refused(() -> service.recordPromise(DURAND, DAY.minusDays(1), Money.of("100.00"), DAY),
                PromiseToPay.DUE_IN_PAST);
        refused(() -> service.recordPromise(DURAND, DAY.plusDays(7), Money.of("1500.01"), DAY),
                PromiseToPay.AMOUNT_ABOVE_BALANCE);
        refused(() -> service.recordPromise(DURAND, DAY.plusDays(7), BigDecimal.ZERO, DAY),
                PromiseToPay.AMOUNT_POSITIVE);
        refused(() -> service.recordPromise(DURAND, DAY.plusDays(7), new BigDecimal("10.005"), DAY),
                CaseMeasuresService.AMOUNT_CENTS);
        refused(() -> service.recordPromise(DURAND, null, null, DAY), "validation.required", "validation.required");
        // The worklist's own ways to record a promise check the balance too.
        refused(() -> worklist.recordPromise(MARTIN, DAY, DAY.plusDays(3), Money.of("600.00")),
                PromiseToPay.AMOUNT_ABOVE_BALANCE);
        refused(() -> worklist.logCall(MARTIN, DAY, CallOutcome.PROMISED, null, null, DAY.plusDays(3),
                Money.of("600.00")), PromiseToPay.AMOUNT_ABOVE_BALANCE);
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("promise_to_pay")).isZero();

        service.recordPromise(DURAND, DAY.plusDays(7), Money.of("1500.00"), DAY);
        assertThat(service.measures(DURAND, DAY).openPromises()).hasSize(1);
    }

    @Test
    void promisesAreKeptOrBrokenFromThePaymentsAndAnOpenOneCanBeCancelled() {
        service.recordPromise(MARTIN, DAY.plusDays(6), Money.of("200.00"), DAY);
        service.recordPromise(DURAND, DAY.plusDays(3), Money.of("300.00"), DAY);

        PromiseEntry martin = service.measures(MARTIN, DAY.plusDays(10)).promises().get(0);
        assertThat(martin.status()).isEqualTo(PromiseStatus.KEPT);
        assertThat(martin.paid()).isEqualByComparingTo("200.00");
        assertThat(service.measures(DURAND, DAY.plusDays(2)).promises().get(0).isOpen()).isTrue();
        assertThat(service.measures(DURAND, DAY.plusDays(4)).promises().get(0).status())
                .isEqualTo(PromiseStatus.BROKEN);
        refused(() -> service.cancelPromise(MARTIN, martin.id(), "Erreur", DAY.plusDays(10)),
                fr.relance.store.MeasuresJournal.PROMISE_NOT_OPEN);

        long durand = service.measures(DURAND, DAY.plusDays(1)).promises().get(0).id();
        refused(() -> service.cancelPromise(DURAND, durand, " ", DAY.plusDays(1)), WorklistService.REASON_REQUIRED);
        service.cancelPromise(DURAND, durand, "Le client conteste finalement", DAY.plusDays(1));
        PromiseEntry cancelled = service.measures(DURAND, DAY.plusDays(1)).promises().get(0);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.isOpen()).isFalse();
        CaseEvent reversal = timeline.ofDebtor(DURAND, List.of(CaseEvent.REVERSAL)).get(0);
        assertThat(reversal.reversesEventId())
                .isEqualTo(timeline.ofDebtor(DURAND, List.of(CaseEvent.PROMISE_MADE)).get(0).id());
        assertThat(reversal.summary()).isEqualTo("PROMISE_MADE: Le client conteste finalement");
        // Dunning no longer waits for it.
        assertThat(new DunningStateRepository(database).statesAsOf(DAY.plusDays(1)).stream()
                .filter(s -> s.debtorId() == DURAND).findFirst().orElseThrow().promise()).isNull();
        refused(() -> service.cancelPromise(DURAND, durand, "Encore", DAY.plusDays(1)),
                fr.relance.store.MeasuresJournal.PROMISE_NOT_OPEN);
    }

    @Test
    void reversingAPromiseInTheTimelineCancelsItToo() {
        service.recordPromise(DURAND, DAY.plusDays(3), Money.of("300.00"), DAY);
        long event = timeline.ofDebtor(DURAND, List.of(CaseEvent.PROMISE_MADE)).get(0).id();
        timeline.reverse(event, "claire", "Saisie en double", DAY);
        assertThat(service.measures(DURAND, DAY).promises().get(0).cancelled()).isTrue();
    }

    @Test
    void insolvencyIsMarkedWithItsClaimDeadlineThenLiftedByAReversal() {
        int events = count("case_event");
        refused(() -> service.markInsolvency(DURAND, InsolvencyProceeding.RECEIVERSHIP, DAY.minusDays(5),
                DAY.minusDays(6), DAY), "insolvency.publishedBeforeOpening");
        refused(() -> service.markInsolvency(DURAND, null, null, DAY.plusDays(1), DAY),
                CaseMeasuresService.KIND_REQUIRED, "validation.required");
        refused(() -> service.liftInsolvency(DURAND, "Erreur", DAY), fr.relance.store.MeasuresJournal.INSOLVENCY_NONE);
        assertThat(count("case_event")).isEqualTo(events);

        service.markInsolvency(DURAND, InsolvencyProceeding.LIQUIDATION, DAY.minusDays(20), DAY.minusDays(10), DAY);
        CaseMeasures.Insolvency insolvency = service.measures(DURAND, DAY).insolvency();
        assertThat(insolvency.proceeding()).isEqualTo(InsolvencyProceeding.LIQUIDATION);
        assertThat(insolvency.watch().claimFilingDeadline()).isEqualTo(DAY.minusDays(10).plusMonths(2));
        assertThat(insolvency.watch().status(DAY)).isEqualTo(ClaimFilingStatus.TO_FILE);
        assertThat(worklist.worklist(DAY).stream().filter(i -> i.debtorId() == DURAND))
                .extracting(WorklistItem::kind).containsExactly(WorklistKind.CLAIM_FILING);
        refused(() -> service.markInsolvency(DURAND, InsolvencyProceeding.SAFEGUARD, DAY.minusDays(2),
                DAY.minusDays(1), DAY), fr.relance.store.MeasuresJournal.INSOLVENCY_ALREADY);
        refused(() -> service.liftInsolvency(DURAND, "", DAY), WorklistService.REASON_REQUIRED);

        service.liftInsolvency(DURAND, "Homonyme : ce n'est pas notre client", DAY);
        assertThat(service.measures(DURAND, DAY).insolvency()).isNull();
        CaseEvent reversal = timeline.ofDebtor(DURAND, List.of(CaseEvent.REVERSAL)).get(0);
        assertThat(reversal.reversesEventId())
                .isEqualTo(timeline.ofDebtor(DURAND, List.of(CaseEvent.INSOLVENCY_OPENED)).get(0).id());
        assertThat(worklist.worklist(DAY).stream().filter(i -> i.debtorId() == DURAND))
                .extracting(WorklistItem::kind).doesNotContain(WorklistKind.CLAIM_FILING);
    }

    @Test
    void aCaseIsClosedAsPaidOnlyWhenNothingIsLeftAndWrittenOffWithAReason() {
        int events = count("case_event");
        refused(() -> service.closeCase(DURAND, CaseClosingReason.PAID, null, DAY),
                fr.relance.store.MeasuresJournal.CASE_NONE_OPEN);
        assertThat(count("case_event")).isEqualTo(events);

        openCase(DURAND, DAY);
        openCase(LEBLANC, DAY);
        events = count("case_event");
        refused(() -> service.closeCase(DURAND, CaseClosingReason.PAID, null, DAY), CaseClosing.OPEN_INVOICES_REMAIN);
        refused(() -> service.closeCase(DURAND, CaseClosingReason.SETTLED, "Accord", DAY),
                CaseClosing.OPEN_INVOICES_REMAIN);
        refused(() -> service.closeCase(DURAND, CaseClosingReason.WRITTEN_OFF, " ", DAY),
                CaseClosing.WRITE_OFF_NOTE_REQUIRED);
        refused(() -> service.closeCase(DURAND, null, null, DAY), CaseClosing.REASON_REQUIRED);
        refused(() -> service.closeCase(LEBLANC, CaseClosingReason.PAID, null, DAY), CaseClosing.OPEN_INVOICES_REMAIN);
        assertThat(count("case_event")).isEqualTo(events);

        service.closeCase(LEBLANC, CaseClosingReason.PAID, null, DAY.plusDays(2));
        assertThat(service.measures(LEBLANC, DAY.plusDays(2)).openCase()).isNull();

        service.closeCase(DURAND, CaseClosingReason.WRITTEN_OFF, "Débiteur disparu, courriers retournés", DAY);
        assertThat(service.measures(DURAND, DAY).openCase()).isNull();
        assertThat(new ReceivablesRepository(database).openItemsOf(DURAND, DAY)).isEmpty();
        assertThat(new ReceivablesRepository(database).openItemsOf(DURAND, DAY.minusDays(1))).hasSize(2);
        assertThat(worklist.worklist(DAY.plusDays(30))).noneMatch(i -> i.debtorId() == DURAND);
        CaseEvent closing = timeline.ofDebtor(DURAND, List.of(CaseEvent.STAGE_CHANGED)).get(0);
        assertThat(closing.summary())
                .isEqualTo("FORMAL_NOTICE → CLOSED (WRITTEN_OFF): Débiteur disparu, courriers retournés");
        assertThat(closing.amount()).isEqualByComparingTo("1500.00");
        assertThat(database.dsl().fetchOne("SELECT closed_reason FROM collection_case WHERE debtor_id = " + DURAND)
                .get(0, String.class)).isEqualTo("WRITTEN_OFF");
    }

    @Test
    void aDebtorWithoutACaseIsWrittenOffInACaseOpenedAndClosedTogether() {
        service.closeCase(MARTIN, CaseClosingReason.WRITTEN_OFF, "Liquidation judiciaire clôturée", DAY);
        assertThat(service.measures(MARTIN, DAY).openCase()).isNull();
        assertThat(database.dsl().fetchOne("SELECT COUNT(*) FROM collection_case WHERE debtor_id = " + MARTIN
                + " AND closed_reason = 'WRITTEN_OFF' AND opened_on = closed_on").get(0, Integer.class)).isEqualTo(1);
        assertThat(timeline.ofDebtor(MARTIN, List.of())).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(CaseEvent.STAGE_CHANGED);
            assertThat(event.summary()).isEqualTo("→ CLOSED (WRITTEN_OFF): Liquidation judiciaire clôturée");
            assertThat(event.amount()).isEqualByComparingTo("500.00");
        });
    }

    @Test
    void theStageChangesByHandWithAReasonEachTimeAnEvent() {
        int events = count("case_event");
        refused(() -> service.changeStage(DURAND, null, " ", DAY), "validation.required",
                WorklistService.REASON_REQUIRED);
        refused(() -> service.changeStage(DURAND, fr.relance.domain.CaseStage.CLOSED, "Payé", DAY),
                CaseMeasuresService.STAGE_CLOSED_BY_CLOSING);
        assertThat(count("case_event")).isEqualTo(events);

        // No case yet: it opens at the stage chosen.
        service.changeStage(DURAND, fr.relance.domain.CaseStage.LEGAL, "Requête en injonction de payer", DAY);
        assertThat(service.measures(DURAND, DAY).openCase().stage()).isEqualTo(fr.relance.domain.CaseStage.LEGAL);
        refused(() -> service.changeStage(DURAND, fr.relance.domain.CaseStage.LEGAL, "Encore", DAY),
                fr.relance.store.MeasuresJournal.STAGE_UNCHANGED);
        service.changeStage(DURAND, fr.relance.domain.CaseStage.AMICABLE, "Accord trouvé", DAY.plusDays(2));
        CaseMeasures.OpenCase open = service.measures(DURAND, DAY.plusDays(2)).openCase();
        assertThat(open.stage()).isEqualTo(fr.relance.domain.CaseStage.AMICABLE);
        assertThat(open.stageSince()).isEqualTo(DAY.plusDays(2));
        assertThat(timeline.ofDebtor(DURAND, List.of(CaseEvent.STAGE_CHANGED))).extracting(CaseEvent::summary)
                .containsExactly("LEGAL → AMICABLE: Accord trouvé", "→ LEGAL: Requête en injonction de payer");
    }
}
