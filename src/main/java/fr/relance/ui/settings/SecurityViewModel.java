package fr.relance.ui.settings;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.privacy.EncryptionService;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Paramètres › Sécurité: encryption at rest of the data file. Input is checked before anything runs; the
 * conversion (backup, then the file converted while closed) runs in the background with its step shown.
 */
public final class SecurityViewModel {

    private final EncryptionService encryption;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currentError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmError = new ReadOnlyStringWrapper("");

    public SecurityViewModel(EncryptionService encryption, BackgroundTasks tasks, Dialogs dialogs, Messages messages) {
        this.encryption = encryption;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void load() {
        tasks.run(encryption::isEncrypted, on -> {
            encrypted.set(on);
            status.set(messages.get(on ? "security.status.on" : "security.status.off"));
        }, error -> dialogs.showError(messages.get("security.title"), new ErrorMessages(messages).describe(error)));
    }

    /** Turns encryption on with the new password typed twice. */
    public void turnOn(char[] password, char[] confirmation) {
        run(progress -> {
            encryption.turnOn(password, confirmation, progress);
            return null;
        }, "security.done.on");
    }

    public void change(char[] current, char[] password, char[] confirmation) {
        run(progress -> {
            encryption.change(current, password, confirmation, progress);
            return null;
        }, "security.done.changed");
    }

    public void turnOff(char[] current) {
        if (!dialogs.confirm(messages.get("security.off.confirm.title"), messages.get("security.off.confirm"))) {
            return;
        }
        run(progress -> {
            encryption.turnOff(current, progress);
            return null;
        }, "security.done.off");
    }

    private void run(Work work, String doneKey) {
        clearErrors();
        busy.set(true);
        status.set(messages.get("security.step.BACKUP"));
        tasks.runLong(progress -> work.run(step -> progress.advanced(step.ordinal(), 2)),
                fraction -> status.set(messages.get("security.step."
                        + EncryptionService.Step.values()[(int) Math.round(fraction * 2)].name())),
                nothing -> {
                    busy.set(false);
                    load();
                    dialogs.showInfo(messages.get("security.title"), messages.get(doneKey));
                },
                error -> {
                    busy.set(false);
                    load();
                    if (error instanceof InvalidInputException invalid) {
                        show(invalid);
                    } else {
                        dialogs.showError(messages.get("security.title"), messages.get("security.failed",
                                new ErrorMessages(messages).describe(error)));
                    }
                });
    }

    private void show(InvalidInputException invalid) {
        for (FieldProblem problem : invalid.problems()) {
            String text = messages.get(problem.messageKey());
            ReadOnlyStringWrapper target = switch (problem.field()) {
                case "currentPassword" -> currentError;
                case "confirmPassword" -> confirmError;
                default -> newError;
            };
            target.set(target.get().isEmpty() ? text : target.get() + "\n" + text);
        }
    }

    private void clearErrors() {
        currentError.set("");
        newError.set("");
        confirmError.set("");
    }

    @FunctionalInterface
    private interface Work {
        Void run(Consumer<EncryptionService.Step> progress) throws Exception;
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentErrorProperty() {
        return currentError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newErrorProperty() {
        return newError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmErrorProperty() {
        return confirmError.getReadOnlyProperty();
    }
}
