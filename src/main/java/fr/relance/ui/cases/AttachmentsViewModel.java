package fr.relance.ui.cases;

import fr.relance.documents.AttachmentRefusedException;
import fr.relance.documents.AttachmentService;
import fr.relance.documents.DocumentPreview;
import fr.relance.documents.InspectedFile;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.FileType;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.store.DocumentRepository;
import fr.relance.store.DuplicateDocumentException;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ObjectProperty;
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
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The case file's documents ("Pièces"): the debtor's attachments, the file being added (checked first, then
 * described in a small form, then stored with progress and cancel), the preview of the selected one.
 */
public final class AttachmentsViewModel {

    /** The width, in pixels, PDF pages and images are prepared for. */
    static final int PREVIEW_WIDTH = 760;

    /** File-chooser patterns of the accepted types. */
    static final String[] PATTERNS = {"*.pdf", "*.png", "*.jpg", "*.jpeg", "*.eml", "*.msg", "*.doc", "*.docx",
            "*.xls", "*.xlsx", "*.odt", "*.ods"};

    private final AttachmentService attachments;
    private final DocumentRepository documents;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final LocalDate today;
    private final String user;

    private final ObservableList<StoredDocument> list = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StoredDocument> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DocumentPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper previewLoading = new ReadOnlyBooleanWrapper();

    private final Deque<Path> waiting = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<InspectedFile> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper waitingCount = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> documentDate = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper();
    private BackgroundTasks.Handle running;
    private Long debtorId;

    public AttachmentsViewModel(AttachmentService attachments, DocumentRepository documents, BackgroundTasks tasks,
                                Dialogs dialogs, Messages messages, Formats formats, LocalDate today, String user) {
        this.attachments = attachments;
        this.documents = documents;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.today = today;
        this.user = user;
    }

    /** Shows another debtor's documents; a file waiting for its form is dropped. */
    public void open(long debtor) {
        debtorId = debtor;
        list.clear();
        waiting.clear();
        closeForm();
        select(null);
        status.set("");
        refresh();
    }

    public void refresh() {
        Long debtor = debtorId;
        if (debtor == null) {
            return;
        }
        tasks.run(() -> documents.ofDebtor(debtor), found -> {
            if (!Objects.equals(debtor, debtorId)) {
                return;
            }
            StoredDocument current = selected.get();
            list.setAll(found);
            if (current != null) {
                found.stream().filter(d -> d.id() == current.id()).findFirst().ifPresent(this::select);
            }
        }, this::failed);
    }

    // ---- adding ----

    /** Asks for a file with the system's file chooser. */
    public void chooseFile() {
        dialogs.chooseOpenFile(messages.get("document.chooser.title"), PATTERNS).ifPresent(file -> addFiles(List.of(file)));
    }

    /** Files dropped on the tab or chosen: each is checked, then described in the form, one after the other. */
    public void addFiles(List<Path> files) {
        if (debtorId == null || files.isEmpty()) {
            return;
        }
        waiting.addAll(files);
        if (pending.get() == null && !busy.get()) {
            next();
        } else {
            waitingCount.set(waiting.size());
        }
    }

    private void next() {
        Path file = waiting.poll();
        waitingCount.set(waiting.size());
        if (file == null) {
            return;
        }
        startBusy(messages.get("document.checking", file.getFileName()), false);
        tasks.run(() -> attachments.inspect(file), inspected -> {
            stopBusy("");
            showForm(inspected);
        }, error -> {
            stopBusy("");
            refused(error);
            next();
        });
    }

    private void showForm(InspectedFile inspected) {
        errors.clear();
        kind.set(inspected.type().family() == FileType.Family.EMAIL || inspected.type() == FileType.OUTLOOK_MESSAGE
                ? DocumentKind.CORRESPONDENCE : null);
        documentDate.set(null);
        note.set("");
        pending.set(inspected);
    }

    /** Stores the file of the form with what the form says; refusals show under the fields or in a dialog. */
    public void attachPending() {
        InspectedFile file = pending.get();
        if (file == null || busy.get()) {
            return;
        }
        AttachmentDetails details = new AttachmentDetails(kind.get(), documentDate.get(), note.get());
        errors.clear();
        List<FieldProblem> problems = details.validate(today);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        long debtor = debtorId;
        startBusy(messages.get("document.adding", file.fileName()), true);
        running = tasks.runLong(work -> attachments.attach(debtor, file.path(), details, today, user,
                        work::advanced, work::isCancelled),
                progress::set,
                stored -> {
                    stopBusy(messages.get("document.saved", stored.fileName()));
                    saved.set(saved.get() + 1);
                    closeForm();
                    if (Objects.equals(debtor, debtorId)) {
                        list.add(0, stored);
                        select(stored);
                        refresh();
                    }
                    next();
                },
                error -> {
                    if (error instanceof CancellationException) {
                        stopBusy(messages.get("document.cancelled"));
                        return; // the form stays: the controller may try again
                    }
                    stopBusy("");
                    if (error instanceof InvalidInputException invalid) {
                        showProblems(invalid.problems());
                        return;
                    }
                    refused(error);
                    closeForm();
                    next();
                });
    }

    /** Stops storing the file; nothing is stored. */
    public void cancelAdd() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Leaves the file of the form aside and goes on with the next one. */
    public void skipPending() {
        if (busy.get()) {
            return;
        }
        closeForm();
        next();
    }

    private void closeForm() {
        pending.set(null);
        errors.clear();
    }

    private void showProblems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            errors.merge(problem.field(), messages.get(problem.messageKey()), (a, b) -> a + " " + b);
        }
    }

    // ---- the selected document ----

    public void select(StoredDocument document) {
        selected.set(document);
        preview.set(null);
        if (document == null) {
            previewLoading.set(false);
            return;
        }
        previewLoading.set(true);
        tasks.run(() -> attachments.preview(document, PREVIEW_WIDTH), shown -> {
            if (selected.get() != null && selected.get().id() == document.id()) {
                preview.set(shown);
                previewLoading.set(false);
            }
        }, error -> {
            previewLoading.set(false);
            if (selected.get() != null && selected.get().id() == document.id()) {
                preview.set(new DocumentPreview.Unavailable("document.preview.none"));
            }
            dialogs.showError(messages.get("document.error.openTitle"), describe(error));
        });
    }

    /** Opens the selected document with the system's viewer, from a read-only local copy. */
    public void openSelected() {
        StoredDocument document = selected.get();
        if (document == null) {
            return;
        }
        tasks.run(() -> attachments.openWithSystemViewer(document), copy -> { },
                error -> dialogs.showError(messages.get("document.error.openTitle"), describe(error)));
    }

    /** Withdraws the selected document after asking why: its "document added" event is reversed, the bytes stay. */
    public void withdrawSelected() {
        StoredDocument document = selected.get();
        if (document == null || document.withdrawn()) {
            return;
        }
        dialogs.askText(messages.get("document.withdraw.title"), messages.get("document.withdraw.reason"))
                .ifPresent(reason -> tasks.run(() -> documents.withdraw(document.id(), reason, today, user), id -> {
                    status.set(messages.get("document.withdrawnDone", document.fileName()));
                    saved.set(saved.get() + 1);
                    refresh();
                }, error -> {
                    if (error instanceof InvalidInputException invalid) {
                        dialogs.showError(messages.get("document.withdraw.title"), invalid.problems().stream()
                                .map(p -> messages.get(p.messageKey())).distinct()
                                .reduce((a, b) -> a + " " + b).orElse(""));
                    } else {
                        failed(error);
                    }
                }));
    }

    // ---- messages ----

    private void refused(Throwable error) {
        dialogs.showError(messages.get("document.error.title"), describe(error));
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("document.error.openTitle"), describe(error));
    }

    /** The sentence that says what is wrong with the file and what to do. */
    String describe(Throwable error) {
        if (error instanceof AttachmentRefusedException refused) {
            Object detail = refused.detail();
            String shown = detail instanceof Long size ? formats.fileSize(size) : detail == null ? "" : detail.toString();
            return messages.get(refused.messageKey(), refused.fileName(), shown);
        }
        if (error instanceof DuplicateDocumentException duplicate) {
            StoredDocument existing = duplicate.existing();
            InspectedFile file = pending.get();
            return messages.get("document.error.duplicate", file == null ? existing.fileName() : file.fileName(),
                    existing.fileName(), messages.get("document.kind." + existing.kind().name()),
                    formats.date(existing.addedAt() == null ? null : existing.addedAt().toLocalDate()),
                    existing.addedBy());
        }
        if (error instanceof CancellationException) {
            return messages.get("document.cancelled");
        }
        return new ErrorMessages(messages).describe(error);
    }

    private void startBusy(String text, boolean canCancel) {
        busy.set(true);
        cancellable.set(canCancel);
        progress.set(-1);
        status.set(text);
    }

    private void stopBusy(String text) {
        busy.set(false);
        cancellable.set(false);
        running = null;
        progress.set(-1);
        status.set(text);
    }

    // ---- properties ----

    public ObservableList<StoredDocument> documents() {
        return list;
    }

    public ReadOnlyObjectProperty<StoredDocument> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DocumentPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewLoadingProperty() {
        return previewLoading.getReadOnlyProperty();
    }

    /** The file checked and waiting for its kind, date and note; null when the form is closed. */
    public ReadOnlyObjectProperty<InspectedFile> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Files dropped together, still to be described after the one in the form. */
    public ReadOnlyIntegerProperty waitingCountProperty() {
        return waitingCount.getReadOnlyProperty();
    }

    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> documentDateProperty() {
        return documentDate;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Form problems by field ("kind", "documentDate", "note"). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** Between 0 and 1 while a file is stored; -1 when not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Goes up by one after each document added or withdrawn: the timeline has a new event then. */
    public ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today;
    }
}
