package fr.relance.dunning;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.Money;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.ClaimDeclaration;
import fr.relance.domain.dunning.Dispute;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.InsolvencyWatch;
import fr.relance.domain.dunning.InvoiceLimitation;
import fr.relance.domain.dunning.PromiseToPay;
import fr.relance.domain.dunning.Worklist;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.domain.dunning.DebtorDunningState;
import fr.relance.domain.registered.RegisteredMailFollowUp;
import fr.relance.store.AgencyCaseRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.RegisteredMailRepository;
import fr.relance.store.DunningJournal;
import fr.relance.store.DunningStateRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.store.FollowUpJournal;
import fr.relance.store.LimitationRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The actions of the day and what the credit controller does with them. Every input is checked against the
 * domain's rules first; a refusal throws {@link InvalidInputException} with the problems, and nothing is written.
 */
public final class WorklistService {

    public static final String UNTIL_NOT_AFTER = "worklist.postpone.untilNotAfterAsOf";
    public static final String REASON_REQUIRED = "worklist.reasonRequired";
    public static final String PROMISE_REQUIRED = "call.promiseRequired";
    public static final String OUTCOME_REQUIRED = "call.outcomeRequired";
    public static final String NO_ACTION = "worklist.noAction";
    /** A call is logged with its outcome (the call form), not executed blind. */
    public static final String CALL_NEEDS_OUTCOME = "worklist.execute.callNeedsOutcome";
    /** A claim filing is answered by declaring the claim. */
    public static final String CLAIM_NEEDS_DECLARATION = "worklist.execute.claimNeedsDeclaration";
    /** A limitation warning is taken note of (skip with a reason) or postponed. */
    public static final String WARNING_NOT_EXECUTABLE = "worklist.execute.warningNotExecutable";
    /** A registered letter to follow up: look up its number and record the delivery or return in the case file. */
    public static final String TRACKING_NOT_EXECUTABLE = "worklist.execute.trackingNotExecutable";
    /** A claim filing has a legal deadline: neither postponed nor skipped. */
    public static final String CLAIM_NOT_DEFERRABLE = "worklist.claimNotDeferrable";

    private final DunningStateRepository states;
    private final DunningJournal journal;
    private final ReceivablesRepository receivables;
    private final FollowUpJournal followUp;
    private final LimitationRepository limitations;
    private final String user;
    private final PaymentPlanService plans;
    /** Cases with a collection agency get no dunning step until recalled. */
    private final AgencyCaseRepository agencyCases;
    private final RegisteredMailRepository registeredMail;
    private final DebtorRepository debtorNames;

    /** @param user the name written as author of the timeline events (the controller using the app) */
    public WorklistService(Database database, String user) {
        this(database, user, new PaymentPlanService(database, user, Clock.systemDefaultZone()));
    }

    /** @param plans follows the payment plans up before each worklist, and tells which ones stop dunning */
    public WorklistService(Database database, String user, PaymentPlanService plans) {
        this.states = new DunningStateRepository(database);
        this.journal = new DunningJournal(database);
        this.receivables = new ReceivablesRepository(database);
        this.followUp = new FollowUpJournal(database);
        this.limitations = new LimitationRepository(database);
        this.user = user;
        this.plans = plans;
        this.agencyCases = new AgencyCaseRepository(database);
        this.registeredMail = new RegisteredMailRepository(database);
        this.debtorNames = new DebtorRepository(database);
    }

    /**
     * The actions due on {@code asOf}. The payment plans are followed up first (a default or a completion found
     * up to that date, never past today, is recorded once), then each debtor's plan stops or brings back dunning.
     * A limitation warning carries the soonest limitation date as its deadline.
     */
    public List<WorklistItem> worklist(LocalDate asOf) {
        plans.followUp(asOf);
        var debtors = states.statesAsOf(asOf);
        List<WorklistItem> items = new java.util.ArrayList<>(Worklist.compute(asOf, debtors,
                plans.standingsAsOf(asOf), agencyCases.debtorsWithAgency(asOf)));
        items.addAll(registeredLettersToFollow(asOf, debtors));
        Set<Long> warned = items.stream().filter(i -> i.kind() == WorklistKind.LIMITATION_WARNING)
                .map(WorklistItem::debtorId).collect(Collectors.toSet());
        if (warned.isEmpty()) {
            return items;
        }
        Map<Long, InvoiceLimitation> dates = limitations.ofDebtors(warned, asOf);
        return items.stream().map(item -> item.kind() != WorklistKind.LIMITATION_WARNING ? item
                : withDeadline(item, item.invoiceIds().stream().map(dates::get).filter(Objects::nonNull)
                        .map(InvoiceLimitation::limitationDate).min(LocalDate::compareTo).orElse(null))).toList();
    }

    /** The registered letters posted with no news after La Poste's delays ({@link RegisteredMailFollowUp}). */
    private List<WorklistItem> registeredLettersToFollow(LocalDate asOf,
                                                         java.util.Collection<DebtorDunningState> debtors) {
        Map<Long, String> names = debtors.stream().collect(Collectors.toMap(DebtorDunningState::debtorId,
                DebtorDunningState::name, (a, b) -> a));
        return RegisteredMailFollowUp.lines(registeredMail.awaiting(), id -> names.computeIfAbsent(id,
                unknown -> debtorNames.find(unknown).map(fr.relance.domain.Debtor::name).orElse("")), asOf);
    }

    private static WorklistItem withDeadline(WorklistItem item, LocalDate deadline) {
        return new WorklistItem(item.debtorId(), item.debtorName(), item.kind(), item.action(), item.stepPosition(),
                item.templateCode(), item.amount(), item.daysOverdue(), item.lastContact(), deadline,
                item.invoiceIds(), item.flags());
    }

    /** Why the line cannot be executed as is (a message key); empty when it can. */
    public static Optional<String> notExecutable(WorklistItem item) {
        if (item.isExecutable()) {
            return Optional.empty();
        }
        if (item.isCall()) {
            return Optional.of(CALL_NEEDS_OUTCOME);
        }
        return Optional.of(switch (item.kind()) {
            case CLAIM_FILING -> CLAIM_NEEDS_DECLARATION;
            case LIMITATION_WARNING -> WARNING_NOT_EXECUTABLE;
            case REGISTERED_LETTER_TRACKING -> TRACKING_NOT_EXECUTABLE;
            default -> NO_ACTION;
        });
    }

    /**
     * Records the lines' actions as done on {@code asOf}, each as its own decision and event. Every line is checked
     * first: one that cannot be executed (a call, a claim filing, a warning) refuses the whole batch, nothing written.
     *
     * @return how many were recorded (a line already recorded that day is not recorded twice)
     */
    public int executeAll(List<WorklistItem> items, LocalDate asOf, String author) {
        InvalidInputException.refuseIfAny(items.stream().map(WorklistService::notExecutable).flatMap(Optional::stream)
                .distinct().map(key -> new FieldProblem("action", key)).toList());
        int recorded = 0;
        for (WorklistItem item : items) {
            recorded += execute(item, asOf, author).isPresent() ? 1 : 0;
        }
        return recorded;
    }

    /**
     * Records the item's action as done on {@code asOf}: a decision EXECUTED and a timeline event, opening or
     * raising the debtor's case. Executing the same item again the same day records nothing.
     *
     * @return the event recorded, empty when the execution repeats the last one
     */
    public Optional<Long> execute(WorklistItem item, LocalDate asOf, String author) {
        notExecutable(item).ifPresent(key -> {
            throw new InvalidInputException("action", key);
        });
        return journal.execute(execution(item, asOf, author));
    }

    /** What executing the line records (its decision and event), for a letter recorded together with it. */
    static DunningJournal.Execution execution(WorklistItem item, LocalDate asOf, String author) {
        DunningAction action = item.action();
        return new DunningJournal.Execution(item.debtorId(), asOf, action, item.stepPosition(), item.amount(),
                item.invoiceIds(), eventKind(action), summary(item), stageAfter(action), author,
                item.kind() == WorklistKind.BROKEN_PROMISE ? WorklistKind.BROKEN_PROMISE : WorklistKind.DUNNING_STEP);
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

    /**
     * The line waits until {@code until}: a dunning line's next step resumes that day, a call-back moves to it, a
     * limitation warning comes back then.
     */
    public long postpone(WorklistItem item, LocalDate asOf, LocalDate until, String reason) {
        return postponeEach(List.of(item), asOf, until, reason).get(0);
    }

    /** The line is passed over with a reason: a dunning step lets the next one come, a call-back is dropped, a
     * limitation warning is taken note of for its invoices. */
    public long skip(WorklistItem item, LocalDate asOf, String reason) {
        return skipEach(List.of(item), asOf, reason).get(0);
    }

    /**
     * {@link #postpone} for each line, each its own decision; every line is checked before anything is written.
     *
     * @return the number of lines postponed
     */
    public int postponeAll(List<WorklistItem> items, LocalDate asOf, LocalDate until, String reason) {
        return postponeEach(items, asOf, until, reason).size();
    }

    /**
     * {@link #skip} for each line, each its own decision; every line is checked before anything is written.
     *
     * @return the number of lines skipped
     */
    public int skipAll(List<WorklistItem> items, LocalDate asOf, String reason) {
        return skipEach(items, asOf, reason).size();
    }

    private List<Long> postponeEach(List<WorklistItem> items, LocalDate asOf, LocalDate until, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (until == null || !until.isAfter(asOf)) {
            problems.add(new FieldProblem("until", UNTIL_NOT_AFTER));
        }
        requireReason(reason, problems);
        requireDeferrable(items, problems);
        InvalidInputException.refuseIfAny(problems);
        return items.stream().map(item -> journal.decide(decision(item, asOf, until, reason.strip()))).toList();
    }

    private List<Long> skipEach(List<WorklistItem> items, LocalDate asOf, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        requireReason(reason, problems);
        requireDeferrable(items, problems);
        InvalidInputException.refuseIfAny(problems);
        return items.stream().map(item -> journal.decide(decision(item, asOf, null, reason.strip()))).toList();
    }

    private DunningJournal.Decision decision(WorklistItem item, LocalDate asOf, LocalDate until, String reason) {
        // A limitation warning taken note of covers the invoices it listed; a new one will still be flagged.
        List<Long> invoices = item.kind() == WorklistKind.LIMITATION_WARNING ? item.invoiceIds() : List.of();
        return new DunningJournal.Decision(item.debtorId(), item.kind(), asOf, item.action(), item.stepPosition(),
                until, reason, invoices, user);
    }

    private static void requireDeferrable(List<WorklistItem> items, List<FieldProblem> problems) {
        if (items.stream().anyMatch(item -> !item.isDeferrable())) {
            problems.add(new FieldProblem("line", CLAIM_NOT_DEFERRABLE));
        }
    }

    /**
     * A call logged from a worklist line (a call-back, or a policy's call step), on {@code asOf}. For a call step
     * the call is the step's execution too; a call-back is settled by the call itself (a contact on or after its
     * date). Checked as {@link #logCall(long, LocalDate, CallOutcome, String, LocalDate, LocalDate, BigDecimal)}.
     */
    public long logCall(WorklistItem line, LocalDate asOf, CallOutcome outcome, String notes, LocalDate nextCallOn,
                        LocalDate promisedDueDate, BigDecimal promisedAmount) {
        PromiseToPay promise = checkCall(line.debtorId(), asOf, outcome, nextCallOn, promisedDueDate,
                promisedAmount);
        DunningJournal.Call call = new DunningJournal.Call(line.debtorId(), asOf, outcome, clean(notes), nextCallOn,
                promise, user);
        DunningJournal.Execution step = line.action() == DunningAction.PHONE_CALL ? execution(line, asOf, user) : null;
        return journal.logCall(call, step);
    }

    /**
     * The claim declared to the court-appointed representative of the debtor's insolvency proceedings: the
     * claim-filing line leaves the worklist.
     */
    public long declareClaim(long debtorId, LocalDate asOf, LocalDate declaredOn, BigDecimal amount,
                             String representative, String note) {
        ClaimDeclaration claim = new ClaimDeclaration(declaredOn, amount == null ? null : Money.cents(amount),
                representative, note);
        return followUp.declareClaim(debtorId, claim, asOf, user);
    }

    /**
     * A call made on {@code asOf}. A PROMISED outcome needs the promise (date and amount), which is recorded too.
     */
    public long logCall(long debtorId, LocalDate asOf, CallOutcome outcome, String notes, LocalDate nextCallOn,
                        LocalDate promisedDueDate, BigDecimal promisedAmount) {
        PromiseToPay promise = checkCall(debtorId, asOf, outcome, nextCallOn, promisedDueDate, promisedAmount);
        return journal.logCall(debtorId, asOf, outcome, clean(notes), nextCallOn, promise, user);
    }

    /** Checks a call's outcome, next-call date and promise (not above the debtor's balance) before any write. */
    private PromiseToPay checkCall(long debtorId, LocalDate asOf, CallOutcome outcome, LocalDate nextCallOn,
                                   LocalDate promisedDueDate, BigDecimal promisedAmount) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", OUTCOME_REQUIRED));
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
        return promise;
    }

    private static String clean(String notes) {
        return notes == null || notes.isBlank() ? null : notes.strip();
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
