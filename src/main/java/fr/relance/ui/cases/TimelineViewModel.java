package fr.relance.ui.cases;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.dunning.CaseHistoryService;
import fr.relance.dunning.WorklistService;
import fr.relance.store.TimelineRepository;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A debtor's timeline, newest first: the events recorded in the case merged with those read from the ledger
 * (invoices issued, due dates passed, payments, credit notes). Notes, calls, acknowledgements of debt and reversals
 * are appended, never edited or deleted. Refusals show as sentences in {@link #errorProperty()}; the timeline is
 * read again after each write.
 */
public final class TimelineViewModel {

    public static final String NOTE_BLANK = "timeline.note.blank";
    public static final String ALREADY_REVERSED = "timeline.reverse.notAllowed";
    public static final String LEDGER_NOT_REVERSIBLE = "timeline.reverse.ledger";

    private final TimelineRepository timeline;
    private final WorklistService worklist;
    private final CaseHistoryService history;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final LocalDate today;
    private final String user;

    private final ObservableList<TimelineEntry> all = FXCollections.observableArrayList();
    private final FilteredList<TimelineEntry> entries = new FilteredList<>(all);
    /** null shows every kind. */
    private final ObjectProperty<String> kindFilter = new SimpleObjectProperty<>();
    /** Whether the events read from the ledger are shown. */
    private final BooleanProperty showLedger = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper();
    private Long debtorId;

    public TimelineViewModel(TimelineRepository timeline, WorklistService worklist, CaseHistoryService history,
                             BackgroundTasks tasks, Messages messages, LocalDate today, String user) {
        this.timeline = timeline;
        this.worklist = worklist;
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.user = user;
        kindFilter.addListener((obs, old, kind) -> filter());
        showLedger.addListener((obs, old, show) -> filter());
    }

    private void filter() {
        String kind = kindFilter.get();
        boolean ledger = showLedger.get();
        entries.setPredicate(entry -> (kind == null || kind.equals(entry.event().kind()))
                && (ledger || !entry.fromLedger()));
    }

    public void open(long debtor) {
        debtorId = debtor;
        all.clear();
        error.set("");
        refresh();
    }

    public void refresh() {
        Long debtor = debtorId;
        if (debtor == null) {
            return;
        }
        tasks.run(() -> history.history(debtor, today), events -> {
            if (Objects.equals(debtor, debtorId)) {
                all.setAll(entries(events));
            }
        }, this::showError);
    }

    static List<TimelineEntry> entries(List<CaseEvent> events) {
        Set<Long> reversed = events.stream().map(CaseEvent::reversesEventId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return events.stream().map(event -> new TimelineEntry(event, reversed.contains(event.id()))).toList();
    }

    public void addNote(String text) {
        if (text == null || text.isBlank()) {
            error.set(messages.get(NOTE_BLANK));
            return;
        }
        long debtor = requireDebtor();
        write(() -> timeline.append(CaseEvent.of(debtor, null, today, CaseEvent.NOTE, user, null, null,
                text.strip())));
    }

    /** Appends an event reversing {@code entry}; the reason is required and kept in the reversal's summary. */
    public void reverse(TimelineEntry entry, String reason) {
        if (entry != null && entry.fromLedger()) {
            error.set(messages.get(LEDGER_NOT_REVERSIBLE));
            return;
        }
        if (entry == null || !entry.canBeReversed()) {
            error.set(messages.get(ALREADY_REVERSED));
            return;
        }
        if (reason == null || reason.isBlank()) {
            error.set(messages.get(WorklistService.REASON_REQUIRED));
            return;
        }
        long eventId = entry.event().id();
        // What the event recorded (a worklist decision, a call, a claim declaration...) stops counting with it.
        write(() -> history.reverse(eventId, reason.strip(), today));
    }

    /**
     * A written acknowledgement of debt signed by the debtor on {@code on}: of one invoice, or of every open invoice
     * ({@code invoiceId} null). The limitation periods restart that day.
     */
    public void acknowledgeDebt(LocalDate on, Long invoiceId, String note) {
        long debtor = requireDebtor();
        write(() -> history.acknowledgeDebt(debtor, invoiceId, on, note, today));
    }

    /** A call made today; PROMISED needs the promised date and amount (recorded as a promise too). */
    public void logCall(CallOutcome outcome, String notes, LocalDate nextCallOn, LocalDate promisedOn,
                        BigDecimal promisedAmount) {
        long debtor = requireDebtor();
        String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
        write(() -> worklist.logCall(debtor, today, outcome, cleanNotes, nextCallOn, promisedOn, promisedAmount));
    }

    private void write(Callable<Long> work) {
        tasks.run(work, id -> {
            error.set("");
            saved.set(saved.get() + 1);
            refresh();
        }, this::showError);
    }

    private void showError(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            error.set(invalid.problems().stream().map(FieldProblem::messageKey).distinct().map(messages::get)
                    .collect(Collectors.joining(" ")));
        } else {
            error.set(new ErrorMessages(messages).describe(failure));
        }
    }

    private long requireDebtor() {
        if (debtorId == null) {
            throw new IllegalStateException("No debtor open");
        }
        return debtorId;
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    /** Every kind the filter offers. */
    public List<String> kinds() {
        return CaseEvent.KINDS;
    }

    public ObjectProperty<String> kindFilterProperty() {
        return kindFilter;
    }

    public BooleanProperty showLedgerProperty() {
        return showLedger;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Goes up by one after each write that succeeded: the view clears its inputs then. */
    public ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today;
    }
}
