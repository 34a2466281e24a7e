package fr.relance.mail;

import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterComposer.ComposedLetter;
import fr.relance.domain.Contact;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.letters.LetterBodyText;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.SentLetter;
import fr.relance.domain.mail.SmtpSettings;
import fr.relance.store.DebtorRepository;
import fr.relance.store.LetterRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders sent by e-mail: the letter composed from its template, rendered to the PDF kept as evidence, sent to
 * the debtor's contact with the text of the letter and the PDF attached; only once the server has accepted it is
 * the letter recorded, with channel EMAIL and its EMAIL_SENT event carrying the PDF's SHA-256. A failed send records
 * nothing: the controller sees why and tries again. Runs off the JavaFX thread.
 */
public final class EmailReminderService {

    public static final String NOT_CONFIGURED = "mail.send.notConfigured";
    public static final String NO_RECIPIENT = "mail.send.noRecipient";
    public static final String KIND_NOT_SENDABLE = "mail.send.kindNotSendable";

    /** The letters that go by e-mail; agency handovers and plan agreements need a signature on paper. */
    public static final List<LetterKind> SENDABLE = List.of(LetterKind.FIRST_REMINDER, LetterKind.SECOND_REMINDER,
            LetterKind.STATEMENT, LetterKind.FORMAL_NOTICE);

    private static final Logger LOG = LoggerFactory.getLogger(EmailReminderService.class);

    private final LetterComposer composer;
    private final LetterArchive archive;
    private final LetterRepository letters;
    private final DebtorRepository debtors;
    private final MailSettings settings;
    private final SmtpMailer mailer;
    private final AcceptedMails accepted;

    /** Without notes of accepted mails: a mail accepted and not recorded is only logged (tests of the sending). */
    public EmailReminderService(LetterComposer composer, LetterArchive archive, LetterRepository letters,
                                DebtorRepository debtors, MailSettings settings, SmtpMailer mailer) {
        this(composer, archive, letters, debtors, settings, mailer, null);
    }

    /**
     * @param dataFolder where a mail the server accepted is noted until it is recorded, so that the next start
     *                   records what a killed process could not ({@link #recordAccepted})
     */
    public EmailReminderService(LetterComposer composer, LetterArchive archive, LetterRepository letters,
                                DebtorRepository debtors, MailSettings settings, SmtpMailer mailer,
                                java.nio.file.Path dataFolder) {
        this.composer = composer;
        this.archive = archive;
        this.letters = letters;
        this.debtors = debtors;
        this.settings = settings;
        this.mailer = mailer;
        this.accepted = dataFolder == null ? null : new AcceptedMails(dataFolder);
    }

    /** The contact the reminder goes to: the primary contact with a valid address, else the first one that has one. */
    public Optional<Contact> recipientOf(long debtorId) {
        return debtors.contactsOf(debtorId).stream()
                .filter(c -> SmtpSettings.validAddress(c.email() == null ? null : c.email().strip()))
                .min(Comparator.comparing((Contact c) -> !c.primary()).thenComparingLong(Contact::id));
    }

    public boolean configured() {
        return settings.load().configured();
    }

    /**
     * Composes, sends and, once sent, records the letter.
     *
     * @throws InvalidInputException       when e-mail is not set up, the debtor has no address or the kind does not
     *                                     go by e-mail; nothing is sent
     * @throws fr.relance.documents.LetterRefusedException when the letter has a blocking problem; nothing is sent
     * @throws MailFailure                 when the server did not take it; nothing is recorded
     */
    public SentLetter send(long debtorId, LetterKind kind, LocalDate on, String author) {
        SmtpSettings smtp = settings.load();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (!smtp.configured() || !smtp.validate().isEmpty()) {
            problems.add(new FieldProblem("settings", NOT_CONFIGURED));
        }
        if (!SENDABLE.contains(kind)) {
            problems.add(new FieldProblem("kind", KIND_NOT_SENDABLE));
        }
        Optional<Contact> recipient = recipientOf(debtorId);
        if (recipient.isEmpty()) {
            problems.add(new FieldProblem("recipient", NO_RECIPIENT));
        }
        InvalidInputException.refuseIfAny(problems);
        String password = smtp.authenticates() ? settings.password().orElse(null) : null;

        ComposedLetter letter = composer.compose(LetterComposer.Request.of(debtorId, on, kind));
        byte[] pdf = archive.render(letter);
        Contact to = recipient.get();
        mailer.send(smtp, password, new OutgoingMail(to.email().strip(), to.name(), letter.content().subject(),
                LetterBodyText.of(letter.content()), attachmentName(on, letter.content().subject()), pdf));
        java.nio.file.Path note = null;
        try {
            if (accepted != null) {
                note = accepted.accepted(debtorId, kind, on, author, to.email().strip(), sha256(pdf));
            }
            SentLetter sent = letters.record(debtorId, letter.content(), letter.template(), pdf, LetterChannel.EMAIL,
                    on, author);
            if (note != null) {
                accepted.recorded(note);
            }
            return sent;
        } catch (RuntimeException e) {
            // The server took the mail: the controller must know it left even though it could not be recorded.
            LOG.error("Reminder e-mailed to {} for debtor {} but not recorded", to.email(), debtorId, e);
            throw new SentNotRecordedException(to.email(), e);
        }
    }

    /**
     * Records the reminders the server accepted that a stopped Relance did not record (killed, or its recording
     * failed): each letter is composed again as it was on its day and recorded when it is the very PDF that left
     * (same SHA-256); one already recorded is not recorded twice. Called at start-up.
     *
     * @return the reminders recorded
     */
    public List<SentLetter> recordAccepted() {
        if (accepted == null) {
            return List.of();
        }
        List<SentLetter> recorded = new java.util.ArrayList<>();
        for (AcceptedMails.Accepted mail : accepted.left()) {
            try {
                ComposedLetter letter = composer.compose(LetterComposer.Request.of(mail.debtorId(), mail.on(),
                        mail.kind()));
                byte[] pdf = archive.render(letter);
                if (sha256(pdf).equals(mail.sha256())) {
                    recorded.add(letters.record(mail.debtorId(), letter.content(), letter.template(), pdf,
                            LetterChannel.EMAIL, mail.on(), mail.author()));
                    LOG.warn("Reminder e-mailed to {} on {} for debtor {} recorded at start-up: the Relance that "
                            + "sent it stopped before recording it", mail.recipient(), mail.on(), mail.debtorId());
                } else {
                    LOG.error("Reminder e-mailed to {} on {} for debtor {} (PDF SHA-256 {}) is not recorded: composed "
                                    + "again it is no longer the same letter; record it by hand", mail.recipient(),
                            mail.on(), mail.debtorId(), mail.sha256());
                }
                accepted.recorded(mail.note());
            } catch (RuntimeException e) {
                LOG.error("Cannot record the reminder e-mailed to {} on {} for debtor {}; trying again at the next "
                        + "start", mail.recipient(), mail.on(), mail.debtorId(), e);
            }
        }
        return recorded;
    }

    /** The mail left but writing it down failed (disk full, file locked): it must not be sent again blindly. */
    public static final class SentNotRecordedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String recipient;

        SentNotRecordedException(String recipient, Throwable cause) {
            super("Sent to " + recipient + " but not recorded", cause);
            this.recipient = recipient;
        }

        public String recipient() {
            return recipient;
        }
    }

    private static String sha256(byte[] bytes) {
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(bytes);
    }

    /** "2026-11-23 Relance - facture FA-12.pdf": safe on every file system. */
    static String attachmentName(LocalDate on, String subject) {
        String name = (on + " " + (subject == null ? "" : subject))
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return (name.length() > 120 ? name.substring(0, 120).strip() : name) + ".pdf";
    }
}
