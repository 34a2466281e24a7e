package fr.relance.ui.cases;

import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.CaseStage;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.CaseMeasures;
import fr.relance.domain.dunning.CaseMeasures.DisputeEntry;
import fr.relance.domain.dunning.CaseMeasures.PolicyOption;
import fr.relance.domain.dunning.CaseMeasures.PromiseEntry;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.InsolvencyProceeding;
import fr.relance.dunning.CaseMeasuresService;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Suivi: the measures taken on one debtor's case (policy, holds, disputes, promises, insolvency, closing). Each
 * action goes through {@link CaseMeasuresService} in the background; a refusal shows under the fields of its form
 * ({@link #errors()}, keyed "FORM.field"), any other failure in a dialog. While one action is written the others
 * wait ({@link #busyProperty()}), so a double click records once. After each write the measures are read again and
 * {@link #setOnWritten} tells the case file (timeline, open items).
 */
public final class CaseMeasuresViewModel {

    /** The forms of the tab; their problems are keyed by form and field. */
    public enum Form { POLICY, STAGE, HOLD, DISPUTE, PROMISE, INSOLVENCY, CLOSING }

    /** Problems the form shows as a whole rather than under a field. */
    public static final String FORM_FIELD = "form";

    private static final Map<Form, Set<String>> FIELDS = Map.of(
            Form.POLICY, Set.of("policy"),
            Form.STAGE, Set.of("stage", "reason"),
            Form.HOLD, Set.of("from", "until", "reason", "invoice"),
            Form.DISPUTE, Set.of("invoice", "category", "note"),
            Form.PROMISE, Set.of("dueDate", "amount"),
            Form.INSOLVENCY, Set.of("kind", "openedOn", "publishedOn"),
            Form.CLOSING, Set.of("reason", "note"));

    private final CaseMeasuresService service;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final MeasureTexts texts;
    private final LocalDate today;
    private Runnable onWritten = () -> { };

    private Long debtorId;
    private final ReadOnlyObjectWrapper<CaseMeasures> measures = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PolicyOption> policies = FXCollections.observableArrayList();
    private final ObservableList<HoldLine> holds = FXCollections.observableArrayList();
    private final ObservableList<DisputeEntry> disputes = FXCollections.observableArrayList();
    private final ObservableList<PromiseEntry> promises = FXCollections.observableArrayList();
    private final ObjectProperty<OpenItem> selectedItem = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Map<Form, ReadOnlyIntegerWrapper> saved = new EnumMap<>(Form.class);

    /** A hold in force or to come: on the debtor ({@code invoiceId} null) or on one invoice. */
    public record HoldLine(Long invoiceId, String invoiceNumber, fr.relance.domain.dunning.Hold hold) {
    }

    public CaseMeasuresViewModel(CaseMeasuresService service, BackgroundTasks tasks, Dialogs dialogs,
                                 Messages messages, Formats formats, LocalDate today) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.texts = new MeasureTexts(messages, formats, today);
        this.today = today;
        for (Form form : Form.values()) {
            saved.put(form, new ReadOnlyIntegerWrapper());
        }
    }

    /** Told after every write that succeeded: the timeline and the open items are read again. */
    public void setOnWritten(Runnable onWritten) {
        this.onWritten = Objects.requireNonNull(onWritten);
    }

    public void open(long debtor) {
        debtorId = debtor;
        measures.set(null);
        errors.clear();
        status.set("");
        refresh();
    }

    /** Reads the measures again (the tab is shown, or something changed elsewhere). */
    public void refresh() {
        Long debtor = debtorId;
        if (debtor == null) {
            return;
        }
        tasks.run(() -> service.measures(debtor, today), read -> {
            if (Objects.equals(debtor, debtorId)) {
                show(read);
            }
        }, failure -> dialogs.showError(messages.get("measures.error.title"),
                new ErrorMessages(messages).describe(failure)));
    }

    /**
     * The lists first, the measures last: who listens to the measures finds the lists up to date. A list read again
     * unchanged is left alone, so the selections in its table or choice box stay.
     */
    private void show(CaseMeasures read) {
        replace(policies, read.policies());
        List<HoldLine> lines = new java.util.ArrayList<>();
        if (read.debtorHold() != null) {
            lines.add(new HoldLine(null, null, read.debtorHold()));
        }
        read.invoiceHolds().forEach(h -> lines.add(new HoldLine(h.invoiceId(), h.invoiceNumber(), h.hold())));
        replace(holds, lines);
        replace(disputes, read.disputes());
        replace(promises, read.promises());
        measures.set(read);
    }

    private static <T> void replace(ObservableList<T> shown, List<T> read) {
        if (!shown.equals(read)) {
            shown.setAll(read);
        }
    }

    // ---- actions ----

    /** {@code policy} null: back to the default of the debtor's kind. */
    public void assignPolicy(PolicyOption policy) {
        Long id = policy == null || policy.isDefault() ? null : policy.id();
        write(Form.POLICY, "measures.policy.done", debtor -> service.assignPolicy(debtor, id, today));
    }

    /** Moves the case to {@code stage} by hand, with the reason (kept in the timeline). */
    public void changeStage(CaseStage stage, String reason) {
        write(Form.STAGE, "measures.stage.done", debtor -> service.changeStage(debtor, stage, reason, today));
    }

    public void holdDebtor(LocalDate from, LocalDate until, String reason) {
        write(Form.HOLD, "measures.hold.done", debtor -> service.holdDebtor(debtor, from, until, reason, today));
    }

    /** Holds the invoice selected in the open items. */
    public void holdSelectedInvoice(LocalDate from, LocalDate until, String reason) {
        Long invoice = selectedInvoiceId();
        write(Form.HOLD, "measures.hold.invoiceDone",
                debtor -> service.holdInvoice(debtor, invoice, from, until, reason, today));
    }

    public void liftHold(HoldLine line) {
        if (line == null) {
            return;
        }
        write(Form.HOLD, "measures.hold.liftDone", debtor -> service.liftHold(debtor, line.invoiceId(), today));
    }

    /** Opens a dispute on the invoice selected in the open items. */
    public void openDispute(DisputeCategory category, String note) {
        Long invoice = selectedInvoiceId();
        write(Form.DISPUTE, "measures.dispute.done",
                debtor -> service.openDispute(debtor, invoice, category, note, today));
    }

    public void resolveDispute(DisputeEntry dispute, DisputeResolution resolution) {
        if (dispute == null) {
            return;
        }
        write(Form.DISPUTE, "measures.dispute.resolveDone",
                debtor -> service.resolveDispute(debtor, dispute.invoiceId(), resolution, today));
    }

    /** A promise made today; {@code amount} as typed ("1 200,50"). */
    public void recordPromise(LocalDate dueDate, String amount) {
        BigDecimal value = Formats.parseDecimal(amount);
        if (amount != null && !amount.isBlank() && value == null) {
            refuse(Form.PROMISE, List.of(new FieldProblem("amount", "measures.amountUnreadable")));
            return;
        }
        write(Form.PROMISE, "measures.promise.done", debtor -> service.recordPromise(debtor, dueDate, value, today));
    }

    /** Asks for the reason, then cancels the promise (its event is reversed). */
    public void cancelPromise(PromiseEntry promise) {
        if (promise == null || busy.get()) {
            return;
        }
        dialogs.askText(messages.get("measures.promise.cancel.title"), messages.get("measures.promise.cancel.reason"))
                .ifPresent(reason -> write(Form.PROMISE, "measures.promise.cancelDone",
                        debtor -> service.cancelPromise(debtor, promise.id(), reason, today)));
    }

    public void markInsolvency(InsolvencyProceeding kind, LocalDate openedOn, LocalDate publishedOn) {
        write(Form.INSOLVENCY, "measures.insolvency.done",
                debtor -> service.markInsolvency(debtor, kind, openedOn, publishedOn, today));
    }

    /** Asks for the reason, then lifts the proceedings (a reversal of the event that marked them). */
    public void liftInsolvency() {
        if (busy.get()) {
            return;
        }
        dialogs.askText(messages.get("measures.insolvency.lift.title"),
                        messages.get("measures.insolvency.lift.reason"))
                .ifPresent(reason -> write(Form.INSOLVENCY, "measures.insolvency.liftDone",
                        debtor -> service.liftInsolvency(debtor, reason, today)));
    }

    /**
     * Closes the open case. A write-off takes the open invoices out of the receivables: it is confirmed first. Paid
     * and settled change nothing but the case, and are refused while invoices remain open.
     */
    public void closeCase(CaseClosingReason reason, String note) {
        if (busy.get()) {
            return;
        }
        if (reason == CaseClosingReason.WRITTEN_OFF && !dialogs.confirm(messages.get("measures.closing.confirm.title"),
                messages.get("measures.closing.confirm.WRITTEN_OFF"))) {
            return;
        }
        write(Form.CLOSING, "measures.closing.done", debtor -> service.closeCase(debtor, reason, note, today));
    }

    @FunctionalInterface
    private interface Action {
        long run(long debtorId) throws Exception;
    }

    private void write(Form form, String doneKey, Action action) {
        Long debtor = debtorId;
        if (debtor == null || busy.get()) {
            return;
        }
        busy.set(true);
        clearErrors(form);
        status.set("");
        Callable<Long> work = () -> action.run(debtor);
        tasks.run(work, id -> {
            busy.set(false);
            ReadOnlyIntegerWrapper count = saved.get(form);
            count.set(count.get() + 1);
            status.set(messages.get(doneKey));
            refresh();
            onWritten.run();
        }, failure -> {
            busy.set(false);
            InvalidInputException refused = refusal(failure);
            if (refused != null) {
                refuse(form, refused.problems()); // nothing was written: the inputs stay, to correct
            } else {
                dialogs.showError(messages.get("measures.error.title"), new ErrorMessages(messages).describe(failure));
                refresh();
            }
        });
    }

    private static InvalidInputException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException refused) {
                return refused;
            }
        }
        return null;
    }

    private void refuse(Form form, List<FieldProblem> problems) {
        clearErrors(form);
        for (FieldProblem problem : problems) {
            String field = FIELDS.get(form).contains(problem.field()) ? problem.field() : FORM_FIELD;
            errors.merge(key(form, field), messages.get(problem.messageKey()), (a, b) -> a.equals(b) ? a : a + " " + b);
        }
    }

    private void clearErrors(Form form) {
        errors.keySet().removeIf(key -> key.startsWith(form.name() + "."));
    }

    public static String key(Form form, String field) {
        return form.name() + "." + field;
    }

    /** The selected open item when it is an invoice; credit notes are neither disputed nor held. */
    private Long selectedInvoiceId() {
        OpenItem item = selectedItem.get();
        return item == null || item.kind() != InvoiceKind.INVOICE ? null : item.invoiceId();
    }

    // ---- what the view shows ----

    public MeasureTexts texts() {
        return texts;
    }

    public ReadOnlyObjectProperty<CaseMeasures> measuresProperty() {
        return measures.getReadOnlyProperty();
    }

    public ObservableList<PolicyOption> policies() {
        return policies;
    }

    public ObservableList<HoldLine> holds() {
        return holds;
    }

    public ObservableList<DisputeEntry> disputes() {
        return disputes;
    }

    public ObservableList<PromiseEntry> promises() {
        return promises;
    }

    /** The open item selected in the case file's table: the invoice a hold or a dispute is about. */
    public ObjectProperty<OpenItem> selectedItemProperty() {
        return selectedItem;
    }

    /** Problems of the last refused action, by "FORM.field" ({@link #key}). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Goes up by one after each write of the form that succeeded: the view clears the form's inputs then. */
    public ReadOnlyIntegerProperty savedProperty(Form form) {
        return saved.get(form).getReadOnlyProperty();
    }

    public LocalDate today() {
        return today;
    }
}
