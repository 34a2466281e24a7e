package fr.relance.ui.worklist;

import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.dunning.LetterRun;
import fr.relance.dunning.WorklistService;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

/**
 * Actions du jour: every line due under the policies on an as-of date, grouped by action type. Nothing leaves
 * without review: the controller executes, postpones or skips the lines selected, logs the call of a call line,
 * declares the claim of a claim-filing line, takes note of a limitation warning; each decision is written through
 * {@link WorklistService}, which checks the domain's rules first.
 */
public final class WorklistViewModel {

    /** The steps that send an e-mail; until e-mails are sent by Relance, executing them records the event only. */
    static final Set<DunningAction> DOCUMENT_ACTIONS = EnumSet.of(DunningAction.EMAIL_REMINDER);

    private final WorklistService service;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final ErrorMessages errors;
    private final String user;

    private final ObjectProperty<LocalDate> asOf;
    private final ObservableList<WorklistItem> items = FXCollections.observableArrayList();
    private final ObservableList<WorklistGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<WorklistItem> selection = FXCollections.observableArrayList();
    private final ObservableList<WorklistGroup> groupsView = FXCollections.unmodifiableObservableList(groups);
    private final ObservableList<WorklistItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<WorklistItem> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final ReadOnlyObjectWrapper<WorklistItem> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper();
    private final BooleanBinding empty = Bindings.isEmpty(items);

    /** @param user the name written as author of the executions (the controller using the app) */
    public WorklistViewModel(WorklistService service, BackgroundTasks tasks, Dialogs dialogs, Messages messages,
                             Formats formats, String user, LocalDate today) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.errors = new ErrorMessages(messages);
        this.user = user;
        this.asOf = new SimpleObjectProperty<>(today);
        asOf.addListener((obs, old, date) -> {
            if (date != null) {
                refresh();
            }
        });
    }

    public void refresh() {
        LocalDate date = asOf.get();
        if (date == null) {
            return;
        }
        loading.set(true);
        tasks.run(() -> service.worklist(date), list -> {
            loading.set(false);
            if (date.equals(asOf.get())) {
                show(list);
            }
        }, failure -> {
            loading.set(false);
            dialogs.showError(messages.get("worklist.error.title"), errors.describe(failure));
        });
    }

    private void show(List<WorklistItem> list) {
        items.setAll(list);
        groups.setAll(WorklistGroup.of(list, key -> messages.get("worklist.group." + key)));
        selection.retainAll(list);
        current.set(selection.size() == 1 ? selection.get(0) : null);
    }

    /** The lines the controller has selected (group headers are not lines); one line alone is the current one. */
    public void select(List<WorklistItem> selected) {
        selection.setAll(selected);
        WorklistItem single = selected.size() == 1 ? selected.get(0) : null;
        if (single != current.get()) {
            formError.set("");
        }
        current.set(single);
    }

    /**
     * Records the selected lines' actions as done on the as-of date, after one confirmation. Lines that are not
     * executed blind (calls, claim filings, limitation warnings) are refused with the reason, nothing written. A
     * second call while the first runs does nothing; the service also refuses to record the same execution twice.
     */
    public void execute(List<WorklistItem> selected) {
        if (busy.get() || selected.isEmpty()) {
            return;
        }
        clearMessages();
        String refused = selected.stream().map(WorklistService::notExecutable).flatMap(Optional::stream).distinct()
                .map(key -> messages.get(key)).collect(Collectors.joining(" "));
        if (!refused.isEmpty()) {
            error.set(refused);
            return;
        }
        LocalDate date = asOf.get();
        String question = messages.get("worklist.execute.confirm", selected.size(), formats.date(date));
        if (selected.stream().anyMatch(item -> DOCUMENT_ACTIONS.contains(item.action()))) {
            question += "\n\n" + messages.get("worklist.execute.documentsLater");
        }
        if (selected.stream().anyMatch(item -> LetterRun.letterKind(item).isPresent())) {
            // Executing here records the step without a letter kept as evidence: the batch does both.
            question += "\n\n" + messages.get("worklist.execute.lettersInBatch");
        }
        if (!dialogs.confirm(messages.get("worklist.execute.title"), question)) {
            return;
        }
        List<WorklistItem> lines = List.copyOf(selected);
        run(error, () -> {
            int recorded = service.executeAll(lines, date, user);
            int repeated = lines.size() - recorded;
            return messages.get("worklist.execute.done", recorded)
                    + (repeated > 0 ? " " + messages.get("worklist.execute.repeated", repeated) : "");
        });
    }

    /** Each selected line waits until {@code until}; the reason goes to the case's history. */
    public void postpone(List<WorklistItem> selected, LocalDate until, String reason) {
        if (busy.get() || selected.isEmpty()) {
            return;
        }
        clearMessages();
        LocalDate date = asOf.get();
        List<WorklistItem> lines = List.copyOf(selected);
        run(error, () -> {
            int done = service.postponeAll(lines, date, until, reason);
            return messages.get("worklist.postpone.done", done, until == null ? "" : formats.date(until));
        });
    }

    /** The selected lines are passed over; the reason goes to the case's history. */
    public void skip(List<WorklistItem> selected, String reason) {
        if (busy.get() || selected.isEmpty()) {
            return;
        }
        clearMessages();
        LocalDate date = asOf.get();
        List<WorklistItem> lines = List.copyOf(selected);
        run(error, () -> messages.get("worklist.skip.done", service.skipAll(lines, date, reason)));
    }

    /**
     * The call of a call line (a call-back, a policy's call step), made on the as-of date: the call is recorded
     * with its outcome, and a call step is recorded as done with it.
     */
    public void logCall(WorklistItem line, CallOutcome outcome, String notes, LocalDate nextCallOn,
                        LocalDate promisedOn, BigDecimal promisedAmount) {
        if (busy.get() || line == null) {
            return;
        }
        clearMessages();
        LocalDate date = asOf.get();
        run(formError, () -> {
            service.logCall(line, date, outcome, notes, nextCallOn, promisedOn, promisedAmount);
            return messages.get("worklist.call.done", line.debtorName());
        });
    }

    /** The claim of a claim-filing line, declared to the court-appointed representative. */
    public void declareClaim(WorklistItem line, LocalDate declaredOn, BigDecimal amount, String representative,
                             String note) {
        if (busy.get() || line == null) {
            return;
        }
        clearMessages();
        LocalDate date = asOf.get();
        run(formError, () -> {
            service.declareClaim(line.debtorId(), date, declaredOn, amount, representative, note);
            return messages.get("worklist.claim.done", line.debtorName());
        });
    }

    /** A limitation warning taken note of, with what will be done (the line leaves, for its invoices). */
    public void takeNote(WorklistItem line, String reason) {
        if (busy.get() || line == null) {
            return;
        }
        clearMessages();
        LocalDate date = asOf.get();
        run(formError, () -> {
            service.skipAll(List.of(line), date, reason);
            return messages.get("worklist.warning.noted", line.debtorName());
        });
    }

    /**
     * Runs one decision in the background, then reads the list again. A refusal is shown in {@code refusals} and
     * keeps the list and the selection as they are, to correct and try again.
     */
    private void run(ReadOnlyStringWrapper refusals, Callable<String> work) {
        busy.set(true);
        tasks.run(work, done -> {
            busy.set(false);
            status.set(done);
            saved.set(saved.get() + 1);
            selection.clear();
            current.set(null);
            refresh();
        }, failure -> {
            busy.set(false);
            Optional<InvalidInputException> refused = refusal(failure);
            if (refused.isPresent()) {
                // Nothing was written: the list and the selection stay as they are, to correct and try again.
                refusals.set(refused.get().problems().stream().map(p -> messages.get(p.messageKey())).distinct()
                        .collect(Collectors.joining(" ")));
            } else {
                dialogs.showError(messages.get("worklist.error.title"), errors.describe(failure));
                refresh();
            }
        });
    }

    private static Optional<InvalidInputException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    private void clearMessages() {
        error.set("");
        formError.set("");
        status.set("");
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<WorklistGroup> groups() {
        return groupsView;
    }

    public ObservableList<WorklistItem> items() {
        return itemsView;
    }

    public ObservableList<WorklistItem> selection() {
        return selectionView;
    }

    /** The line selected alone, whose detail and form show beside the list; null when none or several. */
    public ReadOnlyObjectProperty<WorklistItem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while a decision is being written: the action buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last decision on the selection was refused; empty when it was not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the current line's form (call, claim, note) was refused; empty when it was not. */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Goes up by one after each decision written: the forms clear their inputs then. */
    public ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Nothing due on the as-of date (also before the first reading: the list is empty then). */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
