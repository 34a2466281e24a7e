package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PROMISE_TO_PAY;
import static org.jooq.impl.DSL.max;

import fr.relance.domain.CaseEvent;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * What reversing a measure's event undoes, so the timeline and the dunning state never disagree: a reversed promise
 * is cancelled (dunning no longer waits for it), reversed insolvency proceedings are lifted, a reversed hold is
 * removed. Only the measure's latest event undoes it: reversing an older hold leaves a newer one in force.
 */
final class MeasureReversals {

    private MeasureReversals() {
    }

    /** Runs inside the reversal's transaction, before the reversal event is appended. */
    static void undo(DSLContext tx, CaseEvent original) {
        switch (original.kind()) {
            case CaseEvent.PROMISE_MADE -> tx.update(PROMISE_TO_PAY).set(PROMISE_TO_PAY.STATUS, "CANCELLED")
                    .where(PROMISE_TO_PAY.EVENT_ID.eq(original.id()).and(PROMISE_TO_PAY.STATUS.eq("OPEN"))).execute();
            case CaseEvent.INSOLVENCY_OPENED -> {
                if (isLatest(tx, original, CASE_EVENT.INVOICE_ID.isNull())) {
                    clearInsolvency(tx, original.debtorId());
                }
            }
            case CaseEvent.HOLD_SET -> {
                if (original.invoiceId() == null) {
                    if (isLatest(tx, original, CASE_EVENT.INVOICE_ID.isNull())) {
                        tx.update(DEBTOR).setNull(DEBTOR.ON_HOLD_FROM).setNull(DEBTOR.ON_HOLD_UNTIL)
                                .setNull(DEBTOR.HOLD_REASON).where(DEBTOR.ID.eq(original.debtorId())).execute();
                    }
                } else if (isLatest(tx, original, CASE_EVENT.INVOICE_ID.eq(original.invoiceId()))) {
                    tx.update(INVOICE).setNull(INVOICE.ON_HOLD_FROM).setNull(INVOICE.ON_HOLD_UNTIL)
                            .setNull(INVOICE.HOLD_REASON).where(INVOICE.ID.eq(original.invoiceId())).execute();
                }
            }
            default -> {
                // Other events record facts, not measures in force: reversing them changes the timeline only.
            }
        }
    }

    static void clearInsolvency(DSLContext tx, long debtorId) {
        tx.update(DEBTOR).setNull(DEBTOR.INSOLVENCY_KIND).setNull(DEBTOR.INSOLVENCY_OPENED_ON)
                .setNull(DEBTOR.BODACC_PUBLISHED_ON).setNull(DEBTOR.CLAIM_DECLARED_ON)
                .where(DEBTOR.ID.eq(debtorId)).execute();
    }

    /** The latest event of the original's kind and debtor for the same target: the one the measure rests on. */
    private static boolean isLatest(DSLContext tx, CaseEvent original, Condition target) {
        Long latest = tx.select(max(CASE_EVENT.ID)).from(CASE_EVENT)
                .where(CASE_EVENT.DEBTOR_ID.eq(original.debtorId()).and(CASE_EVENT.KIND.eq(original.kind()))
                        .and(target))
                .fetchOne(0, Long.class);
        return original.id().equals(latest);
    }

    /** The latest event of a kind for the debtor that no reversal points at; null when there is none. */
    static Long latestUnreversed(DSLContext tx, long debtorId, String kind) {
        var reversals = CASE_EVENT.as("reversal");
        return tx.select(max(CASE_EVENT.ID)).from(CASE_EVENT)
                .where(CASE_EVENT.DEBTOR_ID.eq(debtorId).and(CASE_EVENT.KIND.eq(kind)))
                .andNotExists(tx.selectOne().from(reversals).where(reversals.REVERSES_EVENT_ID.eq(CASE_EVENT.ID)))
                .fetchOne(0, Long.class);
    }
}
