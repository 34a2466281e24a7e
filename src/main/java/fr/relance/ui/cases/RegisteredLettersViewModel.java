package fr.relance.ui.cases;

import fr.relance.domain.Contact;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.registered.RegisteredLetter;
import fr.relance.domain.registered.ReturnReason;
import fr.relance.mail.EmailReminderService;
import fr.relance.mail.MailFailure;
import fr.relance.mail.RegisteredMailService;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case file's "Recommandés et e-mails" tab: the debtor's registered letters with their journey (posting,
 * delivery or return, receipt) and the forms that record it; and the reminder sent by e-mail. Every write runs off
 * the JavaFX thread; a refusal comes back as sentences in {@link #formErrorProperty()} and the form stays open.
 */
public final class RegisteredLettersViewModel {

    private record Loaded(List<RegisteredLetter> letters, Optional<Contact> recipient, boolean mailConfigured) {
    }

    private final RegisteredMailService registered;
    private final EmailReminderService email;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Formats formats;
    private final LocalDate today;
    private final String author;

    private final ObservableList<RegisteredLetter> letters = FXCollections.observableArrayList();
    private final ObjectProperty<RegisteredLetter> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recipient = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mayEmail = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper emailStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper emailFailed = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<LetterKind> emailKind = new SimpleObjectProperty<>(LetterKind.FIRST_REMINDER);
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<Path> receiptFile = new SimpleObjectProperty<>();
    private Long debtorId;

    public RegisteredLettersViewModel(RegisteredMailService registered, EmailReminderService email,
                                      BackgroundTasks tasks, Dialogs dialogs, Messages messages, Formats formats,
                                      LocalDate today, String author) {
        this.registered = registered;
        this.email = email;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = formats;
        this.today = today;
        this.author = author;
    }

    public void open(long debtorId) {
        this.debtorId = debtorId;
        emailStatus.set("");
        emailFailed.set(false);
        refresh();
    }

    public void refresh() {
        if (debtorId == null) {
            return;
        }
        long id = debtorId;
        Long keep = selected.get() == null ? null : selected.get().letterId();
        tasks.run(() -> new Loaded(registered.ofDebtor(id), email.recipientOf(id), email.configured()), loaded -> {
            if (debtorId == null || debtorId != id) {
                return;
            }
            letters.setAll(loaded.letters());
            selected.set(loaded.letters().stream().filter(l -> keep != null && l.letterId() == keep).findFirst()
                    .orElse(loaded.letters().isEmpty() ? null : loaded.letters().get(0)));
            recipient.set(loaded.recipient().map(c -> c.name() + " <" + c.email().strip() + ">")
                    .orElse(messages.get("registered.email.noRecipient")));
            mayEmail.set(loaded.recipient().isPresent() && loaded.mailConfigured());
            if (!loaded.mailConfigured() && emailStatus.get().isEmpty()) {
                emailStatus.set(messages.get("registered.email.notConfigured"));
            }
            loadError.set("");
        }, error -> loadError.set(describe(error)));
    }

    /** Clears the last refusal and the file chosen when a form opens. */
    public void startForm() {
        formError.set("");
        receiptFile.set(null);
    }

    /** Asks for the scan of the signed receipt (or of the returned envelope). */
    public void chooseReceiptFile() {
        dialogs.chooseOpenFile(messages.get("registered.receipt.chooser"), "*.pdf", "*.png", "*.jpg", "*.jpeg")
                .ifPresent(receiptFile::set);
    }

    public ObjectProperty<Path> receiptFileProperty() {
        return receiptFile;
    }

    public void recordPosting(String trackingNumber, LocalDate postedOn, Runnable onDone) {
        write(letter -> () -> registered.recordPosting(letter, trackingNumber, postedOn, today), onDone);
    }

    public void recordDelivery(LocalDate deliveredOn, LocalDate firstPresentedOn, Runnable onDone) {
        write(letter -> () -> registered.recordDelivery(letter, deliveredOn, firstPresentedOn, today), onDone);
    }

    public void recordReturn(LocalDate returnedOn, ReturnReason reason, LocalDate firstPresentedOn,
                             Runnable onDone) {
        write(letter -> () -> registered.recordReturn(letter, returnedOn, reason, firstPresentedOn, today), onDone);
    }

    public void attachReceipt(Path scan, LocalDate receiptDate, Runnable onDone) {
        if (scan == null) {
            formError.set(messages.get("registered.receipt.fileRequired"));
            return;
        }
        write(letter -> () -> registered.attachReceipt(letter, scan, receiptDate, today), onDone);
    }

    private void write(java.util.function.LongFunction<Callable<RegisteredLetter>> work, Runnable onDone) {
        RegisteredLetter letter = selected.get();
        if (letter == null || busy.get()) {
            return;
        }
        busy.set(true);
        formError.set("");
        tasks.run(work.apply(letter.letterId()), updated -> {
            busy.set(false);
            int at = letters.indexOf(letter);
            if (at >= 0) {
                letters.set(at, updated);
            }
            selected.set(updated);
            saved.set(saved.get() + 1);
            onDone.run();
        }, error -> {
            busy.set(false);
            formError.set(describe(error));
        });
    }

    /** Sends the chosen reminder by e-mail; after a failure the same button sends it again (nothing was recorded). */
    public void sendEmail() {
        if (debtorId == null || busy.get()) {
            return;
        }
        long id = debtorId;
        LetterKind kind = emailKind.get();
        busy.set(true);
        emailFailed.set(false);
        emailStatus.set(messages.get("registered.email.sending"));
        tasks.run(() -> email.send(id, kind, today, author), sent -> {
            busy.set(false);
            emailStatus.set(messages.get("registered.email.sent", messages.get("letter.kind." + kind.name()),
                    recipient.get(), formats.date(sent.letterDate())));
            saved.set(saved.get() + 1);
        }, error -> {
            busy.set(false);
            emailFailed.set(true);
            emailStatus.set(messages.get("registered.email.failed") + " " + describe(error));
        });
    }

    String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof MailFailure)
                && !(cause instanceof EmailReminderService.SentNotRecordedException)) {
            cause = cause.getCause();
        }
        if (cause instanceof MailFailure failure) {
            String detail = failure.detail() == null || failure.detail().isBlank() ? ""
                    : " (" + failure.detail().strip() + ")";
            return messages.get(failure.messageKey()) + detail;
        }
        if (cause instanceof EmailReminderService.SentNotRecordedException notRecorded) {
            return messages.get("mail.error.sentNotRecorded", notRecorded.recipient());
        }
        if (cause instanceof fr.relance.mail.PasswordVault.UnreadableSecretException) {
            return messages.get("mail.error.passwordUnreadable");
        }
        return new ErrorMessages(messages).describe(error);
    }

    /** "Distribuée le 05/11/2026", "En cours d'acheminement — relancer La Poste", ... */
    public String statusText(RegisteredLetter letter) {
        return switch (letter.status()) {
            case NOT_POSTED -> messages.get("registered.status.NOT_POSTED");
            case IN_TRANSIT -> messages.get(letter.overdue(today) ? "registered.status.overdue"
                    : "registered.status.IN_TRANSIT", formats.date(letter.posting().postedOn()));
            case DELIVERED -> messages.get("registered.status.DELIVERED", formats.date(letter.delivery().deliveredOn()));
            case RETURNED -> messages.get("registered.status.RETURNED", formats.date(letter.returned().returnedOn()),
                    messages.get("registered.return.reason." + letter.returned().reason().name()));
        };
    }

    public ObservableList<RegisteredLetter> letters() {
        return letters;
    }

    public ObjectProperty<RegisteredLetter> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LetterKind> emailKindProperty() {
        return emailKind;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recipientProperty() {
        return recipient.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayEmailProperty() {
        return mayEmail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailStatusProperty() {
        return emailStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emailFailedProperty() {
        return emailFailed.getReadOnlyProperty();
    }

    /** Counts the writes: the timeline and the attachments are read again after each. */
    public ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today;
    }
}
