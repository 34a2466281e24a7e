package fr.relance.store;

import static fr.relance.store.jooq.Tables.CALL_LOG;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.CASE_INVOICE;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DISPUTE;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;
import static fr.relance.store.jooq.Tables.PROMISE_TO_PAY;
import static fr.relance.store.jooq.Tables.WORKLIST_DECISION;
import static org.jooq.impl.DSL.max;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.PartPayment;
import fr.relance.domain.dunning.DebtorDunningState;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.RecordedStep;
import fr.relance.domain.dunning.InvoiceLimitation;
import fr.relance.domain.dunning.LastAction;
import fr.relance.domain.dunning.LimitationWatch;
import fr.relance.domain.dunning.PromiseStatus;
import fr.relance.domain.dunning.PromiseToPay;
import fr.relance.domain.dunning.PromiseView;
import fr.relance.domain.dunning.WorklistKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * What the worklist needs about every debtor with open items, on an as-of date. Built like the aging list: the
 * ledger from {@link LedgerScan}, then one plain query per table of the dunning workflow, folded in memory (never
 * one query per debtor).
 */
public final class DunningStateRepository {

    /** Decisions on these lines move the dunning steps; the others (call-backs, warnings) do not. */
    private static final List<String> DUNNING_LINES = List.of(WorklistKind.DUNNING_STEP.name(),
            WorklistKind.BROKEN_PROMISE.name());

    private final DSLContext dsl;

    public DunningStateRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Collection<DebtorDunningState> statesAsOf(LocalDate asOf) {
        LedgerScan.Result ledger = new LedgerScan(dsl).asOf(asOf, 1);
        Map<Long, List<OpenItem>> itemsByDebtor = new HashMap<>();
        for (OpenItem item : ledger.items()) {
            itemsByDebtor.computeIfAbsent(item.debtorId(), id -> new ArrayList<>()).add(item);
        }
        if (itemsByDebtor.isEmpty()) {
            return List.of();
        }
        DunningPolicyRepository.Policies policies = DunningPolicyRepository.load(dsl);

        Map<Long, DebtorDunningState> states = new HashMap<>();
        Map<Long, Long> openCase = new HashMap<>();
        Map<Long, Long> policyOf = new HashMap<>();
        dsl.select(DEBTOR.ID, DEBTOR.NAME, DEBTOR.KIND, DEBTOR.POLICY_ID, DEBTOR.ON_HOLD_FROM, DEBTOR.ON_HOLD_UNTIL,
                        DEBTOR.HOLD_REASON, DEBTOR.INSOLVENCY_OPENED_ON, DEBTOR.BODACC_PUBLISHED_ON,
                        DEBTOR.CLAIM_DECLARED_ON, COLLECTION_CASE.ID)
                .from(DEBTOR).leftJoin(COLLECTION_CASE).on(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(DEBTOR.ID))
                .forEach(r -> {
                    List<OpenItem> items = itemsByDebtor.get(r.value1());
                    if (items == null) {
                        return;
                    }
                    DebtorKind kind = DebtorKind.valueOf(r.value3());
                    Hold hold = r.value6() == null ? null : new Hold(r.value5(), r.value6(), r.value7());
                    // The claim-filing period runs from the BODACC publication; the judgment date stands in for it
                    // until the publication is known.
                    LocalDate insolvency = r.value9() != null ? r.value9() : r.value8();
                    states.put(r.value1(), DebtorDunningState.of(r.value1(), r.value2(), kind, items)
                            .withPolicy(policies.forDebtor(r.value4(), kind))
                            .withDebtorHold(hold)
                            .withInsolvencyOpenedOn(insolvency)
                            .withClaimDeclaredOn(r.value10()));
                    if (r.value11() != null) {
                        openCase.put(r.value1(), r.value11());
                    }
                    Long policyId = policies.idFor(r.value4(), kind);
                    if (policyId != null) {
                        policyOf.put(r.value1(), policyId);
                    }
                });

        // A case whose invoices are all settled is spent: the debtor's next overdue invoice starts the policy from
        // its first step again (its decisions no longer count), instead of waiting for a step beyond the last one.
        spentCases(openCase, states).forEach(openCase::remove);

        Map<Long, Map<Long, Hold>> invoiceHolds = new HashMap<>();
        dsl.select(INVOICE.DEBTOR_ID, INVOICE.ID, INVOICE.ON_HOLD_FROM, INVOICE.ON_HOLD_UNTIL, INVOICE.HOLD_REASON)
                .from(INVOICE).where(INVOICE.ON_HOLD_UNTIL.isNotNull())
                .forEach(r -> invoiceHolds.computeIfAbsent(r.value1(), id -> new HashMap<>())
                        .put(r.value2(), new Hold(r.value3(), r.value4(), r.value5())));
        invoiceHolds.forEach((debtor, holds) -> update(states, debtor, s -> s.withInvoiceHolds(holds)));

        // Disputes open on the as-of date (opened by then, not resolved by then).
        Map<Long, Set<Long>> disputed = new HashMap<>();
        dsl.select(DISPUTE.DEBTOR_ID, DISPUTE.INVOICE_ID).from(DISPUTE)
                .where(DISPUTE.OPENED_ON.le(asOf).and(DISPUTE.RESOLVED_ON.isNull().or(DISPUTE.RESOLVED_ON.gt(asOf))))
                .forEach(r -> disputed.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        disputed.forEach((debtor, ids) -> update(states, debtor, s -> s.withDisputedInvoiceIds(ids)));

        // Decisions in the open case: the last step executed or skipped, and the latest postponement. The step is
        // placed in the debtor's policy as it is today, which may have been edited since (RecordedStep).
        Map<Long, RecordedStep> lastStep = new HashMap<>();
        Map<Long, Long> lastStepId = new HashMap<>();
        Map<Long, LocalDate> postponed = new HashMap<>();
        dsl.select(WORKLIST_DECISION.DEBTOR_ID, WORKLIST_DECISION.CASE_ID, WORKLIST_DECISION.DECISION,
                        WORKLIST_DECISION.STEP_POSITION, WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.POSTPONED_UNTIL,
                        WORKLIST_DECISION.ACTION, WORKLIST_DECISION.STEP_ID, WORKLIST_DECISION.STEP_OFFSET_DAYS)
                .from(WORKLIST_DECISION).where(WORKLIST_DECISION.AS_OF.le(asOf))
                .and(WORKLIST_DECISION.LINE_KIND.in(DUNNING_LINES))
                .and(Reversals.notReversed(WORKLIST_DECISION.EVENT_ID))
                .orderBy(WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.ID)
                .forEach(r -> {
                    Long caseId = openCase.get(r.value1());
                    boolean inOpenCase = r.value2() == null || r.value2().equals(caseId);
                    if (!inOpenCase || r.value4() == null) {
                        return;
                    }
                    if ("POSTPONED".equals(r.value3())) {
                        postponed.put(r.value1(), r.value6());
                    } else if (r.value4() > 0) {
                        DunningAction action = r.value7() == null ? null : DunningAction.valueOf(r.value7());
                        lastStep.put(r.value1(), new RecordedStep(r.value4(), r.value9(), action, r.value5()));
                        if (r.value8() == null) {
                            lastStepId.remove(r.value1());
                        } else {
                            lastStepId.put(r.value1(), r.value8());
                        }
                    }
                });
        Map<Long, DunningPolicyRepository.StepPlace> places = lastStep.isEmpty() ? Map.of()
                : DunningPolicyRepository.stepPlaces(dsl);
        lastStep.forEach((debtor, recorded) -> update(states, debtor, s -> {
            DunningPolicyRepository.StepPlace place = places.get(lastStepId.get(debtor));
            boolean stillThere = place != null && place.policyId() == policyOf.getOrDefault(debtor, -1L);
            return s.withLastAction(recorded.placeIn(s.policy(),
                    stillThere ? OptionalInt.of(place.position()) : OptionalInt.empty()));
        }));
        postponed.forEach((debtor, until) -> update(states, debtor, s -> s.withPostponedUntil(until)));

        dsl.select(CASE_EVENT.DEBTOR_ID, max(CASE_EVENT.OCCURRED_ON)).from(CASE_EVENT)
                .where(CASE_EVENT.KIND.in(CaseEvent.CONTACT_KINDS).and(CASE_EVENT.OCCURRED_ON.le(asOf)))
                .and(Reversals.notReversed(CASE_EVENT.ID))
                .groupBy(CASE_EVENT.DEBTOR_ID)
                .forEach(r -> update(states, r.value1(), s -> s.withLastContact(r.value2())));

        // The next call agreed during the latest call.
        Map<Long, LocalDate> nextCall = new HashMap<>();
        Map<Long, Moment> lastCall = new HashMap<>();
        dsl.select(CALL_LOG.DEBTOR_ID, CALL_LOG.NEXT_CALL_ON, CALL_LOG.CALLED_ON, CALL_LOG.CALLED_AT).from(CALL_LOG)
                .where(CALL_LOG.CALLED_ON.le(asOf)).and(Reversals.notReversed(CALL_LOG.EVENT_ID))
                .orderBy(CALL_LOG.CALLED_ON, CALL_LOG.ID)
                .forEach(r -> {
                    nextCall.put(r.value1(), r.value2());
                    lastCall.put(r.value1(), new Moment(r.value3(), r.value4()));
                });
        callBackDecisions(asOf, lastCall, nextCall);
        nextCall.forEach((debtor, on) -> update(states, debtor, s -> s.withNextCallDate(on)));

        promises(asOf, states);
        limitations(asOf, states);
        return List.copyOf(states.values());
    }

    /**
     * A call-back postponed or skipped from the worklist after the latest call: the postponement moves the call to
     * its date, the skip drops it (until a later call agrees on another).
     */
    private void callBackDecisions(LocalDate asOf, Map<Long, Moment> lastCall, Map<Long, LocalDate> nextCall) {
        dsl.select(WORKLIST_DECISION.DEBTOR_ID, WORKLIST_DECISION.DECISION, WORKLIST_DECISION.POSTPONED_UNTIL,
                        WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.DECIDED_AT).from(WORKLIST_DECISION)
                .where(WORKLIST_DECISION.LINE_KIND.eq(WorklistKind.CALL_BACK.name()))
                .and(WORKLIST_DECISION.AS_OF.le(asOf)).and(Reversals.notReversed(WORKLIST_DECISION.EVENT_ID))
                .orderBy(WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.ID)
                .forEach(r -> {
                    Moment call = lastCall.get(r.value1());
                    if (call != null && new Moment(r.value4(), r.value5()).isAfter(call)) {
                        nextCall.put(r.value1(), "POSTPONED".equals(r.value2()) ? r.value3() : null);
                    }
                });
    }

    /** A day and, within it, the time something was recorded. */
    private record Moment(LocalDate on, OffsetDateTime at) {

        boolean isAfter(Moment other) {
            return on.isAfter(other.on) || (on.equals(other.on) && at != null && other.at != null
                    && at.isAfter(other.at));
        }
    }

    /**
     * The limitation date of every open invoice (due date, restarted by acknowledgements) and the invoices the
     * worklist warns about: within 6 months of it, unless the controller took note or postponed the warning.
     */
    private void limitations(LocalDate asOf, Map<Long, DebtorDunningState> states) {
        LimitationScan.Result scan = new LimitationScan(dsl).read(asOf, null);
        states.replaceAll((debtorId, state) -> {
            Map<Long, InvoiceLimitation> limitations = LimitationWatch.of(state.kind(), state.openItems(),
                    scan.acknowledgementsOf(debtorId));
            List<Long> warnings = LimitationWatch.warnings(asOf, limitations.values(), scan.notedOnOf(debtorId),
                    scan.postponedUntilOf(debtorId));
            return warnings.isEmpty() ? state : state.withLimitationWarnings(warnings);
        });
    }

    /** The latest promise of each debtor, kept or broken decided from the payments received since it was made. */
    private void promises(LocalDate asOf, Map<Long, DebtorDunningState> states) {
        Map<Long, PromiseToPay> latest = new HashMap<>();
        dsl.select(PROMISE_TO_PAY.DEBTOR_ID, PROMISE_TO_PAY.PROMISED_ON, PROMISE_TO_PAY.DUE_DATE,
                        PROMISE_TO_PAY.AMOUNT).from(PROMISE_TO_PAY)
                .where(PROMISE_TO_PAY.STATUS.eq("OPEN").and(PROMISE_TO_PAY.PROMISED_ON.le(asOf)))
                .and(Reversals.notReversed(PROMISE_TO_PAY.EVENT_ID))
                .orderBy(PROMISE_TO_PAY.PROMISED_ON, PROMISE_TO_PAY.ID)
                .forEach(r -> latest.put(r.value1(), new PromiseToPay(r.value2(), r.value3(), r.value4())));
        latest.keySet().retainAll(states.keySet());
        if (latest.isEmpty()) {
            return;
        }
        LocalDate since = latest.values().stream().map(PromiseToPay::promisedOn).min(LocalDate::compareTo)
                .orElseThrow();
        Map<Long, List<PartPayment>> payments = new HashMap<>();
        dsl.select(PAYMENT.DEBTOR_ID, PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT).from(PAYMENT)
                .where(PAYMENT.RECEIVED_ON.between(since, asOf).and(PAYMENT.DEBTOR_ID.in(latest.keySet())))
                .forEach(r -> payments.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new PartPayment(r.value2(), r.value3())));
        Map<Long, LocalDate> answered = brokenPromisesAnswered(asOf);
        latest.forEach((debtor, promise) -> {
            PromiseStatus status = promise.status(payments.getOrDefault(debtor, List.of()), asOf);
            LocalDate answeredOn = answered.get(debtor);
            if (status == PromiseStatus.BROKEN && answeredOn != null && answeredOn.isAfter(promise.dueDate())) {
                return; // the broken promise was dealt with from the worklist: dunning goes on as usual
            }
            if (status != PromiseStatus.KEPT) {
                PromiseView view = new PromiseView(promise.dueDate(), promise.amount(), status == PromiseStatus.BROKEN);
                update(states, debtor, s -> s.withPromise(view));
            }
        });
    }

    /** The latest day a broken-promise line was executed or skipped, by debtor. */
    private Map<Long, LocalDate> brokenPromisesAnswered(LocalDate asOf) {
        Map<Long, LocalDate> answered = new HashMap<>();
        dsl.select(WORKLIST_DECISION.DEBTOR_ID, max(WORKLIST_DECISION.AS_OF)).from(WORKLIST_DECISION)
                .where(WORKLIST_DECISION.LINE_KIND.eq(WorklistKind.BROKEN_PROMISE.name()))
                .and(WORKLIST_DECISION.DECISION.in("EXECUTED", "SKIPPED")).and(WORKLIST_DECISION.AS_OF.le(asOf))
                .and(Reversals.notReversed(WORKLIST_DECISION.EVENT_ID))
                .groupBy(WORKLIST_DECISION.DEBTOR_ID)
                .forEach(r -> answered.put(r.value1(), r.value2()));
        return answered;
    }

    /**
     * The debtors whose open case chased invoices that are all settled on the as-of date (none of them still open
     * with a balance). A case that chased no invoice yet (opened by a measure) is never spent.
     */
    private Set<Long> spentCases(Map<Long, Long> openCase, Map<Long, DebtorDunningState> states) {
        if (openCase.isEmpty()) {
            return Set.of();
        }
        Map<Long, Set<Long>> chased = new HashMap<>();
        dsl.select(CASE_INVOICE.CASE_ID, CASE_INVOICE.INVOICE_ID).from(CASE_INVOICE)
                .where(CASE_INVOICE.CASE_ID.in(openCase.values()))
                .forEach(r -> chased.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        Set<Long> spent = new HashSet<>();
        openCase.forEach((debtorId, caseId) -> {
            Set<Long> invoices = chased.get(caseId);
            DebtorDunningState state = states.get(debtorId);
            if (invoices == null || invoices.isEmpty() || state == null) {
                return;
            }
            boolean stillOwed = state.openItems().stream().anyMatch(item -> item.kind() == InvoiceKind.INVOICE
                    && item.balance().signum() > 0 && invoices.contains(item.invoiceId()));
            if (!stillOwed) {
                spent.add(debtorId);
            }
        });
        return spent;
    }

    private static void update(Map<Long, DebtorDunningState> states, long debtorId,
                               java.util.function.UnaryOperator<DebtorDunningState> change) {
        states.computeIfPresent(debtorId, (id, state) -> change.apply(state));
    }
}
