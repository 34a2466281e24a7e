package fr.relance.store;

import static fr.relance.store.jooq.Tables.CALL_LOG;
import static fr.relance.store.jooq.Tables.CASE_INVOICE;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DISPUTE;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PROMISE_TO_PAY;
import static fr.relance.store.jooq.Tables.WORKLIST_DECISION;
import static fr.relance.store.jooq.Tables.WORKLIST_DECISION_INVOICE;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.DecisionSummary;
import fr.relance.domain.dunning.Dispute;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.ExecutedAction;
import fr.relance.domain.dunning.ExecutionGuard;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.PromiseToPay;
import fr.relance.domain.dunning.WorklistKind;
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
                            String author, WorklistKind lineKind) {

        /** An ordinary dunning step. */
        public Execution(long debtorId, LocalDate on, DunningAction action, int stepPosition, BigDecimal amount,
                         List<Long> invoiceIds, String eventKind, String summary, CaseStage stage, String author) {
            this(debtorId, on, action, stepPosition, amount, invoiceIds, eventKind, summary, stage, author,
                    WorklistKind.DUNNING_STEP);
        }
    }

    /** A call logged with what came of it. */
    public record Call(long debtorId, LocalDate on, CallOutcome outcome, String notes, LocalDate nextCallOn,
                       PromiseToPay promise, String author) {
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
        return dsl.transactionResult(cfg -> execute(cfg.dsl(), execution));
    }

    /** {@link #execute(Execution)} inside the caller's transaction (a letter recorded with its worklist line). */
    static Optional<Long> execute(DSLContext tx, Execution execution) {
        if (isRepeated(tx, execution)) {
            return Optional.empty();
        }
        CaseRaise raised = raiseCase(tx, execution);
        long eventId = TimelineRepository.append(tx, CaseEvent.of(execution.debtorId(), raised.caseId(),
                execution.on(), execution.eventKind(), execution.author(), execution.amount(), null,
                execution.summary()));
        insertExecution(tx, execution, raised, eventId);
        return Optional.of(eventId);
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

    /**
     * A call logged from the worklist. For a policy's call step ({@code step} not null) the call is also the step's
     * execution: both are written with one event, unless the step was already recorded that day
     * ({@link ExecutionGuard}), when only the call is added.
     *
     * @return the id of the call's event
     */
    public long logCall(Call call, Execution step) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (step == null || isRepeated(tx, step)) {
                return insertCall(tx, call, openCaseId(tx, call.debtorId()));
            }
            CaseRaise raised = raiseCase(tx, step);
            long eventId = insertCall(tx, call, raised.caseId());
            insertExecution(tx, step, raised, eventId);
            return eventId;
        });
    }

    /** Whether the execution repeats the debtor's last one not reversed (same step, same day). */
    private static boolean isRepeated(DSLContext tx, Execution execution) {
        long debtorId = execution.debtorId();
        ExecutedAction last = tx.select(WORKLIST_DECISION.ACTION, WORKLIST_DECISION.STEP_POSITION,
                        WORKLIST_DECISION.AS_OF).from(WORKLIST_DECISION)
                .where(WORKLIST_DECISION.DEBTOR_ID.eq(debtorId).and(WORKLIST_DECISION.DECISION.eq("EXECUTED")))
                .and(Reversals.notReversed(WORKLIST_DECISION.EVENT_ID))
                .orderBy(WORKLIST_DECISION.ID.desc()).limit(1)
                .fetchOptional(r -> new ExecutedAction(debtorId,
                        r.value1() == null ? null : DunningAction.valueOf(r.value1()), r.value2(), r.value3()))
                .orElse(null);
        ExecutedAction request = new ExecutedAction(debtorId, execution.action(), execution.stepPosition(),
                execution.on());
        return ExecutionGuard.toRecord(last, request).isEmpty();
    }

    private static void insertExecution(DSLContext tx, Execution execution, CaseRaise raised, long eventId) {
        DunningPolicyRepository.StepRef step = stepCarriedOut(tx, execution.debtorId(), execution.stepPosition(),
                execution.action());
        for (Long invoiceId : execution.invoiceIds()) {
            tx.insertInto(CASE_INVOICE, CASE_INVOICE.CASE_ID, CASE_INVOICE.INVOICE_ID)
                    .values(raised.caseId(), invoiceId).onDuplicateKeyIgnore().execute();
        }
        tx.insertInto(WORKLIST_DECISION, WORKLIST_DECISION.DEBTOR_ID, WORKLIST_DECISION.CASE_ID,
                        WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.ACTION, WORKLIST_DECISION.STEP_POSITION,
                        WORKLIST_DECISION.DECISION, WORKLIST_DECISION.AUTHOR, WORKLIST_DECISION.EVENT_ID,
                        WORKLIST_DECISION.LINE_KIND, WORKLIST_DECISION.STAGE_BEFORE, WORKLIST_DECISION.STAGE_EVENT_ID,
                        WORKLIST_DECISION.STEP_ID, WORKLIST_DECISION.STEP_OFFSET_DAYS)
                .values(execution.debtorId(), raised.caseId(), execution.on(), name(execution.action()),
                        execution.stepPosition(), "EXECUTED", execution.author(), eventId,
                        execution.lineKind().name(), name(raised.stageBefore()), raised.stageEventId(),
                        step == null ? null : step.id(), step == null ? null : step.offsetDays())
                .execute();
    }

    /**
     * The case an execution opened or raised.
     *
     * @param stageBefore  the stage before, null when the execution opened the case
     * @param stageEventId the stage-change event, null when the stage did not change
     */
    private record CaseRaise(long caseId, CaseStage stageBefore, Long stageEventId) {
    }

    /** The open case of the debtor, opened at the execution's stage if there is none, raised to it if lower. */
    private static CaseRaise raiseCase(DSLContext tx, Execution execution) {
        long debtorId = execution.debtorId();
        CaseStage stage = execution.stage();
        LocalDate on = execution.on();
        Record2<Long, String> open = tx.select(COLLECTION_CASE.ID, COLLECTION_CASE.STAGE).from(COLLECTION_CASE)
                .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId)).fetchOne();
        if (open == null) {
            long caseId = tx.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                            COLLECTION_CASE.OPENED_ON).values(debtorId, stage.name(), on)
                    .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
            long stageEvent = TimelineRepository.append(tx, CaseEvent.of(debtorId, caseId, on,
                    CaseEvent.STAGE_CHANGED, execution.author(), null, null, "→ " + stage.name()));
            return new CaseRaise(caseId, null, stageEvent);
        }
        CaseStage current = CaseStage.valueOf(open.value2());
        if (stage.ordinal() > current.ordinal()) {
            tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, stage.name())
                    .where(COLLECTION_CASE.ID.eq(open.value1())).execute();
            long stageEvent = TimelineRepository.append(tx, CaseEvent.of(debtorId, open.value1(), on,
                    CaseEvent.STAGE_CHANGED, execution.author(), null, null, current.name() + " → " + stage.name()));
            return new CaseRaise(open.value1(), current, stageEvent);
        }
        return new CaseRaise(open.value1(), current, null);
    }

    /** A step postponed to {@code until} or skipped ({@code until} null), with the reason, and its event. */
    public long decide(long debtorId, LocalDate on, DunningAction action, int stepPosition, LocalDate until,
                       String reason, String author) {
        return decide(new Decision(debtorId, WorklistKind.DUNNING_STEP, on, action, stepPosition, until, reason,
                List.of(), author));
    }

    /**
     * A worklist line postponed or skipped, and what it was about.
     *
     * @param until      the day the line comes back; null for a skip
     * @param invoiceIds the invoices the decision covers, kept when they matter (a limitation warning taken note of)
     */
    public record Decision(long debtorId, WorklistKind lineKind, LocalDate on, DunningAction action,
                           int stepPosition, LocalDate until, String reason, List<Long> invoiceIds, String author) {
    }

    /**
     * Records a postponement or a skip and its event. The same decision already recorded that day (a double click,
     * a repeated batch) is not recorded again.
     *
     * @return the id of the decision's event
     */
    public long decide(Decision decision) {
        boolean postponed = decision.until() != null;
        String verdict = postponed ? "POSTPONED" : "SKIPPED";
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Long repeated = tx.select(WORKLIST_DECISION.EVENT_ID).from(WORKLIST_DECISION)
                    .where(WORKLIST_DECISION.DEBTOR_ID.eq(decision.debtorId()))
                    .and(WORKLIST_DECISION.LINE_KIND.eq(decision.lineKind().name()))
                    .and(WORKLIST_DECISION.AS_OF.eq(decision.on())).and(WORKLIST_DECISION.DECISION.eq(verdict))
                    .and(WORKLIST_DECISION.STEP_POSITION.eq(decision.stepPosition()))
                    .and(postponed ? WORKLIST_DECISION.POSTPONED_UNTIL.eq(decision.until())
                            : WORKLIST_DECISION.POSTPONED_UNTIL.isNull())
                    .and(Reversals.notReversed(WORKLIST_DECISION.EVENT_ID))
                    .orderBy(WORKLIST_DECISION.ID.desc()).limit(1).fetchOne(WORKLIST_DECISION.EVENT_ID);
            if (repeated != null) {
                return repeated;
            }
            Long caseId = openCaseId(tx, decision.debtorId());
            DunningPolicyRepository.StepRef step = stepCarriedOut(tx, decision.debtorId(), decision.stepPosition(),
                    decision.action());
            long eventId = TimelineRepository.append(tx, CaseEvent.of(decision.debtorId(), caseId, decision.on(),
                    postponed ? CaseEvent.STEP_POSTPONED : CaseEvent.STEP_SKIPPED, decision.author(), null, null,
                    DecisionSummary.of(decision.lineKind(), decision.action(), decision.until(),
                            decision.reason()).format()));
            long decisionId = tx.insertInto(WORKLIST_DECISION, WORKLIST_DECISION.DEBTOR_ID, WORKLIST_DECISION.CASE_ID,
                            WORKLIST_DECISION.AS_OF, WORKLIST_DECISION.ACTION, WORKLIST_DECISION.STEP_POSITION,
                            WORKLIST_DECISION.DECISION, WORKLIST_DECISION.POSTPONED_UNTIL, WORKLIST_DECISION.REASON,
                            WORKLIST_DECISION.AUTHOR, WORKLIST_DECISION.EVENT_ID, WORKLIST_DECISION.LINE_KIND,
                            WORKLIST_DECISION.STEP_ID, WORKLIST_DECISION.STEP_OFFSET_DAYS)
                    .values(decision.debtorId(), caseId, decision.on(), name(decision.action()),
                            decision.stepPosition(), verdict, decision.until(), truncate(decision.reason()),
                            decision.author(), eventId, decision.lineKind().name(), step == null ? null : step.id(),
                            step == null ? null : step.offsetDays())
                    .returningResult(WORKLIST_DECISION.ID).fetchOne(WORKLIST_DECISION.ID);
            for (Long invoiceId : decision.invoiceIds()) {
                tx.insertInto(WORKLIST_DECISION_INVOICE, WORKLIST_DECISION_INVOICE.DECISION_ID,
                        WORKLIST_DECISION_INVOICE.INVOICE_ID).values(decisionId, invoiceId).execute();
            }
            return eventId;
        });
    }

    /** A call with its outcome; a promise made during the call is recorded with it. */
    public long logCall(long debtorId, LocalDate on, CallOutcome outcome, String notes, LocalDate nextCallOn,
                        PromiseToPay promise, String author) {
        return logCall(new Call(debtorId, on, outcome, notes, nextCallOn, promise, author), null);
    }

    private static long insertCall(DSLContext tx, Call call, Long caseId) {
        String notes = call.notes();
        long eventId = TimelineRepository.append(tx, CaseEvent.of(call.debtorId(), caseId, call.on(), CaseEvent.CALL,
                call.author(), null, null, call.outcome().name() + (notes == null || notes.isBlank() ? "" : ": " + notes)));
        tx.insertInto(CALL_LOG, CALL_LOG.DEBTOR_ID, CALL_LOG.CALLED_ON, CALL_LOG.OUTCOME, CALL_LOG.NOTES,
                        CALL_LOG.NEXT_CALL_ON, CALL_LOG.AUTHOR, CALL_LOG.EVENT_ID)
                .values(call.debtorId(), call.on(), call.outcome().name(), notes, call.nextCallOn(), call.author(),
                        eventId).execute();
        if (call.promise() != null) {
            insertPromise(tx, call.debtorId(), caseId, call.promise(), call.author());
        }
        return eventId;
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
