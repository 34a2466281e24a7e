package fr.relance.ui.worklist;

import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.dunning.WorklistService;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Actions du jour: every line due under the policies on an as-of date, grouped by action type. Nothing leaves
 * without review: the controller executes, postpones or skips the lines selected, and each decision is written
 * through {@link WorklistService}, which checks the domain's rules first.
 */
public final class WorklistViewModel {

    /** The steps that send a document; until the letter composer lands, executing them records the event only. */
    static final Set<DunningAction> DOCUMENT_ACTIONS = EnumSet.of(DunningAction.EMAIL_REMINDER,
            DunningAction.REMINDER_LETTER, DunningAction.FORMAL_NOTICE);

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
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
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
    }

    /** The lines the controller has selected (group headers are not lines). */
    public void select(List<WorklistItem> selected) {
        selection.setAll(selected);
    }

    /**
     * Records the selected lines' actions as done on the as-of date, after one confirmation. A second call while
     * the first runs does nothing; the service also refuses to record the same execution twice.
     */
    public void execute(List<WorklistItem> selected) {
        if (busy.get() || selected.isEmpty()) {
            return;
        }
        clearMessages();
        if (selected.stream().anyMatch(item -> item.action() == null)) {
            error.set(messages.get("worklist.execute.notExecutable"));
            return;
        }
        LocalDate date = asOf.get();
        String question = messages.get("worklist.execute.confirm", selected.size(), formats.date(date));
        if (selected.stream().anyMatch(item -> DOCUMENT_ACTIONS.contains(item.action()))) {
            question += "\n\n" + messages.get("worklist.execute.documentsLater");
        }
        if (!dialogs.confirm(messages.get("worklist.execute.title"), question)) {
            return;
        }
        List<WorklistItem> lines = List.copyOf(selected);
        run(() -> {
            long recorded = 0;
            for (WorklistItem item : lines) {
                Optional<Long> event = service.execute(item, date, user);
                recorded += event.isPresent() ? 1 : 0;
            }
            long repeated = lines.size() - recorded;
            return messages.get("worklist.execute.done", recorded)
                    + (repeated > 0 ? " " + messages.get("worklist.execute.repeated", repeated) : "");
        });
    }

    /** The next step of each selected line waits until {@code until}; the reason goes to the case's history. */
    public void postpone(List<WorklistItem> selected, LocalDate until, String reason) {
        if (busy.get() || selected.isEmpty()) {
            return;
        }
        clearMessages();
        LocalDate date = asOf.get();
        List<WorklistItem> lines = List.copyOf(selected);
        run(() -> {
            for (WorklistItem item : lines) {
                service.postpone(item, date, until, reason);
            }
            return messages.get("worklist.postpone.done", lines.size(), until == null ? "" : formats.date(until));
        });
    }

    /** The selected lines' steps are passed over; the reason goes to the case's history. */
    public void skip(List<WorklistItem> selected, String reason) {
        if (busy.get() || selected.isEmpty()) {
            return;
        }
        clearMessages();
        LocalDate date = asOf.get();
        List<WorklistItem> lines = List.copyOf(selected);
        run(() -> {
            for (WorklistItem item : lines) {
                service.skip(item, date, reason);
            }
            return messages.get("worklist.skip.done", lines.size());
        });
    }

    /** Runs one decision in the background, then reads the list again. */
    private void run(java.util.concurrent.Callable<String> work) {
        busy.set(true);
        tasks.run(work, done -> {
            busy.set(false);
            status.set(done);
            selection.clear();
            refresh();
        }, failure -> {
            busy.set(false);
            Optional<InvalidInputException> refused = refusal(failure);
            if (refused.isPresent()) {
                // Nothing was written: the list and the selection stay as they are, to correct and try again.
                error.set(refused.get().problems().stream().map(p -> messages.get(p.messageKey())).distinct()
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

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while a decision is being written: the action buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Nothing due on the as-of date (also before the first reading: the list is empty then). */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
