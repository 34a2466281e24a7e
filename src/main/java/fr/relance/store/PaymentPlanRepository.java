package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.CASE_INVOICE;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT_PLAN;
import static fr.relance.store.jooq.Tables.PLAN_INSTALMENT;
import static fr.relance.store.jooq.Tables.PLAN_INVOICE;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.PartPayment;
import fr.relance.domain.dunning.AgreedPlan;
import fr.relance.domain.dunning.Frequency;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.dunning.PaymentPlan;
import fr.relance.domain.dunning.PlanInvoice;
import fr.relance.domain.dunning.PlanStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;

/**
 * Payment plans on file (payment_plan, plan_instalment, plan_invoice) and the writes that start and end them. Each
 * write is one transaction with its timeline events and the case stage change; ending a plan only ends an ACTIVE
 * one, so running the follow-up again, or a second click, writes nothing more.
 */
public final class PaymentPlanRepository {

    /** Message key: the debtor already has another active plan. */
    public static final String ALREADY_ACTIVE = "plan.alreadyActive";

    /**
     * A signed plan to save.
     *
     * @param createdOn the day it is entered; the invoices' balances were taken that day
     * @param summary   the text of the PLAN_AGREED event
     */
    public record NewPlan(long debtorId, PaymentPlan plan, Frequency frequency, List<PlanInvoice> invoices,
                          LocalDate createdOn, String author, String summary) {
    }

    /** @param duplicate true when the same plan was already active: nothing was written */
    public record Saved(long planId, boolean duplicate) {
    }

    /**
     * How a plan ends.
     *
     * @param events    written in this order, on the plan's case; the last one is kept as the plan's end event
     * @param closeCase close the case as settled instead of giving it back its stage before the plan
     */
    public record Ending(long planId, PlanStatus status, LocalDate on, String reason, List<CaseEvent> events,
                         boolean closeCase, String author) {
    }

    private final DSLContext dsl;

    public PaymentPlanRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Saves the signed plan: the plan, its instalments and invoices, a PLAN_AGREED event, and the debtor's case
     * (opened if needed) moved to the PAYMENT_PLAN stage with its event. The same plan saved again while it is
     * active (a double click) writes nothing and returns it.
     *
     * @throws InvalidInputException ({@link #ALREADY_ACTIVE}) when another plan is active for the debtor
     */
    public Saved save(NewPlan plan) {
        try {
            return dsl.transactionResult(cfg -> insert(cfg.dsl(), plan));
        } catch (DataAccessException e) {
            // Two saves at once: the unique active plan per debtor stopped the second one; now the first is
            // committed, the same check tells a duplicate from another plan.
            Optional<AgreedPlan> active = activePlan(dsl, plan.debtorId());
            if (active.isPresent()) {
                return dsl.transactionResult(cfg -> insert(cfg.dsl(), plan));
            }
            throw e;
        }
    }

    private static Saved insert(DSLContext tx, NewPlan plan) {
        Optional<AgreedPlan> active = activePlan(tx, plan.debtorId());
        if (active.isPresent()) {
            if (samePlan(active.get().plan(), plan.plan())) {
                return new Saved(active.get().id(), true);
            }
            throw new InvalidInputException("plan", ALREADY_ACTIVE);
        }
        LocalDate on = plan.plan().agreedOn();
        Record2<Long, String> open = openCase(tx, plan.debtorId());
        long caseId;
        CaseStage previous = null;
        if (open == null) {
            caseId = tx.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                            COLLECTION_CASE.OPENED_ON).values(plan.debtorId(), CaseStage.PAYMENT_PLAN.name(), on)
                    .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
            TimelineRepository.append(tx, CaseEvent.of(plan.debtorId(), caseId, on, CaseEvent.STAGE_CHANGED,
                    plan.author(), null, null, "→ " + CaseStage.PAYMENT_PLAN.name()));
        } else {
            caseId = open.value1();
            previous = CaseStage.valueOf(open.value2());
            if (previous != CaseStage.PAYMENT_PLAN) {
                changeStage(tx, plan.debtorId(), caseId, previous, CaseStage.PAYMENT_PLAN, on, plan.author());
            }
        }
        long eventId = TimelineRepository.append(tx, CaseEvent.of(plan.debtorId(), caseId, on,
                CaseEvent.PLAN_AGREED, plan.author(), plan.plan().total(), null, plan.summary()));
        long planId = tx.insertInto(PAYMENT_PLAN, PAYMENT_PLAN.DEBTOR_ID, PAYMENT_PLAN.CASE_ID,
                        PAYMENT_PLAN.AGREED_ON, PAYMENT_PLAN.TOTAL, PAYMENT_PLAN.STATUS, PAYMENT_PLAN.EVENT_ID,
                        PAYMENT_PLAN.FREQUENCY, PAYMENT_PLAN.CREATED_ON, PAYMENT_PLAN.CREATED_BY,
                        PAYMENT_PLAN.PREVIOUS_STAGE)
                .values(plan.debtorId(), caseId, on, plan.plan().total(), PlanStatus.ACTIVE.name(), eventId,
                        plan.frequency().name(), plan.createdOn(), plan.author(),
                        previous == null || previous == CaseStage.PAYMENT_PLAN ? null : previous.name())
                .returningResult(PAYMENT_PLAN.ID).fetchOne(PAYMENT_PLAN.ID);
        List<Instalment> instalments = plan.plan().instalments();
        for (int i = 0; i < instalments.size(); i++) {
            tx.insertInto(PLAN_INSTALMENT, PLAN_INSTALMENT.PLAN_ID, PLAN_INSTALMENT.POSITION,
                            PLAN_INSTALMENT.DUE_DATE, PLAN_INSTALMENT.AMOUNT)
                    .values(planId, i + 1, instalments.get(i).dueDate(), instalments.get(i).amount()).execute();
        }
        for (PlanInvoice invoice : plan.invoices()) {
            tx.insertInto(PLAN_INVOICE, PLAN_INVOICE.PLAN_ID, PLAN_INVOICE.INVOICE_ID, PLAN_INVOICE.BALANCE)
                    .values(planId, invoice.invoiceId(), invoice.balance()).execute();
            tx.insertInto(CASE_INVOICE, CASE_INVOICE.CASE_ID, CASE_INVOICE.INVOICE_ID)
                    .values(caseId, invoice.invoiceId()).onDuplicateKeyIgnore().execute();
        }
        return new Saved(planId, false);
    }

    private static boolean samePlan(PaymentPlan stored, PaymentPlan requested) {
        if (!stored.agreedOn().equals(requested.agreedOn())
                || stored.instalments().size() != requested.instalments().size()) {
            return false;
        }
        for (int i = 0; i < stored.instalments().size(); i++) {
            Instalment a = stored.instalments().get(i);
            Instalment b = requested.instalments().get(i);
            if (!a.dueDate().equals(b.dueDate()) || a.amount().compareTo(b.amount()) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ends the plan if it is still active: its status and end, the events, and the case (back to the stage it had
     * before the plan, or closed as settled). Only a case still at the PAYMENT_PLAN stage is moved.
     *
     * @return false when the plan had already ended: nothing was written
     */
    public boolean end(Ending ending) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var plan = tx.selectFrom(PAYMENT_PLAN).where(PAYMENT_PLAN.ID.eq(ending.planId())).fetchOne();
            if (plan == null) {
                throw new IllegalArgumentException("No payment plan " + ending.planId());
            }
            int updated = tx.update(PAYMENT_PLAN).set(PAYMENT_PLAN.STATUS, ending.status().name())
                    .set(PAYMENT_PLAN.ENDED_ON, ending.on()).set(PAYMENT_PLAN.END_REASON, truncate(ending.reason()))
                    .where(PAYMENT_PLAN.ID.eq(ending.planId()).and(PAYMENT_PLAN.STATUS.eq(PlanStatus.ACTIVE.name())))
                    .execute();
            if (updated == 0) {
                return false;
            }
            long debtorId = plan.getDebtorId();
            Record2<Long, String> open = openCase(tx, debtorId);
            Long caseId = open == null ? plan.getCaseId() : open.value1();
            Long last = null;
            for (CaseEvent event : ending.events()) {
                last = TimelineRepository.append(tx, new CaseEvent(null, debtorId, caseId, event.occurredOn(), null,
                        event.kind(), ending.author(), event.amount(), event.invoiceId(), null, event.summary()));
            }
            tx.update(PAYMENT_PLAN).set(PAYMENT_PLAN.END_EVENT_ID, last).where(PAYMENT_PLAN.ID.eq(ending.planId()))
                    .execute();
            if (open != null && CaseStage.PAYMENT_PLAN.name().equals(open.value2())) {
                if (ending.closeCase()) {
                    tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, CaseStage.CLOSED.name())
                            .set(COLLECTION_CASE.CLOSED_ON, ending.on()).set(COLLECTION_CASE.CLOSED_REASON, "SETTLED")
                            .where(COLLECTION_CASE.ID.eq(open.value1())).execute();
                    TimelineRepository.append(tx, CaseEvent.of(debtorId, open.value1(), ending.on(),
                            CaseEvent.STAGE_CHANGED, ending.author(), null, null,
                            CaseStage.PAYMENT_PLAN.name() + " → " + CaseStage.CLOSED.name()));
                } else {
                    CaseStage back = plan.getPreviousStage() == null ? CaseStage.AMICABLE
                            : CaseStage.valueOf(plan.getPreviousStage());
                    changeStage(tx, debtorId, open.value1(), CaseStage.PAYMENT_PLAN, back, ending.on(),
                            ending.author());
                }
            }
            return true;
        });
    }

    public Optional<AgreedPlan> find(long planId) {
        return plans(dsl, PAYMENT_PLAN.ID.eq(planId)).stream().findFirst();
    }

    /** Every plan of the debtor, newest first. */
    public List<AgreedPlan> plansOf(long debtorId) {
        return plans(dsl, PAYMENT_PLAN.DEBTOR_ID.eq(debtorId));
    }

    /** The active plans, of one debtor or (null) of all. */
    public List<AgreedPlan> activePlans(Long debtorId) {
        Condition active = PAYMENT_PLAN.STATUS.eq(PlanStatus.ACTIVE.name());
        return plans(dsl, debtorId == null ? active : active.and(PAYMENT_PLAN.DEBTOR_ID.eq(debtorId)));
    }

    /** Every plan signed on or before the date, newest first. */
    public List<AgreedPlan> plansAgreedBy(LocalDate asOf) {
        return plans(dsl, PAYMENT_PLAN.AGREED_ON.le(asOf));
    }

    /** Money applied to each invoice (payments and credit notes, on the day it reached the creditor) up to a date. */
    public Map<Long, List<PartPayment>> moneyApplied(Collection<Long> invoiceIds, LocalDate upTo) {
        Map<Long, List<PartPayment>> applied = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return applied;
        }
        dsl.select(ALLOCATION.INVOICE_ID, ALLOCATION.ALLOCATED_ON, ALLOCATION.AMOUNT).from(ALLOCATION)
                .where(ALLOCATION.INVOICE_ID.in(Set.copyOf(invoiceIds)).and(ALLOCATION.ALLOCATED_ON.le(upTo)))
                .orderBy(ALLOCATION.ALLOCATED_ON, ALLOCATION.ID)
                .forEach(r -> applied.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new PartPayment(r.value2(), r.value3())));
        return applied;
    }

    private static Optional<AgreedPlan> activePlan(DSLContext tx, long debtorId) {
        return plans(tx, PAYMENT_PLAN.DEBTOR_ID.eq(debtorId).and(PAYMENT_PLAN.STATUS.eq(PlanStatus.ACTIVE.name())))
                .stream().findFirst();
    }

    private static List<AgreedPlan> plans(DSLContext tx, Condition condition) {
        var rows = tx.selectFrom(PAYMENT_PLAN).where(condition)
                .orderBy(PAYMENT_PLAN.AGREED_ON.desc().nullsLast(), PAYMENT_PLAN.ID.desc()).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.map(r -> r.getId());
        Map<Long, List<Instalment>> instalments = new HashMap<>();
        tx.select(PLAN_INSTALMENT.PLAN_ID, PLAN_INSTALMENT.DUE_DATE, PLAN_INSTALMENT.AMOUNT).from(PLAN_INSTALMENT)
                .where(PLAN_INSTALMENT.PLAN_ID.in(ids)).orderBy(PLAN_INSTALMENT.PLAN_ID, PLAN_INSTALMENT.POSITION)
                .forEach(r -> instalments.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new Instalment(r.value2(), r.value3())));
        Map<Long, List<PlanInvoice>> invoices = new HashMap<>();
        tx.select(PLAN_INVOICE.PLAN_ID, INVOICE.ID, INVOICE.NUMBER, INVOICE.DUE_DATE, INVOICE.AMOUNT_INCL_VAT,
                        PLAN_INVOICE.BALANCE)
                .from(PLAN_INVOICE).join(INVOICE).on(INVOICE.ID.eq(PLAN_INVOICE.INVOICE_ID))
                .where(PLAN_INVOICE.PLAN_ID.in(ids)).orderBy(INVOICE.DUE_DATE, INVOICE.NUMBER)
                .forEach(r -> invoices.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new PlanInvoice(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        return rows.map(r -> new AgreedPlan(r.getId(), r.getDebtorId(),
                new PaymentPlan(instalments.getOrDefault(r.getId(), List.of()), r.getAgreedOn()),
                r.getFrequency() == null ? null : Frequency.valueOf(r.getFrequency()),
                PlanStatus.valueOf(r.getStatus()), r.getCreatedOn(), r.getEndedOn(), r.getEndReason(),
                invoices.getOrDefault(r.getId(), List.of())));
    }

    private static Record2<Long, String> openCase(DSLContext tx, long debtorId) {
        return tx.select(COLLECTION_CASE.ID, COLLECTION_CASE.STAGE).from(COLLECTION_CASE)
                .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId)).fetchOne();
    }

    private static void changeStage(DSLContext tx, long debtorId, long caseId, CaseStage from, CaseStage to,
                                    LocalDate on, String author) {
        tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, to.name()).where(COLLECTION_CASE.ID.eq(caseId))
                .execute();
        TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, on, CaseEvent.STAGE_CHANGED, author, null,
                null, from.name() + " → " + to.name()));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
