package fr.relance.ui.imports;

import fr.relance.domain.RejectedLine;
import fr.relance.exports.RejectionsCsv;
import fr.relance.imports.ColumnMapping;
import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.imports.MappingPreset;
import fr.relance.store.LedgerImport;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard: file, detected format, column mapping, preview with the rejected lines, import. Files are
 * read in the background; nothing is written to the data file (ledger or mapping preset) until {@link
 * #importValid()}, and then in one transaction.
 */
public final class ImportWizardViewModel {

    public enum Step { FILE, FORMAT, MAPPING, PREVIEW, DONE }

    /** A rejected line as the table shows it. */
    public record RejectedRow(int line, String column, String reason, String value) {
    }

    static final String[] EXTENSIONS = {"*.csv", "*.txt", "*.xlsx", "*.xlsm"};

    private final ImportService imports;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ErrorMessages errors;
    private final Formats formats;
    private final LocalDate today;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ImportFormat> format = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImportService.Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper fileDetails = new ReadOnlyStringWrapper("");
    private final ColumnMappingModel mapping;
    private final ReadOnlyStringWrapper presetMessage = new ReadOnlyStringWrapper("");
    private final StringProperty presetName = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportService.ReadResult> read = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final BooleanProperty seenRejected = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper importLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LedgerImport.Summary> imported = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canImport;
    private final BooleanBinding canGoNext;
    private BackgroundTasks.Handle running;
    /** Set while a preview's format and sheet are copied in, so that does not start another preview. */
    private boolean applying;

    public ImportWizardViewModel(ImportService imports, BackgroundTasks tasks, Dialogs dialogs, Messages messages,
                                 Formats formats, LocalDate today) {
        this.imports = imports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.formats = formats;
        this.today = today;
        this.mapping = new ColumnMappingModel(messages);
        format.addListener((obs, old, now) -> {
            if (!applying && now != null && file.get() != null) {
                loadPreview(file.get(), now, null);
            }
        });
        sheet.addListener((obs, old, now) -> {
            if (!applying && now != null && file.get() != null) {
                loadPreview(file.get(), format.get(), now);
            }
        });
        canImport = Bindings.createBooleanBinding(() -> step.get() == Step.PREVIEW && !busy.get()
                        && read.get() != null && !read.get().entries().isEmpty()
                        && (read.get().rejected().isEmpty() || seenRejected.get()),
                step, busy, read, seenRejected);
        canGoNext = Bindings.createBooleanBinding(() -> !busy.get() && switch (step.get()) {
            case FILE, FORMAT -> preview.get() != null;
            case MAPPING -> mapping.missingProperty().get().isEmpty();
            case PREVIEW, DONE -> false;
        }, step, busy, preview, mapping.missingProperty());
    }

    // ---- actions ----

    /** Asks for a file, then detects its format and previews it. */
    public void chooseFile() {
        Optional<Path> chosen = dialogs.chooseOpenFile(messages.get("import.file.choose"), EXTENSIONS);
        chosen.ifPresent(this::open);
    }

    /** Detects the format of the file and previews it; the wizard moves to the format step. */
    public void open(Path chosen) {
        error.set("");
        Optional<String> unreadable = ImportService.unreadable(chosen);
        if (unreadable.isPresent()) {
            error.set(messages.get(unreadable.get(), chosen.toString()));
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            ImportFormat detected = imports.detect(chosen);
            return imports.preview(chosen, detected, null);
        }, result -> {
            busy.set(false);
            file.set(chosen);
            apply(result);
            step.set(Step.FORMAT);
        }, this::failed);
    }

    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        switch (step.get()) {
            case FILE -> step.set(Step.FORMAT);
            case FORMAT -> {
                if (format.get() == ImportFormat.FEC) {
                    readAll();
                } else {
                    step.set(Step.MAPPING);
                }
            }
            case MAPPING -> readAll();
            default -> { }
        }
    }

    public void back() {
        if (busy.get()) {
            return;
        }
        error.set("");
        notice.set("");
        switch (step.get()) {
            case FORMAT -> step.set(Step.FILE);
            case MAPPING -> step.set(Step.FORMAT);
            case PREVIEW -> step.set(format.get() == ImportFormat.FEC ? Step.FORMAT : Step.MAPPING);
            default -> { }
        }
    }

    /** Writes the valid lines, and the mapping preset when named, in the background; cancellable. */
    public void importValid() {
        if (!canImport.get()) {
            return;
        }
        ImportService.ReadResult result = read.get();
        Optional<MappingPreset> preset = presetToSave();
        start();
        running = tasks.runLong(progress -> {
            LedgerImport.Summary done = imports.importEntries(result, today, fraction(progress));
            preset.ifPresent(imports::savePreset); // only for a mapping that was used: not when cancelled
            return done;
        }, this.progress::set, done -> {
            finished();
            summary.set(done.alreadyImportedAt() != null
                    ? messages.get("import.alreadyImported", formats.date(done.alreadyImportedAt().toLocalDate()))
                    : messages.get("import.summary", done.created(), done.updated(), done.closed(), done.unchanged(),
                    done.paymentsAdded(), done.rejected()));
            step.set(Step.DONE);
            if (done.alreadyImportedAt() == null) {
                imported.set(done);
            }
        }, this::failed);
    }

    /** Cancels the read or the import under way: nothing is written. */
    public void cancelTask() {
        if (running != null) {
            running.cancel();
        }
    }

    public void exportRejected() {
        ImportService.ReadResult result = read.get();
        if (result == null || result.rejected().isEmpty()) {
            return;
        }
        String name = result.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Optional<Path> target = dialogs.chooseRejectionsFile(messages.get("import.rejections.save"),
                messages.get("import.rejections.fileName", name));
        target.ifPresent(path -> tasks.run(() -> {
            RejectionsCsv.write(path, result.rejected(), messages);
            return path;
        }, saved -> notice.set(messages.get("import.rejections.saved", saved.toString())),
                e -> error.set(errors.describe(e))));
    }

    // ---- steps ----

    private void loadPreview(Path chosen, ImportFormat chosenFormat, String chosenSheet) {
        error.set("");
        preview.set(null);
        busy.set(true);
        tasks.run(() -> imports.preview(chosen, chosenFormat, chosenSheet), result -> {
            busy.set(false);
            apply(result);
        }, this::failed);
    }

    private void apply(ImportService.Preview result) {
        applying = true;
        try {
            format.set(result.format());
            sheets.setAll(result.sheets());
            sheet.set(result.sheet());
        } finally {
            applying = false;
        }
        mapping.reset(result.header(), result.rows(), result.mapping());
        MappingPreset preset = result.preset();
        presetMessage.set(preset == null ? "" : messages.get("import.preset.applied", preset.name()));
        presetName.set(preset == null ? "" : preset.name());
        fileDetails.set(result.encoding() == null ? ""
                : messages.get("import.file.details", result.encoding(), separatorName(result.separator())));
        read.set(null);
        preview.set(result);
    }

    private void readAll() {
        ImportService.Preview current = preview.get();
        ColumnMapping columns = current.format() == ImportFormat.FEC ? ColumnMapping.empty() : mapping.mapping();
        read.set(null);
        rejected.clear();
        counts.set("");
        seenRejected.set(false);
        step.set(Step.PREVIEW);
        start();
        running = tasks.runLong(progress -> imports.read(current.file(), current.format(), columns,
                current.sheet(), fraction(progress)), this.progress::set, result -> {
            finished();
            rejected.setAll(result.rejected().stream().map(this::row).toList());
            counts.set(messages.get("import.preview.counts", result.invoiceCount(), result.paymentCount(),
                    result.rejected().size())
                    + (result.skipped() > 0 ? messages.get("import.preview.skipped", result.skipped()) : ""));
            importLabel.set(result.rejected().isEmpty() ? messages.get("import.button")
                    : messages.get("import.button.valid", result.entries().size()));
            read.set(result);
        }, this::failed);
    }

    private RejectedRow row(RejectedLine line) {
        return new RejectedRow(line.lineNumber(), line.column() == null ? "" : line.column(),
                errors.rejection(line), line.value() == null ? "" : line.value());
    }

    private Optional<MappingPreset> presetToSave() {
        String name = presetName.get() == null ? "" : presetName.get().strip();
        ImportService.Preview current = preview.get();
        if (name.isEmpty() || current == null || current.format() == ImportFormat.FEC) {
            return Optional.empty();
        }
        return Optional.of(new MappingPreset(name, ColumnMapping.headerSignature(current.header()),
                mapping.mapping()));
    }

    private void start() {
        error.set("");
        notice.set("");
        progress.set(0);
        busy.set(true);
    }

    private void finished() {
        busy.set(false);
        running = null;
        progress.set(1);
    }

    private void failed(Throwable e) {
        busy.set(false);
        running = null;
        error.set(errors.describe(e));
    }

    private String separatorName(Character separator) {
        if (separator == null) {
            return "";
        }
        return switch (separator) {
            case ';' -> messages.get("import.separator.semicolon");
            case ',' -> messages.get("import.separator.comma");
            case '\t' -> messages.get("import.separator.tab");
            default -> "« " + separator + " »";
        };
    }

    private static ImportService.Progress fraction(BackgroundTasks.Progress progress) {
        return new ImportService.Progress() {
            @Override
            public void advanced(double fraction) {
                progress.advanced(Math.round(fraction * 1000), 1000);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The detected format; the user may choose another, which previews the file again. */
    public ObjectProperty<ImportFormat> formatProperty() {
        return format;
    }

    public List<ImportFormat> formats() {
        return List.of(ImportFormat.values());
    }

    public ObservableList<String> sheets() {
        return FXCollections.unmodifiableObservableList(sheets);
    }

    /** The Excel sheet read; choosing another previews it. */
    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ReadOnlyObjectProperty<ImportService.Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Encoding and separator of a text file; empty otherwise. */
    public ReadOnlyStringProperty fileDetailsProperty() {
        return fileDetails.getReadOnlyProperty();
    }

    public ColumnMappingModel mapping() {
        return mapping;
    }

    /** "Correspondance « X » appliquée" when a saved preset fits the header; empty otherwise. */
    public ReadOnlyStringProperty presetMessageProperty() {
        return presetMessage.getReadOnlyProperty();
    }

    /** The name to save the mapping under at import, for the next file with the same header; blank: not saved. */
    public StringProperty presetNameProperty() {
        return presetName;
    }

    public ReadOnlyObjectProperty<ImportService.ReadResult> readProperty() {
        return read.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ObservableList<RejectedRow> rejected() {
        return FXCollections.unmodifiableObservableList(rejected);
    }

    /** "J’ai vu les lignes rejetées": required before importing a file with rejections. */
    public BooleanProperty seenRejectedProperty() {
        return seenRejected;
    }

    public ReadOnlyStringProperty importLabelProperty() {
        return importLabel.getReadOnlyProperty();
    }

    public ObservableBooleanValue canImport() {
        return canImport;
    }

    public ObservableBooleanValue canGoNext() {
        return canGoNext;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What went wrong, as a sentence; empty when nothing did. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Set once the ledger changed: the aging list should be refreshed. */
    public ReadOnlyObjectProperty<LedgerImport.Summary> importedProperty() {
        return imported.getReadOnlyProperty();
    }
}
