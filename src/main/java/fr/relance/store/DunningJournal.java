package fr.relance.store;

import static fr.relance.store.jooq.Tables.CALL_LOG;
import static fr.relance.store.jooq.Tables.CASE_INVOICE;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DISPUTE;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PROMISE_TO_PAY;
import static fr.relance.store.jooq.Tables.WORKLIST_DECISION;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.Dispute;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.ExecutedAction;
import fr.relance.domain.dunning.ExecutionGuard;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.PromiseToPay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The writes of the dunning workflow. Each method is one transaction: the decision, the row it concerns and its
 * timeline events are written together or not at all. Inputs are checked by the caller against the domain rules;
 * what needs the stored data (an open dispute to resolve) is checked here, before any write.
 */
public final class DunningJournal {

    /** A dunning step carried out, as the service decided it. */
    public record Execution(long debtorId, LocalDate on, DunningAction action, int stepPosition, BigDecimal amount,
                            List<Long> invoiceIds, String eventKind, String summary, CaseStage stage,
                            String author) {
    }

    /** The line names a step its policy no longer has there: the policy was edited since the list was computed. */
    public static final String POLICY_CHANGED = "worklist.policyChanged";

    private final DSLContext dsl;

    public DunningJournal(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Records the execution unless it repeats the debtor's last executed action ({@link ExecutionGuard}); opens the
     * debtor's case at {@code stage} when none is open, else raises the open case to it (never lowers it).
     *
     * @return the id of the event recorded, empty for a duplicate
     */
    public Optional<Long> execute(Execution execution) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long debtorId = execution.debtorId();
            ExecutedAction last = tx.select(WORKLIST_DECISION.ACTION, WORKLIST_DECISION.STEP_POSITION,
                            WORKLIST_DECISION.AS_OF).from(WORKLIST_DECISION)
                    .where(WORKLIST_DECISION.DEBTOR_ID.eq(debtorId).and(WORKLIST_DECISION.DECISION.eq("EXECUTED")))
                    .orderBy(WORKLIST_DECISION.ID.desc()).limit(1)
                    .fetchOptional(r -> new ExecutedAction(debtorId,
                            r.value1() == null ? null : DunningAction.valueOf(r.value1()), r.value2(), r.value3()))
                    .orElse(null);
            ExecutedAction request = new ExecutedAction(debtorId, execution.action(), execution.stepPosition(),
                    execution.on());
            if (ExecutionGuard.toRecord(last, request).isEmpty()) {
                return Optional.<Long>empty();
            }
            DunningPolicyRepository.StepRef step = stepCarriedOut(tx, debtorId, execution.stepPosition(),
                    execution.action());
            long caseId = raiseCase(tx, debtorId, execution.stage(), execution.on(), execution.author());
            for (Long invoiceId : execution.invoiceIds()) {
                tx.insertInto(CASE_INVOICE, CASE_INVOICE.CASE_ID, CASE_INVOICE.INVOICE_ID).values(caseId, invoiceId)
                        .onDuplicateKeyIgnore().execute();
            }
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, execution.on(),
                    execution.eventKind(), execution.author(), execution.amount(), null, execution.summary()));
            tx.insertInto(WORKLIST_DECISION, WORKLIST_DECISION.DEBTOR_ID, WORKLIST_DECISION.CASE_ID,
                            WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.ACTION, WORKLIST_DECISION.STEP_POSITION,
                            WORKLIST_DECISION.DECISION, WORKLIST_DECISION.AUTHOR, WORKLIST_DECISION.EVENT_ID,
                            WORKLIST_DECISION.STEP_ID, WORKLIST_DECISION.STEP_OFFSET_DAYS)
                    .values(debtorId, caseId, execution.on(), name(execution.action()), execution.stepPosition(),
                            "EXECUTED", execution.author(), eventId, step == null ? null : step.id(),
                            step == null ? null : step.offsetDays())
                    .execute();
            return Optional.of(eventId);
        });
    }

    /**
     * The stored step a decision carries out, named by its identity so that the decision still finds it after the
     * policy is edited (RecordedStep). Null when the line names no step.
     *
     * @throws InvalidInputException when the debtor's policy no longer has that step there: it was edited since
     *                               the worklist was computed, which must be read again
     */
    private static DunningPolicyRepository.StepRef stepCarriedOut(DSLContext tx, long debtorId, int position,
                                                                   DunningAction action) {
        if (position <= 0) {
            return null;
        }
        return DunningPolicyRepository.stepOf(tx, debtorId, position).filter(step -> step.action() == action)
                .orElseThrow(() -> new InvalidInputException("stepPosition", POLICY_CHANGED));
    }

    /** The open case of the debtor, opened at {@code stage} if there is none, raised to it if lower. */
    private static long raiseCase(DSLContext tx, long debtorId, CaseStage stage, LocalDate on, String author) {
        Record2<Long, String> open = tx.select(COLLECTION_CASE.ID, COLLECTION_CASE.STAGE).from(COLLECTION_CASE)
                .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId)).fetchOne();
        if (open == null) {
            long caseId = tx.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                            COLLECTION_CASE.OPENED_ON).values(debtorId, stage.name(), on)
                    .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
            TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, on, CaseEvent.STAGE_CHANGED, author, null,
                    null, "→ " + stage.name()));
            return caseId;
        }
        CaseStage current = CaseStage.valueOf(open.value2());
        if (stage.ordinal() > current.ordinal()) {
            tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, stage.name())
                    .where(COLLECTION_CASE.ID.eq(open.value1())).execute();
            TimelineRepository.append(tx, CaseEvent.of(debtorId, open.value1(), on, CaseEvent.STAGE_CHANGED, author,
                    null, null, current.name() + " → " + stage.name()));
        }
        return open.value1();
    }

    /** A step postponed to {@code until} or skipped ({@code until} null), with the reason, and its event. */
    public long decide(long debtorId, LocalDate on, DunningAction action, int stepPosition, LocalDate until,
                       String reason, String author) {
        boolean postponed = until != null;
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Long caseId = openCaseId(tx, debtorId);
            DunningPolicyRepository.StepRef step = stepCarriedOut(tx, debtorId, stepPosition, action);
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, on,
                    postponed ? CaseEvent.STEP_POSTPONED : CaseEvent.STEP_SKIPPED, author, null, null,
                    (action == null ? "" : action.name() + " ") + (postponed ? "→ " + until + " " : "") + reason));
            tx.insertInto(WORKLIST_DECISION, WORKLIST_DECISION.DEBTOR_ID, WORKLIST_DECISION.CASE_ID,
                            WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.ACTION, WORKLIST_DECISION.STEP_POSITION,
                            WORKLIST_DECISION.DECISION, WORKLIST_DECISION.POSTPONED_UNTIL, WORKLIST_DECISION.REASON,
                            WORKLIST_DECISION.AUTHOR, WORKLIST_DECISION.EVENT_ID, WORKLIST_DECISION.STEP_ID,
                            WORKLIST_DECISION.STEP_OFFSET_DAYS)
                    .values(debtorId, caseId, on, name(action), stepPosition, postponed ? "POSTPONED" : "SKIPPED",
                            until, reason, author, eventId, step == null ? null : step.id(),
                            step == null ? null : step.offsetDays())
                    .execute();
            return eventId;
        });
    }

    /** A call with its outcome; a promise made during the call is recorded with it. */
    public long logCall(long debtorId, LocalDate on, CallOutcome outcome, String notes, LocalDate nextCallOn,
                        PromiseToPay promise, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Long caseId = openCaseId(tx, debtorId);
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, on, CaseEvent.CALL, author,
                    null, null, outcome.name() + (notes == null || notes.isBlank() ? "" : ": " + notes)));
            tx.insertInto(CALL_LOG, CALL_LOG.DEBTOR_ID, CALL_LOG.CALLED_ON, CALL_LOG.OUTCOME, CALL_LOG.NOTES,
                            CALL_LOG.NEXT_CALL_ON, CALL_LOG.AUTHOR, CALL_LOG.EVENT_ID)
                    .values(debtorId, on, outcome.name(), notes, nextCallOn, author, eventId).execute();
            if (promise != null) {
                insertPromise(tx, debtorId, caseId, promise, author);
            }
            return eventId;
        });
    }

    public long recordPromise(long debtorId, PromiseToPay promise, String author) {
        return dsl.transactionResult(cfg -> insertPromise(cfg.dsl(), debtorId, openCaseId(cfg.dsl(), debtorId),
                promise, author));
    }

    private static long insertPromise(DSLContext tx, long debtorId, Long caseId, PromiseToPay promise,
                                      String author) {
        long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, promise.promisedOn(),
                CaseEvent.PROMISE_MADE, author, promise.amount(), null, "→ " + promise.dueDate()));
        tx.insertInto(PROMISE_TO_PAY, PROMISE_TO_PAY.DEBTOR_ID, PROMISE_TO_PAY.CASE_ID, PROMISE_TO_PAY.PROMISED_ON,
                        PROMISE_TO_PAY.DUE_DATE, PROMISE_TO_PAY.AMOUNT, PROMISE_TO_PAY.EVENT_ID)
                .values(debtorId, caseId, promise.promisedOn(), promise.dueDate(), promise.amount(), eventId)
                .execute();
        return eventId;
    }

    /** Opens a dispute on the invoice and marks the invoice disputed. */
    public long openDispute(Dispute dispute, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long debtorId = debtorOfInvoice(tx, dispute.invoiceId());
            if (tx.fetchExists(DISPUTE, DISPUTE.INVOICE_ID.eq(dispute.invoiceId()).and(DISPUTE.RESOLUTION.isNull()))) {
                throw new InvalidInputException("invoiceId", "dispute.alreadyOpen");
            }
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, openCaseId(tx, debtorId),
                    dispute.openedOn(), CaseEvent.DISPUTE_OPENED, author, null, dispute.invoiceId(),
                    dispute.category().name() + (dispute.note() == null ? "" : ": " + dispute.note())));
            tx.insertInto(DISPUTE, DISPUTE.INVOICE_ID, DISPUTE.DEBTOR_ID, DISPUTE.CATEGORY, DISPUTE.NOTE,
                            DISPUTE.OPENED_ON, DISPUTE.OPENED_EVENT_ID)
                    .values(dispute.invoiceId(), debtorId, dispute.category().name(), dispute.note(),
                            dispute.openedOn(), eventId).execute();
            tx.update(INVOICE).set(INVOICE.DISPUTED, true).set(INVOICE.DISPUTE_REASON, truncate(dispute.note()))
                    .where(INVOICE.ID.eq(dispute.invoiceId())).execute();
            return eventId;
        });
    }

    /** Resolves the open dispute of the invoice; the domain's problems are refused before anything is written. */
    public long resolveDispute(long invoiceId, DisputeResolution resolution, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var row = tx.selectFrom(DISPUTE).where(DISPUTE.INVOICE_ID.eq(invoiceId).and(DISPUTE.RESOLUTION.isNull()))
                    .fetchOptional()
                    .orElseThrow(() -> new InvalidInputException("invoiceId", "dispute.noneOpen"));
            Dispute resolved = Dispute.open(invoiceId, DisputeCategory.valueOf(row.getCategory()), row.getNote(),
                    row.getOpenedOn()).resolve(resolution, on);
            InvalidInputException.refuseIfAny(resolved.validate());
            long eventId = TimelineRepository.append(tx, CaseEvent.of(row.getDebtorId(),
                    openCaseId(tx, row.getDebtorId()), on, CaseEvent.DISPUTE_RESOLVED, author, null, invoiceId,
                    resolution.name()));
            tx.update(DISPUTE).set(DISPUTE.RESOLUTION, resolution.name()).set(DISPUTE.RESOLVED_ON, on)
                    .set(DISPUTE.RESOLVED_EVENT_ID, eventId).where(DISPUTE.ID.eq(row.getId())).execute();
            tx.update(INVOICE).set(INVOICE.DISPUTED, false).where(INVOICE.ID.eq(invoiceId)).execute();
            return eventId;
        });
    }

    public long holdDebtor(long debtorId, Hold hold, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int updated = tx.update(DEBTOR).set(DEBTOR.ON_HOLD_FROM, hold.from()).set(DEBTOR.ON_HOLD_UNTIL, hold.until())
                    .set(DEBTOR.HOLD_REASON, truncate(hold.reason())).where(DEBTOR.ID.eq(debtorId)).execute();
            if (updated == 0) {
                throw new InvalidInputException("debtorId", "validation.required");
            }
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, openCaseId(tx, debtorId), on,
                    CaseEvent.HOLD_SET, author, null, null, holdSummary(hold)));
        });
    }

    public long holdInvoice(long invoiceId, Hold hold, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long debtorId = debtorOfInvoice(tx, invoiceId);
            tx.update(INVOICE).set(INVOICE.ON_HOLD_FROM, hold.from()).set(INVOICE.ON_HOLD_UNTIL, hold.until())
                    .set(INVOICE.HOLD_REASON, truncate(hold.reason())).where(INVOICE.ID.eq(invoiceId)).execute();
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, openCaseId(tx, debtorId), on,
                    CaseEvent.HOLD_SET, author, null, invoiceId, holdSummary(hold)));
        });
    }

    public long markInsolvency(long debtorId, LocalDate openedOn, LocalDate publishedOn, LocalDate on,
                               String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(DEBTOR).set(DEBTOR.INSOLVENCY_OPENED_ON, openedOn).set(DEBTOR.BODACC_PUBLISHED_ON, publishedOn)
                    .where(DEBTOR.ID.eq(debtorId)).execute();
            return TimelineRepository.append(tx, CaseEvent.of(debtorId, openCaseId(tx, debtorId), on,
                    CaseEvent.INSOLVENCY_OPENED, author, null, null,
                    openedOn + (publishedOn == null ? "" : " / BODACC " + publishedOn)));
        });
    }

    static String holdSummary(Hold hold) {
        return (hold.from() == null ? "" : hold.from() + " ") + "→ " + hold.until() + ": " + hold.reason();
    }

    static Long openCaseId(DSLContext tx, long debtorId) {
        return tx.select(COLLECTION_CASE.ID).from(COLLECTION_CASE).where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId))
                .fetchOne(COLLECTION_CASE.ID);
    }

    private static long debtorOfInvoice(DSLContext tx, long invoiceId) {
        Long debtorId = tx.select(INVOICE.DEBTOR_ID).from(INVOICE).where(INVOICE.ID.eq(invoiceId))
                .fetchOne(INVOICE.DEBTOR_ID);
        if (debtorId == null) {
            throw new InvalidInputException("invoiceId", "validation.required");
        }
        return debtorId;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
