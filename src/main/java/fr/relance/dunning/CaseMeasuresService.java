package fr.relance.dunning;

import fr.relance.domain.CaseClosing;
import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.CaseStage;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.CaseMeasures;
import fr.relance.domain.dunning.CaseMeasures.DisputeEntry;
import fr.relance.domain.dunning.CaseMeasures.PolicyOption;
import fr.relance.domain.dunning.Dispute;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.InsolvencyProceeding;
import fr.relance.domain.dunning.InsolvencyWatch;
import fr.relance.domain.dunning.PromiseToPay;
import fr.relance.store.CaseMeasuresRepository;
import fr.relance.store.Database;
import fr.relance.store.DunningJournal;
import fr.relance.store.MeasuresJournal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the controller decides in a case file's follow-up tab: the dunning policy, holds, disputes, promises to pay,
 * insolvency proceedings and closing the case. Every input is checked against the domain's rules and the debtor's
 * current state first; a refusal throws {@link InvalidInputException} naming the field and the problem, and
 * nothing is written. Each accepted action is one transaction with its timeline event.
 */
public final class CaseMeasuresService {

    public static final String INVOICE_REQUIRED = "measures.invoiceRequired";
    public static final String INVOICE_NOT_OPEN = "measures.invoiceNotOpen";
    public static final String POLICY_OTHER_KIND = "measures.policy.otherKind";
    public static final String POLICY_UNCHANGED = "measures.policy.unchanged";
    public static final String DEBTOR_UNKNOWN = "measures.debtorUnknown";
    public static final String DISPUTE_NOT_OPEN = "measures.dispute.notOpen";
    public static final String KIND_REQUIRED = "measures.insolvency.kindRequired";
    public static final String AMOUNT_CENTS = "measures.amountCents";
    public static final String STAGE_CLOSED_BY_CLOSING = "measures.stage.closeInstead";

    private final CaseMeasuresRepository measures;
    private final DunningJournal dunning;
    private final MeasuresJournal journal;
    private final String user;

    /** @param user the name written as author of the timeline events (the controller using the app) */
    public CaseMeasuresService(Database database, String user) {
        this.measures = new CaseMeasuresRepository(database);
        this.dunning = new DunningJournal(database);
        this.journal = new MeasuresJournal(database);
        this.user = user;
    }

    /** The follow-up of the debtor's case on {@code asOf}. */
    public CaseMeasures measures(long debtorId, LocalDate asOf) {
        return measures.of(debtorId, asOf).orElseThrow(() -> new InvalidInputException("debtorId", DEBTOR_UNKNOWN));
    }

    // ---- policy ----

    /** The debtor follows {@code policyId} (one of its kind) from now on; null: back to the kind's default. */
    public long assignPolicy(long debtorId, Long policyId, LocalDate asOf) {
        CaseMeasures current = measures(debtorId, asOf);
        Long assigned = policyId;
        if (policyId != null) {
            PolicyOption chosen = current.policies().stream().filter(p -> p.id() == policyId).findFirst()
                    .orElseThrow(() -> new InvalidInputException("policy", POLICY_OTHER_KIND));
            if (chosen.isDefault()) {
                assigned = null; // the kind's default, followed as such: the debtor follows the default if it changes
            }
        }
        if (Objects.equals(assigned, current.policyId())) {
            throw new InvalidInputException("policy", POLICY_UNCHANGED);
        }
        return journal.assignPolicy(debtorId, assigned, asOf, user);
    }

    // ---- holds ----

    public long holdDebtor(long debtorId, LocalDate from, LocalDate until, String reason, LocalDate asOf) {
        Hold hold = new Hold(from, until, clean(reason));
        InvalidInputException.refuseIfAny(hold.validate(asOf));
        measures(debtorId, asOf);
        return dunning.holdDebtor(debtorId, hold, asOf, user);
    }

    /** Holds back dunning of one open invoice of the debtor. */
    public long holdInvoice(long debtorId, Long invoiceId, LocalDate from, LocalDate until, String reason,
                            LocalDate asOf) {
        Hold hold = new Hold(from, until, clean(reason));
        List<FieldProblem> problems = new ArrayList<>(hold.validate(asOf));
        problems.addAll(openInvoiceProblems(debtorId, invoiceId, asOf));
        InvalidInputException.refuseIfAny(problems);
        return dunning.holdInvoice(invoiceId, hold, asOf, user);
    }

    /** Ends the debtor's hold ({@code invoiceId} null) or the invoice's today: dunning resumes. */
    public long liftHold(long debtorId, Long invoiceId, LocalDate asOf) {
        return journal.liftHold(debtorId, invoiceId, asOf, user);
    }

    // ---- disputes ----

    public long openDispute(long debtorId, Long invoiceId, DisputeCategory category, String note, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>(openInvoiceProblems(debtorId, invoiceId, asOf));
        if (category == null) {
            problems.add(new FieldProblem("category", "validation.required"));
        } else if (invoiceId != null) {
            problems.addAll(Dispute.open(invoiceId, category, clean(note), asOf).validate());
        }
        InvalidInputException.refuseIfAny(problems);
        return dunning.openDispute(Dispute.open(invoiceId, category, clean(note), asOf), user);
    }

    /** Resolves the open dispute on the invoice, one recorded here or one flagged in the imported ledger. */
    public long resolveDispute(long debtorId, long invoiceId, DisputeResolution resolution, LocalDate asOf) {
        if (resolution == null) {
            throw new InvalidInputException("resolution", "validation.required");
        }
        DisputeEntry open = measures(debtorId, asOf).disputes().stream()
                .filter(d -> d.invoiceId() == invoiceId && d.isOpen()).findFirst()
                .orElseThrow(() -> new InvalidInputException("dispute", DISPUTE_NOT_OPEN));
        return open.id() == null ? journal.resolveLedgerDispute(debtorId, invoiceId, resolution, asOf, user)
                : dunning.resolveDispute(invoiceId, resolution, asOf, user);
    }

    // ---- promises ----

    /** A promise made today: due today or later, for more than nothing and no more than the debtor owes. */
    public long recordPromise(long debtorId, LocalDate dueDate, BigDecimal amount, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (dueDate == null) {
            problems.add(new FieldProblem("dueDate", "validation.required"));
        }
        if (amount == null) {
            problems.add(new FieldProblem("amount", "validation.required"));
        }
        if (amount != null && amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("amount", AMOUNT_CENTS));
        }
        InvalidInputException.refuseIfAny(problems);
        PromiseToPay promise = new PromiseToPay(asOf, dueDate, Money.cents(amount));
        InvalidInputException.refuseIfAny(promise.validate(asOf, measures(debtorId, asOf).balance()));
        return dunning.recordPromise(debtorId, promise, user);
    }

    /** Cancels an open promise with the reason: its event is reversed, and dunning no longer waits for it. */
    public long cancelPromise(long debtorId, long promiseId, String reason, LocalDate asOf) {
        if (clean(reason) == null) {
            throw new InvalidInputException("reason", WorklistService.REASON_REQUIRED);
        }
        boolean open = measures(debtorId, asOf).openPromises().stream().anyMatch(p -> p.id() == promiseId);
        if (!open) {
            throw new InvalidInputException("promise", MeasuresJournal.PROMISE_NOT_OPEN);
        }
        return journal.cancelPromise(debtorId, promiseId, clean(reason), asOf, user);
    }

    // ---- insolvency ----

    /** Marks insolvency proceedings from the BODACC notice: dunning and the 40 EUR indemnity stop. */
    public long markInsolvency(long debtorId, InsolvencyProceeding proceeding, LocalDate openedOn,
                               LocalDate publishedOn, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (proceeding == null) {
            problems.add(new FieldProblem("kind", KIND_REQUIRED));
        }
        if (openedOn == null) {
            problems.add(new FieldProblem("openedOn", "validation.required"));
        }
        if (publishedOn == null) {
            problems.add(new FieldProblem("publishedOn", "validation.required"));
        }
        if (openedOn != null && publishedOn != null) {
            problems.addAll(InsolvencyWatch.opened(openedOn, publishedOn).validate(asOf));
        }
        InvalidInputException.refuseIfAny(problems);
        return journal.markInsolvency(debtorId, proceeding, openedOn, publishedOn, asOf, user);
    }

    /** Lifts the proceedings (entered by mistake, or ended): the event that marked them is reversed. */
    public long liftInsolvency(long debtorId, String reason, LocalDate asOf) {
        if (clean(reason) == null) {
            throw new InvalidInputException("reason", WorklistService.REASON_REQUIRED);
        }
        return journal.liftInsolvency(debtorId, clean(reason), asOf, user);
    }

    // ---- stage ----

    /**
     * Moves the case to another stage by hand (to legal action when a lawyer takes over, back to amicable after an
     * agreement), with the reason. Closing has its own action ({@link #closeCase}).
     */
    public long changeStage(long debtorId, CaseStage stage, String reason, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (stage == null) {
            problems.add(new FieldProblem("stage", "validation.required"));
        } else if (stage == CaseStage.CLOSED) {
            problems.add(new FieldProblem("stage", STAGE_CLOSED_BY_CLOSING));
        }
        if (clean(reason) == null) {
            problems.add(new FieldProblem("reason", WorklistService.REASON_REQUIRED));
        }
        InvalidInputException.refuseIfAny(problems);
        measures(debtorId, asOf);
        return journal.changeStage(debtorId, stage, clean(reason), asOf, user);
    }

    // ---- closing ----

    /**
     * Closes the open case as paid, settled or written off. Paid and settled are refused while invoices remain
     * open, or when no case is open; a write-off needs its reason and takes the open invoices out of the
     * receivables (a debtor without a case gets one, closed at once).
     */
    public long closeCase(long debtorId, CaseClosingReason reason, String note, LocalDate asOf) {
        CaseMeasures current = measures(debtorId, asOf);
        if (!current.hasOpenCase() && reason != null && reason != CaseClosingReason.WRITTEN_OFF) {
            throw new InvalidInputException("case", MeasuresJournal.CASE_NONE_OPEN);
        }
        List<OpenItem> owed = measures.openItemsOf(debtorId, asOf).stream()
                .filter(i -> i.kind() == InvoiceKind.INVOICE && i.balance().signum() > 0).toList();
        InvalidInputException.refuseIfAny(new CaseClosing(reason, clean(note)).validate(owed.size()));
        BigDecimal amount = owed.stream().map(OpenItem::balance).reduce(Money.ZERO, BigDecimal::add);
        return journal.closeCase(debtorId, reason, clean(note), owed.stream().map(OpenItem::invoiceId).toList(),
                amount, asOf, user);
    }

    /** The invoice must be chosen, and be one of the debtor's invoices still open on {@code asOf}. */
    private List<FieldProblem> openInvoiceProblems(long debtorId, Long invoiceId, LocalDate asOf) {
        if (invoiceId == null) {
            return List.of(new FieldProblem("invoice", INVOICE_REQUIRED));
        }
        boolean open = measures.openItemsOf(debtorId, asOf).stream()
                .anyMatch(i -> i.invoiceId() == invoiceId && i.kind() == InvoiceKind.INVOICE);
        return open ? List.of() : List.of(new FieldProblem("invoice", INVOICE_NOT_OPEN));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
