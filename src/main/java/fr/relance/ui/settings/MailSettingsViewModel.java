package fr.relance.ui.settings;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.mail.SmtpSecurity;
import fr.relance.domain.mail.SmtpSettings;
import fr.relance.mail.MailFailure;
import fr.relance.mail.MailSettings;
import fr.relance.mail.PasswordVault;
import fr.relance.mail.SmtpMailer;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Paramètres › E-mail: the SMTP server reminders go out through. The password typed is never shown back: the form
 * says one is saved, and leaving the field empty keeps it. "Tester la connexion" connects and authenticates with
 * what the form holds, off the JavaFX thread, and says in a sentence what went wrong.
 */
public final class MailSettingsViewModel {

    public static final List<String> FIELDS = List.of("host", "port", "security", "user", "password", "fromAddress",
            "fromName",
            "replyTo");

    private final MailSettings settings;
    private final SmtpMailer mailer;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final ObjectProperty<SmtpSecurity> security = new SimpleObjectProperty<>(SmtpSecurity.STARTTLS);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty fromAddress = new SimpleStringProperty("");
    private final StringProperty fromName = new SimpleStringProperty("");
    private final StringProperty replyTo = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper passwordSaved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper();
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new HashMap<>();

    public MailSettingsViewModel(MailSettings settings, SmtpMailer mailer, BackgroundTasks tasks, Messages messages) {
        this.settings = settings;
        this.mailer = mailer;
        this.tasks = tasks;
        this.messages = messages;
        FIELDS.forEach(field -> fieldErrors.put(field, new ReadOnlyStringWrapper("")));
        // Choosing a protection proposes its usual port while the port is still another protection's usual one.
        security.addListener((obs, old, now) -> {
            if (now != null && (port.get().isBlank() || old != null
                    && port.get().strip().equals(Integer.toString(old.usualPort())))) {
                port.set(Integer.toString(now.usualPort()));
            }
        });
    }

    private record Loaded(SmtpSettings smtp, boolean hasPassword) {
    }

    public void load() {
        tasks.run(() -> new Loaded(settings.load(), settings.hasPassword()), loaded -> {
            SmtpSettings smtp = loaded.smtp();
            security.set(smtp.security());
            host.set(smtp.host());
            port.set(Integer.toString(smtp.port()));
            user.set(smtp.user());
            fromAddress.set(smtp.fromAddress());
            fromName.set(smtp.fromName());
            replyTo.set(smtp.replyTo());
            password.set("");
            passwordSaved.set(loaded.hasPassword());
            clearErrors();
        }, error -> showStatus(new ErrorMessages(messages).describe(error), true));
    }

    /** Checks every field, then saves all of them in one transaction. */
    public void save() {
        SmtpSettings smtp = read();
        if (smtp == null) {
            return;
        }
        String typed = password.get();
        busy.set(true);
        tasks.run(() -> {
            settings.save(smtp, typed);
            return settings.hasPassword();
        }, hasPassword -> {
            busy.set(false);
            password.set("");
            passwordSaved.set(hasPassword);
            showStatus(messages.get("mail.settings.saved"), false);
        }, error -> {
            busy.set(false);
            fail(error);
        });
    }

    /** Connects and authenticates with the form's values (the saved password when none is typed). */
    public void testConnection() {
        SmtpSettings smtp = read();
        if (smtp == null) {
            return;
        }
        String typed = password.get();
        busy.set(true);
        showStatus(messages.get("mail.test.running", smtp.host(), Integer.toString(smtp.port())), false);
        tasks.run(() -> {
            String secret = !typed.isEmpty() ? typed
                    : smtp.authenticates() ? settings.password().orElse(null) : null;
            mailer.testConnection(smtp, secret);
            return smtp;
        }, ok -> {
            busy.set(false);
            showStatus(messages.get("mail.test.ok", ok.host(), Integer.toString(ok.port())), false);
        }, error -> {
            busy.set(false);
            fail(error);
        });
    }

    /** The form read back; null (with the problems shown under their fields) when something is wrong. */
    private SmtpSettings read() {
        clearErrors();
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        SmtpSettings smtp = new SmtpSettings(host.get(), portNumber, security.get(), user.get(), fromAddress.get(),
                fromName.get(), replyTo.get());
        List<FieldProblem> problems = smtp.validate();
        if (!problems.isEmpty()) {
            showProblems(problems);
            return null;
        }
        return smtp;
    }

    private void fail(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof MailFailure) && !(cause instanceof InvalidInputException)
                && !(cause instanceof PasswordVault.UnreadableSecretException)) {
            cause = cause.getCause();
        }
        if (cause instanceof MailFailure failure) {
            String detail = failure.detail() == null || failure.detail().isBlank() ? ""
                    : " (" + failure.detail().strip() + ")";
            showStatus(messages.get(failure.messageKey()) + detail, true);
        } else if (cause instanceof InvalidInputException invalid) {
            showProblems(invalid.problems());
        } else if (cause instanceof PasswordVault.UnreadableSecretException) {
            showStatus(messages.get("mail.error.passwordUnreadable"), true);
        } else {
            showStatus(new ErrorMessages(messages).describe(error), true);
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            ReadOnlyStringWrapper target = fieldErrors.get(problem.field());
            String sentence = messages.get(problem.messageKey());
            if (target != null) {
                target.set(target.get().isEmpty() ? sentence : target.get() + " " + sentence);
            }
        }
        showStatus(messages.get("mail.settings.fix"), true);
    }

    private void clearErrors() {
        fieldErrors.values().forEach(error -> error.set(""));
        showStatus("", false);
    }

    private void showStatus(String text, boolean isError) {
        statusIsError.set(isError);
        status.set(text);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<SmtpSecurity> securityProperty() {
        return security;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty fromAddressProperty() {
        return fromAddress;
    }

    public StringProperty fromNameProperty() {
        return fromName;
    }

    public StringProperty replyToProperty() {
        return replyTo;
    }

    public ReadOnlyBooleanProperty passwordSavedProperty() {
        return passwordSaved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    /** The sentence under a field ("host", "port", ...), empty when it is fine. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }
}
