package fr.relance.ui.worklist;

import fr.relance.documents.PdfPrinter;
import fr.relance.documents.SystemViewer;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.registered.DepositNumbers;
import fr.relance.domain.registered.TrackingNumber;
import fr.relance.dunning.LetterRun;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.LetterLines;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The day's letters from the worklist, in four steps the controller takes one after the other: review (each
 * letter composed and checked; blocking problems exclude a letter with the reason), generate (one print-ready
 * PDF, each letter on an odd page, and the deposit list of the registered ones), print or open it, then mark the
 * letters as sent (each kept as evidence with its worklist line recorded as done). Long work runs off the JavaFX
 * thread with a progress and a cancel; nothing is recorded as sent before the controller confirms.
 */
public final class LetterBatchViewModel {

    /** One reviewed letter and whether the controller keeps it in the batch. */
    public static final class Row {
        private final LetterRun.Line line;
        private final BooleanProperty included;
        private final String toCheck;
        private final StringProperty trackingNumber = new SimpleStringProperty(this, "trackingNumber", "");
        private final ReadOnlyStringWrapper trackingProblem = new ReadOnlyStringWrapper(this, "trackingProblem", "");

        Row(LetterRun.Line line, String toCheck) {
            this.line = line;
            this.included = new SimpleBooleanProperty(line.printable());
            this.toCheck = toCheck;
            // A letter with a blocking problem cannot be printed: it stays out whatever is clicked.
            included.addListener((obs, old, now) -> {
                if (now && !line.printable()) {
                    included.set(false);
                }
            });
        }

        public LetterRun.Line line() {
            return line;
        }

        public BooleanProperty includedProperty() {
            return included;
        }

        public boolean printable() {
            return line.printable();
        }

        /** Whether the letter goes by registered mail, so that it has a tracking number. */
        public boolean registered() {
            return line.channel() == LetterChannel.REGISTERED;
        }

        /**
         * The number of the registered-mail label stuck on the envelope, as typed or scanned; blank when it will be
         * written by hand on the deposit list.
         */
        public StringProperty trackingNumberProperty() {
            return trackingNumber;
        }

        /** What is wrong with the number typed (shown under the field); empty when nothing. */
        public ReadOnlyStringProperty trackingProblemProperty() {
            return trackingProblem.getReadOnlyProperty();
        }

        /** Why it is excluded, or what to look at; empty when nothing. */
        public String toCheck() {
            return toCheck;
        }
    }

    /** Where the batch is. */
    public enum Step { REVIEWING, REVIEWED, GENERATING, GENERATED, RECORDING, RECORDED }

    private final LetterRun run;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final ErrorMessages errors;
    private final LetterLines words;
    private final SystemViewer viewer;
    private final PdfPrinter printer;
    private final String user;
    private final LocalDate asOf;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.REVIEWING);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LetterRun.Batch> batch = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper recorded = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper included = new ReadOnlyIntegerWrapper();
    private List<LetterRun.Line> printed = List.of();
    private Map<LetterRun.Line, TrackingNumber> printedNumbers = Map.of();
    private BackgroundTasks.Handle running;

    public LetterBatchViewModel(LetterRun run, BackgroundTasks tasks, Dialogs dialogs, Messages messages,
                                Formats formats, SystemViewer viewer, PdfPrinter printer, String user,
                                LocalDate asOf) {
        this.run = run;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.errors = new ErrorMessages(messages);
        this.words = new LetterLines(messages);
        this.viewer = viewer;
        this.printer = printer;
        this.user = user;
        this.asOf = asOf;
    }

    /**
     * Composes and checks the letters of the lines given (those that write a letter), or of every letter line of
     * the day when none is given.
     */
    public void review(List<WorklistItem> selected) {
        if (busy.get()) {
            return;
        }
        List<WorklistItem> chosen = selected.stream().filter(i -> LetterRun.letterKind(i).isPresent()).toList();
        start(Step.REVIEWING, messages.get("letters.batch.reviewing", 0, chosen.size()));
        rows.clear();
        running = tasks.runLong(p -> run.review(chosen.isEmpty() ? run.letterLines(asOf) : chosen, asOf, adapt(p)),
                progress::set, lines -> {
                    running = null;
                    busy.set(false);
                    rows.setAll(lines.stream().map(l -> new Row(l, words.toCheck(l))).toList());
                    rows.forEach(r -> r.includedProperty().addListener((obs, old, now) -> count()));
                    rows.forEach(r -> r.trackingNumberProperty().addListener((obs, old, now) -> trackingChanged()));
                    count();
                    step.set(Step.REVIEWED);
                    status.set(lines.isEmpty() ? messages.get("letters.batch.none") : "");
                }, failure -> fail(Step.REVIEWED, failure));
    }

    /** Asks where to save, then writes the letters kept and the deposit list; cancellable, no file when cancelled. */
    public void generate() {
        if (busy.get() || step.get() == Step.REVIEWING) {
            return;
        }
        List<LetterRun.Line> kept = rows.stream().filter(r -> r.includedProperty().get()).map(Row::line).toList();
        if (kept.isEmpty()) {
            error.set(messages.get(LetterRun.NOTHING_PRINTABLE));
            return;
        }
        if (!checkTrackingNumbers()) {
            error.set(messages.get("letters.batch.trackingInvalid"));
            return;
        }
        Map<LetterRun.Line, TrackingNumber> numbers = trackingNumbers();
        Path target = dialogs.chooseSaveFile(messages.get("letters.batch.chooser"),
                messages.get("letters.batch.fileName", asOf.toString()), "pdf").orElse(null);
        if (target == null) {
            return;
        }
        Step before = step.get();
        start(Step.GENERATING, messages.get("letters.batch.generating", 0, kept.size()));
        running = tasks.runLong(p -> run.generate(kept, numbers, target, messages.locale(), adapt(p)),
                progress::set, written -> {
                    running = null;
                    busy.set(false);
                    printed = kept;
                    printedNumbers = numbers;
                    batch.set(written);
                    step.set(Step.GENERATED);
                    String text = messages.get("letters.batch.generated", written.letterCount(), written.pages(),
                            written.blankPages(), written.letters());
                    if (written.depositList() != null) {
                        text += "\n" + messages.get("letters.batch.generatedDeposit", written.registeredCount(),
                                written.depositList());
                    }
                    status.set(text);
                }, failure -> fail(before, failure));
    }

    /** The system print dialog for the batch file. */
    public void print() {
        LetterRun.Batch written = batch.get();
        if (busy.get() || written == null) {
            return;
        }
        error.set("");
        busy.set(true);
        String title = messages.get("letters.batch.title", formats.date(asOf));
        tasks.run(() -> printer.print(written.letters(), title), printedNow -> {
            busy.set(false);
            if (printedNow) {
                status.set(messages.get("letters.batch.printed"));
            }
        }, failure -> {
            busy.set(false);
            error.set(messages.get("letters.batch.printFailed", String.valueOf(rootMessage(failure))));
        });
    }

    /** The batch in the default PDF viewer. */
    public void openLetters() {
        LetterRun.Batch written = batch.get();
        if (written != null) {
            open(written.letters());
        }
    }

    /** The deposit list in the default PDF viewer. */
    public void openDepositList() {
        LetterRun.Batch written = batch.get();
        if (written != null && written.depositList() != null) {
            open(written.depositList());
        }
    }

    private void open(Path file) {
        error.set("");
        tasks.run(() -> {
            viewer.open(file);
            return file;
        }, opened -> { }, failure -> error.set(messages.get("letters.batch.openFailed",
                String.valueOf(rootMessage(failure)), file.getParent())));
    }

    /**
     * After a confirmation: each printed letter kept as evidence and its worklist line recorded as done, one
     * transaction per letter. A failure leaves the letters before it recorded and says which one failed.
     */
    public void markSent() {
        if (busy.get() || batch.get() == null || printed.isEmpty()) {
            return;
        }
        if (!dialogs.confirm(messages.get("letters.batch.markSent.title"),
                messages.get("letters.batch.markSent.confirm", printed.size(), formats.date(asOf)))) {
            return;
        }
        List<LetterRun.Line> lines = printed;
        Map<LetterRun.Line, TrackingNumber> numbers = printedNumbers;
        start(Step.RECORDING, messages.get("letters.batch.recording", 0, lines.size()));
        running = tasks.runLong(p -> run.markSent(lines, numbers, asOf, user, adapt(p)), progress::set, result -> {
            running = null;
            busy.set(false);
            recorded.set(recorded.get() + result.sent().size());
            if (result.failed() != null) {
                step.set(Step.GENERATED);
                error.set(messages.get("letters.batch.recordFailed", result.sent().size(),
                        result.failed().item().debtorName(), errors.describe(result.failure()),
                        result.notRecorded().size()));
            } else if (!result.notRecorded().isEmpty()) {
                step.set(Step.GENERATED);
                status.set(messages.get("letters.batch.recordStopped", result.sent().size(),
                        result.notRecorded().size()));
            } else {
                step.set(Step.RECORDED);
                status.set(messages.get("letters.batch.recorded", result.sent().size(), formats.date(asOf)));
            }
        }, failure -> fail(Step.GENERATED, failure));
    }

    /** Stops the review, the generation or the recording under way. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void start(Step now, String text) {
        error.set("");
        status.set(text);
        progress.set(0);
        busy.set(true);
        step.set(now);
    }

    private void fail(Step back, Throwable failure) {
        running = null;
        busy.set(false);
        step.set(back);
        status.set("");
        Throwable cause = unwrap(failure);
        if (cause instanceof CancellationException) {
            status.set(messages.get("letters.batch.cancelled"));
        } else if (cause instanceof InvalidInputException refused) {
            error.set(errors.refusal(refused));
        } else {
            error.set(errors.describe(failure));
        }
    }

    /**
     * Checks every registered letter's number (a valid one, not typed for another letter; blank is allowed) and shows
     * the problem under each field. A number changed after the batch was generated makes the deposit list out of
     * date: the batch has to be generated again before it is printed or marked as sent.
     */
    private void trackingChanged() {
        checkTrackingNumbers();
        if (step.get() == Step.GENERATED && !trackingNumbers().equals(printedNumbers)) {
            batch.set(null);
            printed = List.of();
            printedNumbers = Map.of();
            step.set(Step.REVIEWED);
            status.set(messages.get("letters.batch.trackingChanged"));
        }
    }

    /** @return whether every number typed is valid */
    private boolean checkTrackingNumbers() {
        List<Row> registered = rows.stream().filter(Row::registered).toList();
        List<java.util.Optional<String>> problems = DepositNumbers.problems(
                registered.stream().map(r -> r.trackingNumberProperty().get()).toList());
        boolean valid = true;
        for (int i = 0; i < registered.size(); i++) {
            String key = problems.get(i).orElse(null);
            registered.get(i).trackingProblem.set(key == null ? "" : messages.get(key));
            valid &= key == null;
        }
        return valid;
    }

    /** The valid numbers typed for the registered letters kept. */
    private Map<LetterRun.Line, TrackingNumber> trackingNumbers() {
        Map<LetterRun.Line, TrackingNumber> numbers = new HashMap<>();
        for (Row row : rows) {
            if (row.registered() && row.includedProperty().get() && row.trackingProblem.get().isEmpty()) {
                DepositNumbers.parse(row.trackingNumberProperty().get())
                        .ifPresent(number -> numbers.put(row.line(), number));
            }
        }
        return numbers;
    }

    private void count() {
        int kept = (int) rows.stream().filter(r -> r.includedProperty().get()).count();
        int registered = (int) rows.stream().filter(r -> r.includedProperty().get())
                .filter(r -> r.line().channel() == fr.relance.domain.letters.LetterChannel.REGISTERED).count();
        included.set(kept);
        summary.set(messages.get("letters.batch.summary", kept,
                rows.stream().filter(r -> !r.printable()).count(), registered));
    }

    private static LetterRun.Progress adapt(BackgroundTasks.Progress progress) {
        return new LetterRun.Progress() {
            @Override
            public void advanced(int done, int total) {
                progress.advanced(done, total);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof CancellationException) && !(t instanceof InvalidInputException)) {
            t = t.getCause();
        }
        return t;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Between 0 and 1 while work runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "3 courriers à imprimer dont 1 recommandé ; 1 exclu." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The files written; null before generating. */
    public ReadOnlyObjectProperty<LetterRun.Batch> batchProperty() {
        return batch.getReadOnlyProperty();
    }

    /** How many letters were recorded as sent (the worklist is read again when the window closes). */
    public ReadOnlyIntegerProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty includedProperty() {
        return included.getReadOnlyProperty();
    }

    /** Whether "Générer" can be clicked: reviewed, letters kept, nothing running, not yet recorded. */
    public BooleanBinding canGenerate() {
        return Bindings.createBooleanBinding(() -> !busy.get() && included.get() > 0
                        && (step.get() == Step.REVIEWED || step.get() == Step.GENERATED),
                busy, included, step);
    }

    /** Whether the batch can be printed, opened, or marked as sent. */
    public BooleanBinding canUseBatch() {
        return Bindings.createBooleanBinding(() -> !busy.get() && batch.get() != null, busy, batch);
    }

    public BooleanBinding canMarkSent() {
        return Bindings.createBooleanBinding(() -> !busy.get() && batch.get() != null
                && step.get() == Step.GENERATED, busy, batch, step);
    }
}
