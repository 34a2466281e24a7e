package fr.relance.dunning;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.Dispute;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.InsolvencyWatch;
import fr.relance.domain.dunning.PromiseToPay;
import fr.relance.domain.dunning.Worklist;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.store.Database;
import fr.relance.store.DunningJournal;
import fr.relance.store.DunningStateRepository;
import fr.relance.store.ReceivablesRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The actions of the day and what the credit controller does with them. Every input is checked against the
 * domain's rules first; a refusal throws {@link InvalidInputException} with the problems, and nothing is written.
 */
public final class WorklistService {

    public static final String UNTIL_NOT_AFTER = "worklist.postpone.untilNotAfterAsOf";
    public static final String REASON_REQUIRED = "worklist.reasonRequired";
    public static final String PROMISE_REQUIRED = "call.promiseRequired";
    public static final String NO_ACTION = "worklist.noAction";

    private final DunningStateRepository states;
    private final DunningJournal journal;
    private final ReceivablesRepository receivables;
    private final String user;
    private final PaymentPlanService plans;

    /** @param user the name written as author of the timeline events (the controller using the app) */
    public WorklistService(Database database, String user) {
        this(database, user, new PaymentPlanService(database, user, Clock.systemDefaultZone()));
    }

    /** @param plans follows the payment plans up before each worklist, and tells which ones stop dunning */
    public WorklistService(Database database, String user, PaymentPlanService plans) {
        this.states = new DunningStateRepository(database);
        this.journal = new DunningJournal(database);
        this.receivables = new ReceivablesRepository(database);
        this.user = user;
        this.plans = plans;
    }

    /**
     * The actions due on {@code asOf}. The payment plans are followed up first (a default or a completion found
     * up to that date, never past today, is recorded once), then each debtor's plan stops or brings back dunning.
     */
    public List<WorklistItem> worklist(LocalDate asOf) {
        plans.followUp(asOf);
        return Worklist.compute(asOf, states.statesAsOf(asOf), plans.standingsAsOf(asOf));
    }

    /**
     * Records the item's action as done on {@code asOf}: a decision EXECUTED and a timeline event, opening or
     * raising the debtor's case. Executing the same item again the same day records nothing.
     *
     * @return the event recorded, empty when the execution repeats the last one
     */
    public Optional<Long> execute(WorklistItem item, LocalDate asOf, String author) {
        DunningAction action = item.action();
        if (action == null) {
            throw new InvalidInputException("action", NO_ACTION);
        }
        return journal.execute(new DunningJournal.Execution(item.debtorId(), asOf, action, item.stepPosition(),
                item.amount(), item.invoiceIds(), eventKind(action), summary(item), stageAfter(action), author));
    }

    /** The timeline kind recording an action. */
    public static String eventKind(DunningAction action) {
        return switch (action) {
            case EMAIL_REMINDER -> CaseEvent.EMAIL_SENT;
            case REMINDER_LETTER -> CaseEvent.REMINDER_SENT;
            case PHONE_CALL -> CaseEvent.CALL;
            case FORMAL_NOTICE -> CaseEvent.FORMAL_NOTICE_SENT;
            case AGENCY_PROPOSAL -> CaseEvent.AGENCY_PROPOSED;
            case LEGAL_REVIEW -> CaseEvent.LEGAL_REVIEW;
        };
    }

    /** The stage the case reaches with the action (a case is raised, never lowered). */
    static CaseStage stageAfter(DunningAction action) {
        return switch (action) {
            case FORMAL_NOTICE -> CaseStage.FORMAL_NOTICE;
            case AGENCY_PROPOSAL -> CaseStage.AGENCY;
            default -> CaseStage.AMICABLE;
        };
    }

    private static String summary(WorklistItem item) {
        String template = item.templateCode() == null ? "" : " (" + item.templateCode() + ")";
        return "Étape " + item.stepPosition() + template + ", " + item.invoiceIds().size() + " facture(s)";
    }

    /** The next step waits until {@code until} (dunning resumes on that day). */
    public long postpone(WorklistItem item, LocalDate asOf, LocalDate until, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (until == null || !until.isAfter(asOf)) {
            problems.add(new FieldProblem("until", UNTIL_NOT_AFTER));
        }
        requireReason(reason, problems);
        InvalidInputException.refuseIfAny(problems);
        return journal.decide(item.debtorId(), asOf, item.action(), item.stepPosition(), until, reason.strip(), user);
    }

    /** The step is passed over: the next one comes when due. */
    public long skip(WorklistItem item, LocalDate asOf, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        requireReason(reason, problems);
        InvalidInputException.refuseIfAny(problems);
        return journal.decide(item.debtorId(), asOf, item.action(), item.stepPosition(), null, reason.strip(), user);
    }

    /**
     * A call made on {@code asOf}. A PROMISED outcome needs the promise (date and amount), which is recorded too.
     */
    public long logCall(long debtorId, LocalDate asOf, CallOutcome outcome, String notes, LocalDate nextCallOn,
                        LocalDate promisedDueDate, BigDecimal promisedAmount) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "validation.required"));
        }
        if (nextCallOn != null && !nextCallOn.isAfter(asOf)) {
            problems.add(new FieldProblem("nextCallOn", UNTIL_NOT_AFTER));
        }
        PromiseToPay promise = null;
        if (outcome == CallOutcome.PROMISED) {
            if (promisedDueDate == null || promisedAmount == null) {
                problems.add(new FieldProblem("promise", PROMISE_REQUIRED));
            } else {
                promise = new PromiseToPay(asOf, promisedDueDate, promisedAmount);
                problems.addAll(promise.validate(asOf, balanceOf(debtorId, asOf)));
            }
        }
        InvalidInputException.refuseIfAny(problems);
        return journal.logCall(debtorId, asOf, outcome, notes, nextCallOn, promise, user);
    }

    public long recordPromise(long debtorId, LocalDate asOf, LocalDate dueDate, BigDecimal amount) {
        if (dueDate == null || amount == null) {
            throw new InvalidInputException("promise", PROMISE_REQUIRED);
        }
        PromiseToPay promise = new PromiseToPay(asOf, dueDate, amount);
        InvalidInputException.refuseIfAny(promise.validate(asOf, balanceOf(debtorId, asOf)));
        return journal.recordPromise(debtorId, promise, user);
    }

    public long openDispute(long invoiceId, DisputeCategory category, String note, LocalDate asOf) {
        if (category == null) {
            throw new InvalidInputException("category", "validation.required");
        }
        Dispute dispute = Dispute.open(invoiceId, category, note, asOf);
        InvalidInputException.refuseIfAny(dispute.validate());
        return journal.openDispute(dispute, user);
    }

    public long resolveDispute(long invoiceId, DisputeResolution resolution, LocalDate asOf) {
        if (resolution == null) {
            throw new InvalidInputException("resolution", "validation.required");
        }
        return journal.resolveDispute(invoiceId, resolution, asOf, user);
    }

    public long putDebtorOnHold(long debtorId, Hold hold, LocalDate asOf) {
        InvalidInputException.refuseIfAny(hold.validate());
        return journal.holdDebtor(debtorId, hold, asOf, user);
    }

    public long putInvoiceOnHold(long invoiceId, Hold hold, LocalDate asOf) {
        InvalidInputException.refuseIfAny(hold.validate());
        return journal.holdInvoice(invoiceId, hold, asOf, user);
    }

    public long markInsolvency(long debtorId, LocalDate openedOn, LocalDate publishedOn, LocalDate asOf) {
        if (openedOn == null || publishedOn == null) {
            throw new InvalidInputException(openedOn == null ? "openedOn" : "publishedOn", "validation.required");
        }
        InvalidInputException.refuseIfAny(InsolvencyWatch.opened(openedOn, publishedOn).validate(asOf));
        return journal.markInsolvency(debtorId, openedOn, publishedOn, asOf, user);
    }

    /** What the debtor owes on {@code asOf}: its open invoices less its open credit notes. */
    private BigDecimal balanceOf(long debtorId, LocalDate asOf) {
        return receivables.openItemsOf(debtorId, asOf).stream().map(fr.relance.domain.OpenItem::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void requireReason(String reason, List<FieldProblem> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", REASON_REQUIRED));
        }
    }
}
