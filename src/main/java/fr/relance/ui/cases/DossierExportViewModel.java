package fr.relance.ui.cases;

import fr.relance.documents.DossierExportException;
import fr.relance.documents.DossierExporter;
import fr.relance.documents.DossierFormat;
import fr.relance.documents.ExportedDossier;
import fr.relance.documents.SystemViewer;
import fr.relance.domain.Debtor;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case file's "Exporter le dossier…" action: asks where to save, writes the agency dossier (PDF, or ZIP with the
 * originals and claim.csv) off the JavaFX thread with its progress and a cancel, then opens the result with the
 * system's viewer. A failure says what went wrong and leaves no file behind.
 */
public final class DossierExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DossierExportViewModel.class);

    private final DossierExporter exporter;
    private final SystemViewer viewer;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Debtor> debtor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportedDossier> exported = new ReadOnlyObjectWrapper<>();
    private BackgroundTasks.Handle running;

    public DossierExportViewModel(DossierExporter exporter, SystemViewer viewer, BackgroundTasks tasks,
                                  Dialogs dialogs, Messages messages) {
        this.exporter = exporter;
        this.viewer = viewer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The case file now shows this debtor (null: none). */
    public void open(Debtor shown) {
        if (shown == null || debtor.get() == null || shown.id() != debtor.get().id()) {
            status.set("");
            exported.set(null);
        }
        debtor.set(shown);
    }

    /** Asks where to save, then writes the dossier in the background. */
    public void export(DossierFormat format) {
        Debtor current = debtor.get();
        if (current == null || busy.get()) {
            return;
        }
        String initial = messages.get("dossier.export.fileName", current.accountCode().replaceAll("[\\\\/:*?\"<>|\\s]+",
                "_")) + "." + format.extension();
        dialogs.chooseSaveFile(messages.get("dossier.export.chooser", current.name()), initial, format.extension())
                .ifPresent(target -> start(current, format, withExtension(target, format)));
    }

    private static Path withExtension(Path target, DossierFormat format) {
        return DossierFormat.ofFile(target).orElse(null) == format ? target
                : target.resolveSibling(target.getFileName() + "." + format.extension());
    }

    private void start(Debtor current, DossierFormat format, Path target) {
        busy.set(true);
        progress.set(0);
        exported.set(null);
        status.set(messages.get("dossier.export.running", target.getFileName()));
        running = tasks.runLong(work -> exporter.export(current.id(), format, target, work::advanced,
                        work::isCancelled),
                progress::set,
                result -> {
                    running = null;
                    busy.set(false);
                    progress.set(1);
                    exported.set(result);
                    status.set(result.missingFiles().isEmpty()
                            ? messages.get("dossier.export.done", result.path().getFileName(), result.pages())
                            : messages.get("dossier.export.doneWithMissing", result.path().getFileName(),
                            result.pages(), result.missingFiles().size()));
                    tasks.run(() -> {
                        viewer.open(result.path());
                        return result.path();
                    }, opened -> { }, error -> LOG.warn("The dossier {} could not be opened", result.path(), error));
                },
                error -> {
                    running = null;
                    busy.set(false);
                    progress.set(0);
                    if (error instanceof CancellationException) {
                        status.set(messages.get("dossier.export.cancelled"));
                        return;
                    }
                    status.set("");
                    dialogs.showError(messages.get("dossier.export.errorTitle"), describe(error));
                });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private String describe(Throwable error) {
        if (error instanceof DossierExportException failed) {
            return messages.get(failed.messageKey(), failed.target().getFileName(),
                    failed.getCause() == null ? "" : failed.getCause().getMessage());
        }
        LOG.error("Dossier export failed", error);
        return new ErrorMessages(messages).describe(error);
    }

    public ReadOnlyObjectProperty<Debtor> debtorProperty() {
        return debtor.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last dossier written for the debtor shown, null before. */
    public ReadOnlyObjectProperty<ExportedDossier> exportedProperty() {
        return exported.getReadOnlyProperty();
    }
}
