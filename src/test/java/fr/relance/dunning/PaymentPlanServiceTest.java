package fr.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.Invoice;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.Frequency;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.dunning.InstalmentLine;
import fr.relance.domain.dunning.InstalmentStatus;
import fr.relance.domain.dunning.PaymentPlan;
import fr.relance.domain.dunning.PlanInvoice;
import fr.relance.domain.dunning.PlanStanding;
import fr.relance.domain.dunning.PlanStatus;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payment plans on a real data file. Durand owes FA-1 (1,200.00) and FA-2 (300.00), both due on 1 September 2026;
 * the plan is entered on 23 November 2026: 3 × 500.00 on 1 December, 1 January and 1 February, signed that day.
 */
class PaymentPlanServiceTest {

    static final LocalDate TODAY = WorklistServiceTest.DUE.plusDays(83);
    static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    static final LocalDate FEB_1 = LocalDate.of(2027, 2, 1);
    static final long DURAND = WorklistServiceTest.DURAND;
    static final long MARTIN = WorklistServiceTest.MARTIN;

    @TempDir
    Path dir;
    Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static LedgerWriter.Ledger ledger() {
        LedgerWriter.Ledger base = WorklistServiceTest.ledger();
        List<Debtor> debtors = new ArrayList<>(base.debtors());
        debtors.add(new Debtor(3, "411PETIT", "Petit SAS", DebtorKind.B2B, null, null,
                PostalAddress.france("1 place Bellecour", "69002", "Lyon"), "fr"));
        List<Invoice> invoices = new ArrayList<>(base.invoices());
        // Petit's only invoice falls due after the day the plan is entered: nothing to spread.
        Invoice notDue = WorklistServiceTest.invoice(4, 3, "FA-4", "800.00");
        invoices.add(new Invoice(notDue.id(), notDue.debtorId(), notDue.kind(), notDue.number(), TODAY.minusDays(5),
                TODAY.plusDays(25), notDue.amountExclVat(), notDue.amountInclVat(), "EUR", false, null));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, List.of(), List.of());
    }

    /** The service as it runs on {@code today} (the follow-up never looks past it). */
    PaymentPlanService serviceOn(LocalDate today) {
        return new PaymentPlanService(database, "claire",
                Clock.fixed(today.atTime(9, 0).atZone(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris")));
    }

    static List<Instalment> threeMonthly() {
        return PaymentPlan.propose(Money.of("1500.00"), 3, Frequency.MONTHLY, DEC_1).instalments();
    }

    long saveThePlan() {
        return serviceOn(TODAY).save(DURAND, Frequency.MONTHLY, threeMonthly(), TODAY, TODAY);
    }

    /** A payment received on {@code on}, allocated in full to the invoice. */
    void pay(long invoiceId, String amount, LocalDate on) {
        var dsl = database.dsl();
        long debtor = dsl.fetchOne("SELECT debtor_id FROM invoice WHERE id = ?", invoiceId).get(0, Long.class);
        long paymentId = dsl.fetchOne("SELECT COALESCE(MAX(id), 0) + 1 FROM payment").get(0, Long.class);
        dsl.execute("INSERT INTO payment (id, debtor_id, received_on, amount) VALUES (?, ?, ?, ?)", paymentId, debtor,
                on, new BigDecimal(amount));
        long allocationId = dsl.fetchOne("SELECT COALESCE(MAX(id), 0) + 1 FROM allocation").get(0, Long.class);
        dsl.execute("INSERT INTO allocation (id, invoice_id, payment_id, amount, allocated_on) VALUES (?, ?, ?, ?, ?)",
                allocationId, invoiceId, paymentId, new BigDecimal(amount), on);
    }

    int count(String sql, Object... args) {
        return database.dsl().fetchOne(sql, args).get(0, Integer.class);
    }

    int events(String kind) {
        return count("SELECT COUNT(*) FROM case_event WHERE kind = ?", kind);
    }

    Record event(String kind) {
        return database.dsl().fetchOne("SELECT * FROM case_event WHERE kind = ? ORDER BY id DESC LIMIT 1", kind);
    }

    Record plan(long id) {
        return database.dsl().fetchOne("SELECT * FROM payment_plan WHERE id = ?", id);
    }

    Record openCase(long debtorId) {
        return database.dsl().fetchOne("SELECT * FROM collection_case WHERE debtor_id = ? ORDER BY id DESC LIMIT 1",
                debtorId);
    }

    List<String> stageChanges(long debtorId) {
        return database.dsl().fetch("SELECT summary FROM case_event WHERE debtor_id = ? AND kind = 'STAGE_CHANGED' "
                + "ORDER BY id", debtorId).getValues(0, String.class);
    }

    @Test
    void aNewPlanSpreadsTheOverdueUndisputedBalance() {
        PaymentPlanService service = serviceOn(TODAY);
        assertThat(service.coverable(DURAND, TODAY)).extracting(PlanInvoice::number).containsExactly("FA-1", "FA-2");
        assertThat(service.overview(DURAND, TODAY).balance()).isEqualByComparingTo("1500.00");

        pay(1, "200.00", TODAY.minusDays(3));
        database.dsl().execute("UPDATE invoice SET disputed = TRUE WHERE id = 2");
        assertThat(service.coverable(DURAND, TODAY)).singleElement().satisfies(invoice -> {
            assertThat(invoice.balance()).isEqualByComparingTo("1000.00");
            assertThat(invoice.settledBefore()).isEqualByComparingTo("200.00");
        });
        assertThat(service.coverable(3, TODAY)).isEmpty();
    }

    @Test
    void theSignedPlanIsSavedWithItsEventAndTheCaseMovesToThePaymentPlanStage() {
        long id = saveThePlan();

        Record plan = plan(id);
        assertThat(plan.get("STATUS")).isEqualTo("ACTIVE");
        assertThat(plan.get("AGREED_ON", LocalDate.class)).isEqualTo(TODAY);
        assertThat(plan.get("CREATED_ON", LocalDate.class)).isEqualTo(TODAY);
        assertThat(plan.get("TOTAL", BigDecimal.class)).isEqualByComparingTo("1500.00");
        assertThat(plan.get("FREQUENCY")).isEqualTo("MONTHLY");
        assertThat(count("SELECT COUNT(*) FROM plan_instalment WHERE plan_id = ?", id)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM plan_invoice WHERE plan_id = ?", id)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM case_invoice")).isEqualTo(2);

        Record agreed = event(CaseEvent.PLAN_AGREED);
        assertThat(agreed.get("OCCURRED_ON", LocalDate.class)).isEqualTo(TODAY);
        assertThat(agreed.get("AMOUNT", BigDecimal.class)).isEqualByComparingTo("1500.00");
        assertThat(agreed.get("SUMMARY")).isEqualTo("3 échéances mensuelles du 01/12/2026 au 01/02/2027, "
                + "accord signé le 23/11/2026");
        assertThat(plan.get("EVENT_ID")).isEqualTo(agreed.get("ID"));
        assertThat(openCase(DURAND).get("STAGE")).isEqualTo("PAYMENT_PLAN");
        assertThat(stageChanges(DURAND)).containsExactly("→ PAYMENT_PLAN");
    }

    @Test
    void aPlanAgreedAfterAFormalNoticeRemembersTheStageItReplaced() {
        WorklistService worklist = new WorklistService(database, "claire", serviceOn(TODAY));
        WorklistItem notice = worklist.worklist(TODAY.minusDays(50)).stream()
                .filter(i -> i.debtorId() == DURAND).findFirst().orElseThrow();
        assertThat(notice.action()).isEqualTo(DunningAction.FORMAL_NOTICE);
        worklist.execute(notice, TODAY.minusDays(50), "claire");

        long id = saveThePlan();

        assertThat(plan(id).get("PREVIOUS_STAGE")).isEqualTo("FORMAL_NOTICE");
        assertThat(stageChanges(DURAND)).containsExactly("→ FORMAL_NOTICE", "FORMAL_NOTICE → PAYMENT_PLAN");
    }

    @Test
    void savingTheSamePlanTwiceRecordsOnePlanAndOneEvent() {
        long first = saveThePlan();
        long second = saveThePlan();

        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM payment_plan")).isEqualTo(1);
        assertThat(events(CaseEvent.PLAN_AGREED)).isEqualTo(1);
        assertThat(events(CaseEvent.STAGE_CHANGED)).isEqualTo(1);
    }

    @Test
    void twoSavesAtOnceRecordOnePlan() {
        PaymentPlanService service = serviceOn(TODAY);
        CompletableFuture<Long> one = CompletableFuture.supplyAsync(() ->
                service.save(DURAND, Frequency.MONTHLY, threeMonthly(), TODAY, TODAY));
        CompletableFuture<Long> two = CompletableFuture.supplyAsync(() ->
                service.save(DURAND, Frequency.MONTHLY, threeMonthly(), TODAY, TODAY));

        assertThat(one.join()).isEqualTo(two.join());
        assertThat(count("SELECT COUNT(*) FROM payment_plan")).isEqualTo(1);
        assertThat(events(CaseEvent.PLAN_AGREED)).isEqualTo(1);
    }

    @Test
    void anotherPlanWhileOneIsActiveIsRefused() {
        saveThePlan();
        List<Instalment> other = PaymentPlan.propose(Money.of("1500.00"), 5, Frequency.MONTHLY, DEC_1).instalments();

        assertRefused(() -> serviceOn(TODAY).save(DURAND, Frequency.MONTHLY, other, TODAY, TODAY),
                "plan.alreadyActive");
        assertThat(count("SELECT COUNT(*) FROM payment_plan")).isEqualTo(1);
        assertThat(events(CaseEvent.PLAN_AGREED)).isEqualTo(1);
    }

    @Test
    void badPlansAreRefusedBeforeAnythingIsWritten() {
        PaymentPlanService service = serviceOn(TODAY);
        List<Instalment> good = threeMonthly();
        // instalments that do not add up to the balance
        List<Instalment> short1 = List.of(good.get(0), good.get(1), new Instalment(FEB_1, Money.of("499.99")));
        assertRefused(() -> service.save(DURAND, Frequency.MONTHLY, short1, TODAY, TODAY), PaymentPlan.TOTAL_MISMATCH);
        // a plan starting in the past
        List<Instalment> past = PaymentPlan.propose(Money.of("1500.00"), 3, Frequency.MONTHLY, TODAY.minusDays(1))
                .instalments();
        assertRefused(() -> service.save(DURAND, Frequency.MONTHLY, past, TODAY, TODAY), PaymentPlan.STARTS_IN_PAST);
        List<Instalment> swapped = List.of(good.get(1), good.get(0), good.get(2));
        assertRefused(() -> service.save(DURAND, Frequency.MONTHLY, swapped, TODAY, TODAY),
                PaymentPlan.DATES_OUT_OF_ORDER);
        List<Instalment> zero = List.of(new Instalment(DEC_1, Money.of("1500.00")), new Instalment(JAN_1, Money.ZERO));
        assertRefused(() -> service.save(DURAND, Frequency.MONTHLY, zero, TODAY, TODAY), PaymentPlan.AMOUNT_POSITIVE);
        List<Instalment> one = List.of(new Instalment(DEC_1, Money.of("1500.00")));
        assertRefused(() -> service.save(DURAND, Frequency.MONTHLY, one, TODAY, TODAY),
                PaymentPlan.TOO_FEW_INSTALMENTS);
        assertRefused(() -> service.save(DURAND, Frequency.MONTHLY, good, null, TODAY),
                PaymentPlanService.AGREED_REQUIRED);
        assertRefused(() -> service.save(DURAND, Frequency.MONTHLY, good, TODAY.plusDays(1), TODAY),
                PaymentPlan.AGREED_IN_FUTURE);
        assertRefused(() -> service.save(DURAND, null, good, TODAY, TODAY), PaymentPlanService.FREQUENCY_REQUIRED);
        assertRefused(() -> service.save(3, Frequency.MONTHLY, good, TODAY, TODAY), PaymentPlanService.NOTHING_OVERDUE);

        assertThat(count("SELECT COUNT(*) FROM payment_plan")).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_event")).isZero();
        assertThat(count("SELECT COUNT(*) FROM collection_case")).isZero();
    }

    @Test
    void aMissedInstalmentBeyondTheGraceDaysDefaultsThePlanOnceAndTheDebtorGoesBackToDunning() {
        long id = saveThePlan();
        pay(1, "500.00", DEC_1);

        // 1 January unpaid: within the 8 grace days nothing is written
        assertThat(serviceOn(JAN_1.plusDays(8)).followUp(JAN_1.plusDays(8)))
                .isEqualTo(new PaymentPlanService.FollowUpReport(0, 0));
        assertThat(plan(id).get("STATUS")).isEqualTo("ACTIVE");

        assertThat(serviceOn(JAN_1.plusDays(9)).followUp(JAN_1.plusDays(9)))
                .isEqualTo(new PaymentPlanService.FollowUpReport(1, 0));
        Record plan = plan(id);
        assertThat(plan.get("STATUS")).isEqualTo("DEFAULTED");
        assertThat(plan.get("ENDED_ON", LocalDate.class)).isEqualTo(JAN_1.plusDays(9));
        Record missed = event(CaseEvent.INSTALMENT_MISSED);
        assertThat(missed.get("OCCURRED_ON", LocalDate.class)).isEqualTo(JAN_1.plusDays(1));
        assertThat(missed.get("AMOUNT", BigDecimal.class)).isEqualByComparingTo("500.00");
        assertThat(missed.get("SUMMARY")).isEqualTo("Échéance du 01/01/2027 impayée : 0,00\u00A0€ reçus sur "
                + "500,00\u00A0€");
        Record accelerated = event(CaseEvent.PLAN_ACCELERATED);
        assertThat(accelerated.get("OCCURRED_ON", LocalDate.class)).isEqualTo(JAN_1.plusDays(9));
        assertThat(accelerated.get("AMOUNT", BigDecimal.class)).isEqualByComparingTo("1000.00");
        assertThat(plan.get("END_EVENT_ID")).isEqualTo(accelerated.get("ID"));
        assertThat(openCase(DURAND).get("STAGE")).isEqualTo("AMICABLE");
        assertThat(stageChanges(DURAND)).containsExactly("→ PAYMENT_PLAN", "PAYMENT_PLAN → AMICABLE");

        // the follow-up runs again (the worklist, the case file): nothing more
        int before = count("SELECT COUNT(*) FROM case_event");
        assertThat(serviceOn(JAN_1.plusDays(20)).followUp(JAN_1.plusDays(20)).defaulted()).isZero();
        serviceOn(JAN_1.plusDays(20)).overview(DURAND, JAN_1.plusDays(20));
        assertThat(count("SELECT COUNT(*) FROM case_event")).isEqualTo(before);
        assertThat(events(CaseEvent.INSTALMENT_MISSED)).isEqualTo(1);
        assertThat(events(CaseEvent.PLAN_ACCELERATED)).isEqualTo(1);
    }

    @Test
    void twoFollowUpsAtOnceEndThePlanOnce() {
        saveThePlan();
        PaymentPlanService later = serviceOn(JAN_1);
        for (int round = 0; round < 5; round++) {
            CompletableFuture<PaymentPlanService.FollowUpReport> one = CompletableFuture.supplyAsync(() ->
                    later.followUp(JAN_1));
            CompletableFuture<PaymentPlanService.FollowUpReport> two = CompletableFuture.supplyAsync(() ->
                    later.followUp(JAN_1));
            assertThat(one.join().defaulted() + two.join().defaulted()).isEqualTo(round == 0 ? 1 : 0);
        }
        assertThat(events(CaseEvent.PLAN_ACCELERATED)).isEqualTo(1);
        assertThat(events(CaseEvent.INSTALMENT_MISSED)).isEqualTo(1);
    }

    @Test
    void replayingAnEarlierDateNeverWritesEventsDatedAfterIt() {
        saveThePlan();
        PaymentPlanService later = serviceOn(LocalDate.of(2027, 3, 1));

        // as of a day in the grace period, then before the first instalment: nothing happened yet
        assertThat(later.followUp(DEC_1.plusDays(5)).defaulted()).isZero();
        assertThat(later.followUp(DEC_1.minusDays(5)).defaulted()).isZero();
        assertThat(events(CaseEvent.PLAN_ACCELERATED)).isZero();

        LocalDate replay = DEC_1.plusDays(12);
        assertThat(later.followUp(replay).defaulted()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM case_event WHERE occurred_on > ?", replay)).isZero();
        assertThat(event(CaseEvent.PLAN_ACCELERATED).get("OCCURRED_ON", LocalDate.class))
                .isEqualTo(DEC_1.plusDays(9));
    }

    @Test
    void aDateAheadOfTodayIsShownButNothingIsWrittenForIt() {
        saveThePlan();
        PaymentPlanService today = serviceOn(DEC_1.plusDays(3));
        WorklistService worklist = new WorklistService(database, "claire", today);
        LocalDate ahead = DEC_1.plusDays(30);

        List<WorklistItem> items = worklist.worklist(ahead);

        assertThat(items).filteredOn(i -> i.debtorId() == DURAND).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorklistKind.PLAN_DEFAULTED);
            assertThat(item.hasFlag(WorklistItem.FLAG_PLAN_DEFAULTED)).isTrue();
        });
        assertThat(today.standingsAsOf(ahead).get(DURAND).state()).isEqualTo(PlanStanding.State.DEFAULTED);
        assertThat(events(CaseEvent.PLAN_ACCELERATED)).isZero();
        assertThat(count("SELECT COUNT(*) FROM case_event WHERE occurred_on > ?", DEC_1.plusDays(3))).isZero();
    }

    @Test
    void whenEveryInstalmentIsPaidThePlanIsCompletedAndTheCaseClosedAsSettled() {
        long id = saveThePlan();
        pay(1, "500.00", DEC_1);
        pay(1, "500.00", JAN_1.minusDays(2));
        PaymentPlanService service = serviceOn(FEB_1.plusDays(10));
        assertThat(service.followUp(JAN_1.plusDays(3)).completed()).isZero();
        pay(1, "200.00", FEB_1);
        pay(2, "300.00", FEB_1);

        assertThat(service.followUp(FEB_1.plusDays(10))).isEqualTo(new PaymentPlanService.FollowUpReport(0, 1));
        assertThat(service.followUp(FEB_1.plusDays(10)).completed()).isZero();

        Record plan = plan(id);
        assertThat(plan.get("STATUS")).isEqualTo("COMPLETED");
        assertThat(plan.get("ENDED_ON", LocalDate.class)).isEqualTo(FEB_1);
        Record completed = event(CaseEvent.PLAN_COMPLETED);
        assertThat(completed.get("OCCURRED_ON", LocalDate.class)).isEqualTo(FEB_1);
        assertThat(completed.get("AMOUNT", BigDecimal.class)).isEqualByComparingTo("1500.00");
        assertThat(events(CaseEvent.PLAN_COMPLETED)).isEqualTo(1);
        Record closed = openCase(DURAND);
        assertThat(closed.get("STAGE")).isEqualTo("CLOSED");
        assertThat(closed.get("CLOSED_ON", LocalDate.class)).isEqualTo(FEB_1);
        assertThat(closed.get("CLOSED_REASON")).isEqualTo("SETTLED");
        assertThat(stageChanges(DURAND)).containsExactly("→ PAYMENT_PLAN", "PAYMENT_PLAN → CLOSED");
    }

    @Test
    void aCompletedPlanLeavesTheCaseOpenWhenAnotherInvoiceIsStillOwed() {
        long id = serviceOn(TODAY).save(MARTIN, Frequency.WEEKLY,
                PaymentPlan.propose(Money.of("500.00"), 2, Frequency.WEEKLY, TODAY).instalments(), TODAY, TODAY);
        database.dsl().execute("INSERT INTO invoice (id, debtor_id, kind, number, issue_date, due_date, "
                + "amount_excl_vat, amount_incl_vat, currency) VALUES (5, 2, 'INVOICE', 'FA-5', ?, ?, 100, 120, 'EUR')",
                TODAY.plusDays(1), TODAY.plusDays(31));
        pay(3, "500.00", TODAY.plusDays(7));

        assertThat(serviceOn(TODAY.plusDays(8)).followUp(TODAY.plusDays(8)).completed()).isEqualTo(1);

        assertThat(plan(id).get("STATUS")).isEqualTo("COMPLETED");
        assertThat(openCase(MARTIN).get("STAGE")).isEqualTo("AMICABLE");
        assertThat(openCase(MARTIN).get("CLOSED_ON")).isNull();
    }

    @Test
    void cancellingTwiceRecordsOneEventAndANewPlanCanThenBeSaved() {
        long id = saveThePlan();
        PaymentPlanService service = serviceOn(TODAY.plusDays(2));
        pay(1, "100.00", TODAY.plusDays(1));

        assertRefused(() -> service.cancel(id, "  ", TODAY.plusDays(2)), WorklistService.REASON_REQUIRED);
        assertThat(service.cancel(id, "Le débiteur demande un autre calendrier", TODAY.plusDays(2))).isTrue();
        assertThat(service.cancel(id, "Le débiteur demande un autre calendrier", TODAY.plusDays(2))).isFalse();

        assertThat(events(CaseEvent.PLAN_CANCELLED)).isEqualTo(1);
        Record cancelled = event(CaseEvent.PLAN_CANCELLED);
        assertThat(cancelled.get("AMOUNT", BigDecimal.class)).isEqualByComparingTo("1400.00");
        assertThat(cancelled.get("SUMMARY")).isEqualTo("Échéancier annulé : Le débiteur demande un autre calendrier");
        assertThat(plan(id).get("STATUS")).isEqualTo("CANCELLED");
        assertThat(plan(id).get("END_REASON")).isEqualTo("Le débiteur demande un autre calendrier");
        assertThat(stageChanges(DURAND)).containsExactly("→ PAYMENT_PLAN", "PAYMENT_PLAN → AMICABLE");

        List<Instalment> again = PaymentPlan.propose(Money.of("1400.00"), 2, Frequency.MONTHLY, DEC_1).instalments();
        long next = service.save(DURAND, Frequency.MONTHLY, again, TODAY.plusDays(2), TODAY.plusDays(2));
        PlanOverview overview = service.overview(DURAND, TODAY.plusDays(2));
        assertThat(overview.active()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(next));
        assertThat(overview.history()).extracting(p -> p.status()).containsExactly(PlanStatus.CANCELLED);
    }

    @Test
    void theOverviewFollowsTheActivePlanAgainstTheMoneyReceived() {
        saveThePlan();
        pay(1, "500.00", DEC_1);
        pay(1, "150.00", DEC_1.plusDays(20));

        PlanOverview overview = serviceOn(DEC_1.plusDays(25)).overview(DURAND, DEC_1.plusDays(25));

        assertThat(overview.followUp()).hasValueSatisfying(followUp -> {
            assertThat(followUp.lines()).extracting(InstalmentLine::status).containsExactly(InstalmentStatus.PAID,
                    InstalmentStatus.PARTLY_PAID, InstalmentStatus.DUE);
            assertThat(followUp.lines()).extracting(InstalmentLine::paidOn).containsExactly(DEC_1, null, null);
            assertThat(followUp.remaining()).isEqualByComparingTo("850.00");
        });
        assertThat(overview.endedNow()).isZero();
        assertThat(overview.graceDays()).isEqualTo(8);
    }

    @Test
    void theWorklistOverDates() {
        WorklistService before = new WorklistService(database, "claire", serviceOn(TODAY));
        assertThat(stepOf(before, TODAY)).hasValueSatisfying(item ->
                assertThat(item.action()).isEqualTo(DunningAction.AGENCY_PROPOSAL));
        saveThePlan();
        pay(1, "500.00", DEC_1);

        assertThat(linesOf(serviceOn(TODAY), TODAY)).isEmpty();
        assertThat(linesOf(serviceOn(DEC_1.plusDays(10)), DEC_1.plusDays(10))).isEmpty();
        // 1 January unpaid: a reminder with the last day of grace, no step
        assertThat(linesOf(serviceOn(JAN_1.plusDays(3)), JAN_1.plusDays(3))).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(WorklistKind.INSTALMENT_MISSED);
            assertThat(item.deadline()).isEqualTo(JAN_1.plusDays(8));
            assertThat(item.amount()).isEqualByComparingTo("500.00");
        });
        // the acceleration clause: the next step of the policy at once
        LocalDate defaulted = JAN_1.plusDays(9);
        WorklistService worklist = new WorklistService(database, "claire", serviceOn(defaulted));
        WorklistItem next = stepOf(worklist, defaulted).orElseThrow();
        assertThat(next.kind()).isEqualTo(WorklistKind.PLAN_DEFAULTED);
        assertThat(next.action()).isEqualTo(DunningAction.EMAIL_REMINDER);
        assertThat(next.amount()).isEqualByComparingTo("1000.00");
        assertThat(worklist.execute(next, defaulted, "claire")).isPresent();
        // answered: ordinary dunning resumes, the highest step reached once its gap has passed
        assertThat(linesOf(serviceOn(defaulted.plusDays(1)), defaulted.plusDays(1))).isEmpty();
        assertThat(stepOf(new WorklistService(database, "claire", serviceOn(defaulted.plusDays(30))),
                defaulted.plusDays(30))).hasValueSatisfying(item -> {
                    assertThat(item.kind()).isEqualTo(WorklistKind.DUNNING_STEP);
                    assertThat(item.action()).isEqualTo(DunningAction.LEGAL_REVIEW);
                });
    }

    List<WorklistItem> linesOf(PaymentPlanService plans, LocalDate asOf) {
        return new WorklistService(database, "claire", plans).worklist(asOf).stream()
                .filter(i -> i.debtorId() == DURAND).toList();
    }

    static Optional<WorklistItem> stepOf(WorklistService service, LocalDate asOf) {
        return service.worklist(asOf).stream().filter(i -> i.debtorId() == DURAND).findFirst();
    }

    static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::messageKey).contains(key));
    }
}
