package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DISPUTE;
import static fr.relance.store.jooq.Tables.DUNNING_POLICY;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PROMISE_TO_PAY;

import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.InsolvencyProceeding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The writes of the case file's follow-up tab that {@link DunningJournal} does not cover: policy choice, holds
 * lifted, promises cancelled, insolvency marked and lifted, ledger disputes resolved, cases closed. Each method is
 * one transaction; what needs the stored rows (a hold to lift, an open case to close) is checked first, and a
 * refusal writes nothing. Summaries keep dates in ISO form and codes in English, as the other journals do: the
 * timeline puts them in the reader's language.
 */
public final class MeasuresJournal {

    public static final String HOLD_NONE = "measures.hold.none";
    public static final String PROMISE_NOT_OPEN = "measures.promise.notOpen";
    public static final String INSOLVENCY_ALREADY = "measures.insolvency.already";
    public static final String INSOLVENCY_NONE = "measures.insolvency.noneToLift";
    public static final String CASE_NONE_OPEN = "measures.case.noneOpen";
    public static final String POLICY_UNKNOWN = "measures.policy.unknown";
    public static final String DISPUTE_NOT_IN_LEDGER = "measures.dispute.notInLedger";
    public static final String STAGE_UNCHANGED = "measures.stage.unchanged";

    private final DSLContext dsl;

    public MeasuresJournal(Database database) {
        this.dsl = database.dsl();
    }

    /** The debtor follows {@code policyId} from now on; null puts it back on the default of its kind. */
    public long assignPolicy(long debtorId, Long policyId, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            String before = policyName(tx, debtorId);
            if (policyId != null && !tx.fetchExists(DUNNING_POLICY, DUNNING_POLICY.ID.eq(policyId))) {
                throw new InvalidInputException("policy", POLICY_UNKNOWN);
            }
            tx.update(DEBTOR).set(DEBTOR.POLICY_ID, policyId).where(DEBTOR.ID.eq(debtorId)).execute();
            String after = policyName(tx, debtorId);
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, DunningJournal.openCaseId(tx, debtorId), on,
                    CaseEvent.POLICY_CHANGED, author, null, null, before + " → " + after));
        });
    }

    /** The name of the policy the debtor follows, its own or the default of its kind. */
    private static String policyName(DSLContext tx, long debtorId) {
        var debtor = tx.select(DEBTOR.POLICY_ID, DEBTOR.KIND).from(DEBTOR).where(DEBTOR.ID.eq(debtorId)).fetchOne();
        if (debtor == null) {
            throw new InvalidInputException("debtorId", "validation.required");
        }
        var condition = debtor.value1() != null ? DUNNING_POLICY.ID.eq(debtor.value1())
                : DUNNING_POLICY.DEBTOR_KIND.eq(debtor.value2()).and(DUNNING_POLICY.IS_DEFAULT.isTrue());
        return tx.select(DUNNING_POLICY.NAME).from(DUNNING_POLICY).where(condition).orderBy(DUNNING_POLICY.ID)
                .limit(1).fetchOptional(DUNNING_POLICY.NAME).orElse("—");
    }

    /**
     * Ends the debtor's hold ({@code invoiceId} null) or the invoice's before its planned last day: the hold is
     * kept as it ran ({@link Hold#liftedOn}), or removed when it had not started.
     */
    public long liftHold(long debtorId, Long invoiceId, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Hold hold = invoiceId == null
                    ? tx.select(DEBTOR.ON_HOLD_FROM, DEBTOR.ON_HOLD_UNTIL, DEBTOR.HOLD_REASON).from(DEBTOR)
                            .where(DEBTOR.ID.eq(debtorId)).fetchOptional(r -> new Hold(r.value1(), r.value2(), r.value3()))
                            .orElse(null)
                    : tx.select(INVOICE.ON_HOLD_FROM, INVOICE.ON_HOLD_UNTIL, INVOICE.HOLD_REASON).from(INVOICE)
                            .where(INVOICE.ID.eq(invoiceId).and(INVOICE.DEBTOR_ID.eq(debtorId)))
                            .fetchOptional(r -> new Hold(r.value1(), r.value2(), r.value3())).orElse(null);
            if (hold == null || !hold.isCurrentOrFuture(on)) {
                throw new InvalidInputException("hold", HOLD_NONE);
            }
            Hold kept = hold.liftedOn(on).orElse(new Hold(null, null, null));
            if (invoiceId == null) {
                tx.update(DEBTOR).set(DEBTOR.ON_HOLD_FROM, kept.from()).set(DEBTOR.ON_HOLD_UNTIL, kept.until())
                        .set(DEBTOR.HOLD_REASON, kept.reason()).where(DEBTOR.ID.eq(debtorId)).execute();
            } else {
                tx.update(INVOICE).set(INVOICE.ON_HOLD_FROM, kept.from()).set(INVOICE.ON_HOLD_UNTIL, kept.until())
                        .set(INVOICE.HOLD_REASON, kept.reason()).where(INVOICE.ID.eq(invoiceId)).execute();
            }
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, DunningJournal.openCaseId(tx, debtorId), on,
                    CaseEvent.HOLD_LIFTED, author, null, invoiceId, DunningJournal.holdSummary(hold)));
        });
    }

    /** Cancels an open promise: its event is reversed with the reason (the promise no longer holds dunning). */
    public long cancelPromise(long debtorId, long promiseId, String reason, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var promise = tx.select(PROMISE_TO_PAY.STATUS, PROMISE_TO_PAY.EVENT_ID).from(PROMISE_TO_PAY)
                    .where(PROMISE_TO_PAY.ID.eq(promiseId).and(PROMISE_TO_PAY.DEBTOR_ID.eq(debtorId))).fetchOne();
            if (promise == null || !"OPEN".equals(promise.value1()) || promise.value2() == null
                    || tx.fetchExists(CASE_EVENT, CASE_EVENT.REVERSES_EVENT_ID.eq(promise.value2()))) {
                throw new InvalidInputException("promise", PROMISE_NOT_OPEN);
            }
            return TimelineRepository.reverse(tx, promise.value2(), author, reason, on);
        });
    }

    public long markInsolvency(long debtorId, InsolvencyProceeding proceeding, LocalDate openedOn,
                               LocalDate publishedOn, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var marked = tx.select(DEBTOR.INSOLVENCY_OPENED_ON).from(DEBTOR).where(DEBTOR.ID.eq(debtorId)).fetchOne();
            if (marked == null) {
                throw new InvalidInputException("debtorId", "validation.required");
            }
            if (marked.value1() != null) {
                throw new InvalidInputException("insolvency", INSOLVENCY_ALREADY);
            }
            tx.update(DEBTOR).set(DEBTOR.INSOLVENCY_KIND, proceeding.name()).set(DEBTOR.INSOLVENCY_OPENED_ON, openedOn)
                    .set(DEBTOR.BODACC_PUBLISHED_ON, publishedOn).setNull(DEBTOR.CLAIM_DECLARED_ON)
                    .where(DEBTOR.ID.eq(debtorId)).execute();
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, DunningJournal.openCaseId(tx, debtorId), on,
                    CaseEvent.INSOLVENCY_OPENED, author, null, null,
                    proceeding.name() + " " + openedOn + " / BODACC " + publishedOn));
        });
    }

    /** Lifts the proceedings by reversing the event that marked them, with the reason. */
    public long liftInsolvency(long debtorId, String reason, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            boolean marked = tx.fetchExists(DEBTOR, DEBTOR.ID.eq(debtorId).and(DEBTOR.INSOLVENCY_OPENED_ON.isNotNull()));
            if (!marked) {
                throw new InvalidInputException("insolvency", INSOLVENCY_NONE);
            }
            Long eventId = MeasureReversals.latestUnreversed(tx, debtorId, CaseEvent.INSOLVENCY_OPENED);
            if (eventId != null) {
                long reversal = TimelineRepository.reverse(tx, eventId, author, reason, on);
                MeasureReversals.clearInsolvency(tx, debtorId); // also when a later, reversed marking was latest
                return reversal;
            }
            // Marked without an event (before the timeline recorded it): the lifting still leaves a trace.
            MeasureReversals.clearInsolvency(tx, debtorId);
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, DunningJournal.openCaseId(tx, debtorId), on,
                    CaseEvent.REVERSAL, author, null, null, CaseEvent.INSOLVENCY_OPENED + ": " + reason));
        });
    }

    /**
     * Resolves a dispute the imported ledger flags without a dispute row: the dispute is recorded as it ends, on
     * {@code on}, with the ledger's reason as its note.
     */
    public long resolveLedgerDispute(long debtorId, long invoiceId, DisputeResolution resolution, LocalDate on,
                                     String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var invoice = tx.select(INVOICE.DISPUTED, INVOICE.DISPUTE_REASON).from(INVOICE)
                    .where(INVOICE.ID.eq(invoiceId).and(INVOICE.DEBTOR_ID.eq(debtorId))).fetchOne();
            if (invoice == null || !Boolean.TRUE.equals(invoice.value1())
                    || tx.fetchExists(DISPUTE, DISPUTE.INVOICE_ID.eq(invoiceId).and(DISPUTE.RESOLUTION.isNull()))) {
                throw new InvalidInputException("dispute", DISPUTE_NOT_IN_LEDGER);
            }
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, DunningJournal.openCaseId(tx, debtorId),
                    on, CaseEvent.DISPUTE_RESOLVED, author, null, invoiceId, resolution.name()));
            tx.insertInto(DISPUTE, DISPUTE.INVOICE_ID, DISPUTE.DEBTOR_ID, DISPUTE.CATEGORY, DISPUTE.NOTE,
                            DISPUTE.OPENED_ON, DISPUTE.RESOLUTION, DISPUTE.RESOLVED_ON, DISPUTE.RESOLVED_EVENT_ID)
                    .values(invoiceId, debtorId, DisputeCategory.OTHER.name(), invoice.value2(), on, resolution.name(),
                            on, eventId)
                    .execute();
            tx.update(INVOICE).set(INVOICE.DISPUTED, false).where(INVOICE.ID.eq(invoiceId)).execute();
            return eventId;
        });
    }

    /**
     * Moves the debtor's open case to {@code stage} (up or down: a case back to amicable after an agreement), or
     * opens the case at that stage when none is open. The event keeps the reason.
     */
    public long changeStage(long debtorId, CaseStage stage, String reason, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var open = tx.select(COLLECTION_CASE.ID, COLLECTION_CASE.STAGE).from(COLLECTION_CASE)
                    .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId)).fetchOne();
            long caseId;
            String from;
            if (open == null) {
                caseId = tx.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                                COLLECTION_CASE.OPENED_ON).values(debtorId, stage.name(), on)
                        .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
                from = "";
            } else {
                if (open.value2().equals(stage.name())) {
                    throw new InvalidInputException("stage", STAGE_UNCHANGED);
                }
                caseId = open.value1();
                from = open.value2() + " ";
                tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, stage.name())
                        .where(COLLECTION_CASE.ID.eq(caseId)).execute();
            }
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, on, CaseEvent.STAGE_CHANGED, author,
                    null, null, from + "→ " + stage.name() + ": " + reason));
        });
    }

    /**
     * Closes the debtor's open case. A write-off also takes the invoices given up out of the receivables
     * (invoice.closed_on), so they leave the aging list and dunning stops; {@code amount} is what is given up. A
     * debtor written off before any dunning (insolvent at once, say) gets its case opened and closed together, so
     * the write-off has its case like any other.
     */
    public long closeCase(long debtorId, CaseClosingReason reason, String note, List<Long> invoicesWrittenOff,
                          BigDecimal amount, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> closeCase(cfg.dsl(), debtorId, reason, note, invoicesWrittenOff, amount,
                on, author));
    }

    /** {@link #closeCase(long, CaseClosingReason, String, List, BigDecimal, LocalDate, String)} in the caller's transaction. */
    static long closeCase(DSLContext tx, long debtorId, CaseClosingReason reason, String note,
                          List<Long> invoicesWrittenOff, BigDecimal amount, LocalDate on, String author) {
        {
            var open = tx.select(COLLECTION_CASE.ID, COLLECTION_CASE.STAGE).from(COLLECTION_CASE)
                    .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId)).fetchOne();
            String from;
            long caseId;
            if (open != null) {
                caseId = open.value1();
                from = open.value2() + " ";
            } else if (reason == CaseClosingReason.WRITTEN_OFF) {
                caseId = tx.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                                COLLECTION_CASE.OPENED_ON).values(debtorId, CaseStage.AMICABLE.name(), on)
                        .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
                from = "";
            } else {
                throw new InvalidInputException("case", CASE_NONE_OPEN);
            }
            if (reason == CaseClosingReason.WRITTEN_OFF && !invoicesWrittenOff.isEmpty()) {
                tx.update(INVOICE).set(INVOICE.CLOSED_ON, on)
                        .where(INVOICE.ID.in(invoicesWrittenOff).and(INVOICE.DEBTOR_ID.eq(debtorId))
                                .and(INVOICE.CLOSED_ON.isNull()))
                        .execute();
            }
            tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, CaseStage.CLOSED.name())
                    .set(COLLECTION_CASE.CLOSED_ON, on).set(COLLECTION_CASE.CLOSED_REASON, reason.name())
                    .where(COLLECTION_CASE.ID.eq(caseId)).execute();
            String summary = from + "→ " + CaseStage.CLOSED.name() + " (" + reason.name() + ")"
                    + (note == null || note.isBlank() ? "" : ": " + note.strip());
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, on, CaseEvent.STAGE_CHANGED,
                    author, reason == CaseClosingReason.WRITTEN_OFF ? amount : null, null, summary));
        }
    }
}
