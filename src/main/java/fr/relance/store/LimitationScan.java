package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.DEBT_ACKNOWLEDGEMENT;
import static fr.relance.store.jooq.Tables.PAYMENT;
import static fr.relance.store.jooq.Tables.PAYMENT_PLAN;
import static fr.relance.store.jooq.Tables.WORKLIST_DECISION;
import static fr.relance.store.jooq.Tables.WORKLIST_DECISION_INVOICE;

import fr.relance.domain.dunning.DebtAcknowledgement;
import fr.relance.domain.dunning.WorklistKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What the limitation dates depend on besides the ledger's due dates, for all debtors or a few: the debtors'
 * acknowledgements of debt (part payments, signed payment plans, written acknowledgements) and the controller's
 * decisions on the worklist's limitation warnings. Rows whose event was reversed do not count.
 */
final class LimitationScan {

    /** What was read, by debtor. */
    record Result(Map<Long, List<DebtAcknowledgement>> acknowledgements, Map<Long, Map<Long, LocalDate>> notedOn,
                  Map<Long, LocalDate> postponedUntil) {

        List<DebtAcknowledgement> acknowledgementsOf(long debtorId) {
            return acknowledgements.getOrDefault(debtorId, List.of());
        }

        Map<Long, LocalDate> notedOnOf(long debtorId) {
            return notedOn.getOrDefault(debtorId, Map.of());
        }

        LocalDate postponedUntilOf(long debtorId) {
            return postponedUntil.get(debtorId);
        }
    }

    private final DSLContext dsl;

    LimitationScan(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @param debtorIds the debtors to read; null for all */
    Result read(LocalDate asOf, Collection<Long> debtorIds) {
        Map<Long, List<DebtAcknowledgement>> acknowledgements = new HashMap<>();
        // A part payment acknowledges the invoice it pays, on the day the money came (Code civil 2240).
        dsl.select(PAYMENT.DEBTOR_ID, ALLOCATION.INVOICE_ID, PAYMENT.RECEIVED_ON).from(ALLOCATION)
                .join(PAYMENT).on(PAYMENT.ID.eq(ALLOCATION.PAYMENT_ID))
                .where(ALLOCATION.ALLOCATED_ON.le(asOf).and(PAYMENT.RECEIVED_ON.le(asOf))
                        .and(forDebtors(PAYMENT.DEBTOR_ID, debtorIds)))
                .forEach(r -> add(acknowledgements, r.value1(),
                        new DebtAcknowledgement(r.value3(), r.value2(), DebtAcknowledgement.Source.PART_PAYMENT)));
        // A signed payment plan acknowledges the debt it schedules: every invoice issued by its agreement date.
        dsl.select(PAYMENT_PLAN.DEBTOR_ID, PAYMENT_PLAN.AGREED_ON).from(PAYMENT_PLAN)
                .where(PAYMENT_PLAN.AGREED_ON.le(asOf).and(PAYMENT_PLAN.STATUS.ne("CANCELLED"))
                        .and(Reversals.notReversed(PAYMENT_PLAN.EVENT_ID))
                        .and(forDebtors(PAYMENT_PLAN.DEBTOR_ID, debtorIds)))
                .forEach(r -> add(acknowledgements, r.value1(),
                        new DebtAcknowledgement(r.value2(), null, DebtAcknowledgement.Source.PAYMENT_PLAN)));
        dsl.select(DEBT_ACKNOWLEDGEMENT.DEBTOR_ID, DEBT_ACKNOWLEDGEMENT.INVOICE_ID,
                        DEBT_ACKNOWLEDGEMENT.ACKNOWLEDGED_ON).from(DEBT_ACKNOWLEDGEMENT)
                .where(DEBT_ACKNOWLEDGEMENT.ACKNOWLEDGED_ON.le(asOf)
                        .and(Reversals.notReversed(DEBT_ACKNOWLEDGEMENT.EVENT_ID))
                        .and(forDebtors(DEBT_ACKNOWLEDGEMENT.DEBTOR_ID, debtorIds)))
                .forEach(r -> add(acknowledgements, r.value1(),
                        new DebtAcknowledgement(r.value3(), r.value2(), DebtAcknowledgement.Source.WRITTEN)));

        // The controller's decisions on the limitation warnings: taken note of (per invoice), or postponed.
        Map<Long, Map<Long, LocalDate>> notedOn = new HashMap<>();
        Map<Long, LocalDate> postponedUntil = new HashMap<>();
        Condition warnings = WORKLIST_DECISION.LINE_KIND.eq(WorklistKind.LIMITATION_WARNING.name())
                .and(WORKLIST_DECISION.AS_OF.le(asOf)).and(Reversals.notReversed(WORKLIST_DECISION.EVENT_ID))
                .and(forDebtors(WORKLIST_DECISION.DEBTOR_ID, debtorIds));
        dsl.select(WORKLIST_DECISION.DEBTOR_ID, WORKLIST_DECISION_INVOICE.INVOICE_ID, WORKLIST_DECISION.AS_OF)
                .from(WORKLIST_DECISION).join(WORKLIST_DECISION_INVOICE)
                .on(WORKLIST_DECISION_INVOICE.DECISION_ID.eq(WORKLIST_DECISION.ID))
                .where(warnings.and(WORKLIST_DECISION.DECISION.eq("SKIPPED")))
                .forEach(r -> notedOn.computeIfAbsent(r.value1(), id -> new HashMap<>())
                        .merge(r.value2(), r.value3(), (a, b) -> a.isAfter(b) ? a : b));
        dsl.select(WORKLIST_DECISION.DEBTOR_ID, WORKLIST_DECISION.POSTPONED_UNTIL).from(WORKLIST_DECISION)
                .where(warnings.and(WORKLIST_DECISION.DECISION.eq("POSTPONED")))
                .orderBy(WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.ID)
                .forEach(r -> postponedUntil.put(r.value1(), r.value2()));
        return new Result(acknowledgements, notedOn, postponedUntil);
    }

    private static Condition forDebtors(Field<Long> debtorId, Collection<Long> debtorIds) {
        return debtorIds == null ? DSL.noCondition() : debtorId.in(debtorIds);
    }

    private static void add(Map<Long, List<DebtAcknowledgement>> byDebtor, long debtorId, DebtAcknowledgement ack) {
        byDebtor.computeIfAbsent(debtorId, id -> new ArrayList<>()).add(ack);
    }
}
