package fr.relance.ui.cases;

import fr.relance.documents.LetterArchive;
import fr.relance.documents.SystemViewer;
import fr.relance.domain.letters.SentLetter;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case file's letters sent: each with its date, kind, channel, amount and SHA-256; "Réimprimer" opens the very
 * PDF that was sent (checked against its fingerprint first) in the system's PDF viewer.
 */
public final class CaseLettersViewModel {

    private final LetterArchive archive;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final SystemViewer viewer;
    private final Path copies;

    private final ObservableList<SentLetter> letters = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long debtorId = -1;

    /** @param copies where the read-only copies opened by the viewer are written (one folder per session) */
    public CaseLettersViewModel(LetterArchive archive, BackgroundTasks tasks, Messages messages, SystemViewer viewer,
                                Path copies) {
        this.archive = archive;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.viewer = viewer;
        this.copies = copies;
    }

    public void open(long debtor) {
        debtorId = debtor;
        letters.clear();
        refresh();
    }

    public void refresh() {
        long debtor = debtorId;
        if (debtor < 0) {
            return;
        }
        loading.set(true);
        tasks.run(() -> archive.ofDebtor(debtor), found -> {
            loading.set(false);
            if (debtor == debtorId) {
                letters.setAll(found);
            }
        }, failure -> {
            loading.set(false);
            error.set(errors.describe(failure));
        });
    }

    /** Opens the letter's stored PDF, the identical file; a PDF that no longer matches its SHA-256 is refused. */
    public void reprint(SentLetter letter) {
        if (letter == null) {
            return;
        }
        error.set("");
        tasks.run(() -> {
            Path copy = archive.reprintCopy(letter.id(), copies);
            viewer.open(copy);
            return copy;
        }, opened -> { }, failure -> error.set(errors.describe(failure)));
    }

    public ObservableList<SentLetter> letters() {
        return letters;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
