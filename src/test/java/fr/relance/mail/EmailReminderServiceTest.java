package fr.relance.mail;

import static fr.relance.documents.LetterFixtures.DUE;
import static fr.relance.documents.LetterFixtures.DUPONT;
import static fr.relance.documents.LetterFixtures.MARTIN;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterFixtures;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.SentLetter;
import fr.relance.domain.mail.SmtpSecurity;
import fr.relance.domain.mail.SmtpSettings;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.LetterRepository;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders by e-mail against a real SMTP server (GreenMail) started by the test: the PDF received is the evidence
 * stored; a refused login, a refused connection and a server that never answers are reported and record nothing.
 */
class EmailReminderServiceTest {

    static final LocalDate DAY = DUE.plusDays(31);

    @TempDir
    Path dir;
    Database database;
    GreenMail smtp;
    MailSettings settings;
    LetterRepository letters;

    @BeforeEach
    void open() {
        database = LetterFixtures.open(dir);
        database.dsl().insertInto(CONTACT, CONTACT.DEBTOR_ID, CONTACT.NAME, CONTACT.EMAIL, CONTACT.IS_PRIMARY)
                .values(DUPONT, "Paul Dupont", "paul@dupont.fr", true)
                .values(DUPONT, "Standard", "accueil@dupont.fr", false)
                .values(MARTIN, "Sans courriel", null, true).execute();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smtp.setUser("relance@morel.fr", "claire", "s3cret");
        settings = new MailSettings(new AppSettingsRepository(database), new PasswordVault(dir));
        letters = new LetterRepository(database);
    }

    @AfterEach
    void close() {
        smtp.stop();
        database.close();
    }

    SmtpSettings server(int port, String user) {
        return new SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, user, "relance@morel.fr",
                "Ateliers Morel", "compta@morel.fr");
    }

    EmailReminderService service(Duration timeout) {
        return new EmailReminderService(new LetterComposer(database),
                new LetterArchive(letters, () -> EnvelopeLayout.DL), letters, new DebtorRepository(database),
                settings, new SmtpMailer(timeout));
    }

    int emailEvents() {
        return database.dsl().fetchCount(CASE_EVENT, CASE_EVENT.KIND.eq(CaseEvent.EMAIL_SENT));
    }

    @Test
    void theReminderArrivesWithThePdfThatIsKeptAsEvidenceAndIsRecordedAsSent() throws Exception {
        settings.save(server(smtp.getSmtp().getPort(), "claire"), "s3cret");

        SentLetter sent = service(Duration.ofSeconds(10)).send(DUPONT, LetterKind.FIRST_REMINDER, DAY, "claire");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()).extracting(Object::toString)
                .containsExactly("Paul Dupont <paul@dupont.fr>");
        assertThat(message.getReplyTo()).extracting(Object::toString).containsExactly("compta@morel.fr");
        assertThat(message.getSubject()).isEqualTo(sent.subject());
        List<BodyPart> parts = parts((Multipart) message.getContent());
        assertThat(parts).hasSize(2);
        assertThat((String) parts.get(0).getContent()).startsWith(sent.subject()).contains("F-2026-101")
                .contains("F-2026-102");
        BodyPart pdf = parts.get(1);
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        byte[] attached;
        try (InputStream in = pdf.getInputStream()) {
            attached = in.readAllBytes();
        }
        assertThat(attached).isEqualTo(letters.pdf(sent.id()));

        assertThat(sent.channel()).isEqualTo(LetterChannel.EMAIL);
        assertThat(database.dsl().select(CASE_EVENT.DETAILS).from(CASE_EVENT)
                .where(CASE_EVENT.KIND.eq(CaseEvent.EMAIL_SENT)).fetchOne(CASE_EVENT.DETAILS))
                .isEqualTo("SHA-256 " + sent.sha256());
    }

    @Test
    void aServerRefusingTheLoginIsReportedAndNothingIsRecorded() {
        settings.save(server(smtp.getSmtp().getPort(), "claire"), "wrong password");

        assertThatThrownBy(() -> service(Duration.ofSeconds(10)).send(DUPONT, LetterKind.FIRST_REMINDER, DAY,
                "claire"))
                .isInstanceOfSatisfying(MailFailure.class, e -> {
                    assertThat(e.reason()).isEqualTo(MailFailure.Reason.AUTH_FAILED);
                    assertThat(e.messageKey()).isEqualTo("mail.error.AUTH_FAILED");
                });
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(letters.ofDebtor(DUPONT)).isEmpty();
        assertThat(emailEvents()).isZero();

        // Retried by the user once the password is put right: sent and recorded once.
        settings.save(server(smtp.getSmtp().getPort(), "claire"), "s3cret");
        service(Duration.ofSeconds(10)).send(DUPONT, LetterKind.FIRST_REMINDER, DAY, "claire");
        assertThat(letters.ofDebtor(DUPONT)).hasSize(1);
        assertThat(emailEvents()).isEqualTo(1);
    }

    @Test
    void aServerThatAcceptsTheConnectionAndNeverAnswersEndsInATimeoutAndNothingIsRecorded() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    held.add(silent.accept()); // accepted, never a byte written
                } catch (IOException ignored) {
                    // closed by the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            settings.save(server(silent.getLocalPort(), ""), null);

            assertThatThrownBy(() -> service(Duration.ofMillis(800)).send(DUPONT, LetterKind.FIRST_REMINDER, DAY,
                    "claire"))
                    .isInstanceOfSatisfying(MailFailure.class,
                            e -> assertThat(e.reason()).isEqualTo(MailFailure.Reason.TIMEOUT));
            long start = System.nanoTime();
            assertThatThrownBy(() -> new SmtpMailer(Duration.ofMillis(800)).testConnection(
                    server(silent.getLocalPort(), ""), null))
                    .isInstanceOfSatisfying(MailFailure.class,
                            e -> assertThat(e.reason()).isEqualTo(MailFailure.Reason.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the time limit holds")
                    .isLessThan(Duration.ofSeconds(20));
            for (Socket socket : held) {
                socket.close();
            }
        }
        assertThat(letters.ofDebtor(DUPONT)).isEmpty();
        assertThat(emailEvents()).isZero();
    }

    @Test
    void aRefusedConnectionIsReportedAsSuchAndTheConnectionTestSaysTheSame() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailer mailer = new SmtpMailer(Duration.ofSeconds(5));
        assertThatThrownBy(() -> mailer.testConnection(server(closedPort, ""), null))
                .isInstanceOfSatisfying(MailFailure.class,
                        e -> assertThat(e.reason()).isEqualTo(MailFailure.Reason.REFUSED));
        assertThatThrownBy(() -> mailer.testConnection(server(smtp.getSmtp().getPort(), "claire"), "nope"))
                .isInstanceOfSatisfying(MailFailure.class,
                        e -> assertThat(e.reason()).isEqualTo(MailFailure.Reason.AUTH_FAILED));
        assertThatThrownBy(() -> mailer.testConnection(server(smtp.getSmtp().getPort(), "claire"), null))
                .isInstanceOfSatisfying(MailFailure.class,
                        e -> assertThat(e.reason()).isEqualTo(MailFailure.Reason.PASSWORD_MISSING));
        mailer.testConnection(server(smtp.getSmtp().getPort(), "claire"), "s3cret");
        assertThat(smtp.getReceivedMessages()).as("a connection test sends nothing").isEmpty();
    }

    @Test
    void nothingIsSentWithoutSettingsOrWithoutAnAddressForTheDebtor() {
        assertThatThrownBy(() -> service(Duration.ofSeconds(5)).send(MARTIN, LetterKind.FIRST_REMINDER, DAY,
                "claire"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly(EmailReminderService.NOT_CONFIGURED, EmailReminderService.NO_RECIPIENT));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(letters.ofDebtor(MARTIN)).isEmpty();
    }

    @Test
    void thePasswordIsNeverStoredInClearTextAndItsKeyFileIsTheOwnersAlone() throws Exception {
        settings.save(server(smtp.getSmtp().getPort(), "claire"), "s3cret");

        String stored = new AppSettingsRepository(database).get(MailSettings.PASSWORD).orElseThrow();
        assertThat(stored).startsWith("aes-gcm:v1:").doesNotContain("s3cret");
        assertThat(settings.password()).contains("s3cret");
        Path key = dir.resolve(PasswordVault.KEY_FILE);
        if (Files.getFileAttributeView(key, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
        // Saving again with the password field left empty keeps it; a server without user drops it.
        settings.save(server(smtp.getSmtp().getPort(), "claire"), "");
        assertThat(settings.password()).contains("s3cret");
        settings.save(server(smtp.getSmtp().getPort(), ""), "ignored");
        assertThat(settings.hasPassword()).isFalse();
        // Without its key file a copied data file gives no password back.
        settings.save(server(smtp.getSmtp().getPort(), "claire"), "s3cret");
        Files.delete(key);
        assertThatThrownBy(settings::password).isInstanceOf(PasswordVault.UnreadableSecretException.class);
    }

    static List<BodyPart> parts(Multipart multipart) throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            parts.add(multipart.getBodyPart(i));
        }
        return parts;
    }
}
