package fr.relance.ui.settings;

import fr.relance.backup.AutomaticBackups;
import fr.relance.backup.BackupArchive;
import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
import fr.relance.backup.BackupService;
import fr.relance.backup.VerifiedBackup;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Paramètres › Sauvegardes: the backups of the data file (date, kind, size), "Sauvegarder maintenant", restoring a
 * listed backup or an archive from elsewhere, and deleting one. A restore is checked completely first, then
 * confirmed with what the backup holds; once done, the window reopens on the restored data.
 */
public final class BackupsViewModel {

    private final BackupService backups;
    private final AutomaticBackups automatic;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final ErrorMessages errors;
    private final Runnable onRestored;
    private final ZoneId zone;

    private final ObservableList<BackupArchive> rows = FXCollections.observableArrayList();
    private final ObservableList<BackupArchive> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<BackupArchive> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper automaticFailure = new ReadOnlyStringWrapper("");
    private BackgroundTasks.Handle running;

    /** @param onRestored reopens the window's screens on the restored data (called on the JavaFX thread) */
    public BackupsViewModel(BackupService backups, AutomaticBackups automatic, BackgroundTasks tasks, Dialogs dialogs,
                            Messages messages, Formats formats, Runnable onRestored) {
        this.backups = backups;
        this.automatic = automatic;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.errors = new ErrorMessages(messages);
        this.onRestored = onRestored;
        this.zone = backups.clock().getZone();
    }

    /** Reads the backups folder again (each time the tab shows: automatic backups come and go by themselves). */
    public void load() {
        tasks.run(backups::list, this::show, this::failed);
        automaticFailure.set(automatic.lastFailure()
                .map(failure -> messages.get("backup.automatic.lastFailed", errors.describe(failure)))
                .orElse(""));
    }

    public void backupNow() {
        if (busy.get()) {
            return;
        }
        begin(messages.get("backup.status.writing"), true);
        running = tasks.runLong(work -> backups.create(BackupKind.MANUAL, adapt(work)), progress::set, archive -> {
            end(messages.get("backup.status.written", archive.file().getFileName(),
                    formats.fileSize(archive.size())));
            load();
        }, this::failed);
    }

    /** Stops a backup or a restore check under way; nothing is changed by either. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public void restoreSelected() {
        BackupArchive archive = selected.get();
        if (archive != null && !busy.get()) {
            restore(archive.file());
        }
    }

    public void restoreFromFile() {
        if (busy.get()) {
            return;
        }
        dialogs.chooseOpenFile(messages.get("backup.restore.chooseTitle"), "*.zip").ifPresent(this::restore);
    }

    private void restore(Path archive) {
        begin(messages.get("backup.status.checking", archive.getFileName()), true);
        running = tasks.runLong(work -> backups.verify(archive, adapt(work)), progress::set, this::confirmRestore,
                this::failed);
    }

    private void confirmRestore(VerifiedBackup verified) {
        running = null;
        cancellable.set(false);
        progress.set(1);
        status.set(messages.get("backup.status.verified"));
        BackupArchive archive = verified.archive();
        boolean confirmed = dialogs.confirm(messages.get("backup.restore.confirmTitle"),
                messages.get("backup.restore.confirm", formats.dateTime(archive.takenAt(zone)),
                        archive.manifest().appVersion(), verified.contents().debtors(),
                        verified.contents().invoices(), verified.contents().documents(),
                        BackupService.ASIDE_PREFIX + "…", backups.dataFolder()));
        if (!confirmed) {
            tasks.run(() -> {
                verified.close();
                return null;
            }, nothing -> end(messages.get("backup.status.restoreAbandoned")), this::failed);
            return;
        }
        begin(messages.get("backup.status.restoring"), false);
        progress.set(-1);
        tasks.run(() -> backups.restore(verified), restored -> {
            end(messages.get("backup.status.restored", formats.dateTime(restored.archive().takenAt(zone))));
            onRestored.run();
            dialogs.showInfo(messages.get("backup.restore.doneTitle"), messages.get("backup.restore.done",
                    formats.dateTime(restored.archive().takenAt(zone)), restored.previousDataFolder()));
        }, this::failed);
    }

    public void deleteSelected() {
        BackupArchive archive = selected.get();
        if (archive == null || busy.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get("backup.delete.title"), messages.get("backup.delete.confirm",
                formats.dateTime(archive.takenAt(zone)), archive.file().getFileName()))) {
            return;
        }
        tasks.run(() -> {
            backups.delete(archive);
            return backups.list();
        }, list -> {
            show(list);
            status.set(messages.get("backup.status.deleted", archive.file().getFileName()));
        }, this::failed);
    }

    private void show(List<BackupArchive> list) {
        BackupArchive previous = selected.get();
        rows.setAll(list);
        selected.set(previous != null && list.contains(previous) ? previous : null);
    }

    private void begin(String text, boolean canCancel) {
        busy.set(true);
        cancellable.set(canCancel);
        progress.set(-1); // until the first bytes are copied
        status.set(text);
    }

    private void end(String text) {
        running = null;
        busy.set(false);
        cancellable.set(false);
        progress.set(0);
        status.set(text);
    }

    private void failed(Throwable error) {
        String sentence = errors.describe(error);
        end(unwrapped(error) instanceof CancellationException ? sentence : "");
        if (!(unwrapped(error) instanceof CancellationException)) {
            dialogs.showError(messages.get("backup.error.title"), sentence);
        }
    }

    private static Throwable unwrapped(Throwable error) {
        Throwable current = error;
        while ((current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.util.concurrent.CompletionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static BackupProgress adapt(BackgroundTasks.Progress work) {
        return new BackupProgress() {
            @Override
            public void advanced(long done, long total) {
                work.advanced(done, total);
            }

            @Override
            public boolean isCancelled() {
                return work.isCancelled();
            }
        };
    }

    // ---- what the view shows ----

    public String folder() {
        return backups.folder().toString();
    }

    public String takenAt(BackupArchive archive) {
        return formats.dateTime(archive.takenAt(zone));
    }

    public String kind(BackupArchive archive) {
        return messages.get("backup.kind." + archive.kind().name());
    }

    public String size(BackupArchive archive) {
        return formats.fileSize(archive.size());
    }

    public ObservableList<BackupArchive> rows() {
        return rowsView;
    }

    public ObjectProperty<BackupArchive> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** Between 0 and 1; -1 while the step under way cannot tell how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The sentence of the last automatic backup's failure; empty when it went well. */
    public ReadOnlyStringProperty automaticFailureProperty() {
        return automaticFailure.getReadOnlyProperty();
    }
}
