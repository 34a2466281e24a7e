package fr.relance.ui.cases;

import static fr.relance.documents.LetterFixtures.DUE;
import static fr.relance.documents.LetterFixtures.DUPONT;
import static fr.relance.store.jooq.Tables.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.relance.documents.AttachmentService;
import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterFixtures;
import fr.relance.documents.TestFiles;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.mail.SmtpSecurity;
import fr.relance.domain.mail.SmtpSettings;
import fr.relance.domain.registered.RegisteredLetter;
import fr.relance.domain.registered.ReturnReason;
import fr.relance.mail.EmailReminderService;
import fr.relance.mail.MailSettings;
import fr.relance.mail.PasswordVault;
import fr.relance.mail.RegisteredMailService;
import fr.relance.mail.SmtpMailer;
import fr.relance.store.AgencyRepository;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.store.LetterRepository;
import fr.relance.store.RegisteredMailRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.settings.MailSettingsViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registered-letters tab and the e-mail settings without a window: what the controller reads and can do. */
class RegisteredLettersViewModelTest {

    static final LocalDate TODAY = DUE.plusDays(60);

    @TempDir
    Path dir;
    Database database;
    GreenMail smtp;
    RecordingDialogs dialogs = new RecordingDialogs();
    Messages messages = new Messages(Locale.FRANCE);
    RegisteredLettersViewModel model;
    MailSettingsViewModel mailModel;
    long letterId;

    @BeforeEach
    void open() {
        database = LetterFixtures.open(dir);
        database.dsl().insertInto(CONTACT, CONTACT.DEBTOR_ID, CONTACT.NAME, CONTACT.EMAIL, CONTACT.IS_PRIMARY)
                .values(DUPONT, "Paul Dupont", "paul@dupont.fr", true).execute();
        LetterRepository letters = new LetterRepository(database);
        LetterArchive archive = new LetterArchive(letters, () -> EnvelopeLayout.DL);
        LetterComposer composer = new LetterComposer(database);
        letterId = archive.issue(composer.compose(LetterComposer.Request.of(DUPONT, DUE.plusDays(31),
                LetterKind.FORMAL_NOTICE)), LetterChannel.REGISTERED, DUE.plusDays(31), "claire").id();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailSettings settings = new MailSettings(new AppSettingsRepository(database), new PasswordVault(dir));
        SmtpMailer mailer = new SmtpMailer(Duration.ofSeconds(10));
        AttachmentService attachments = new AttachmentService(new DocumentRepository(database),
                new AgencyRepository(database), file -> { }, dir.resolve("copies"));
        model = new RegisteredLettersViewModel(
                new RegisteredMailService(new RegisteredMailRepository(database), attachments, "claire"),
                new EmailReminderService(composer, archive, letters, new DebtorRepository(database), settings,
                        mailer),
                BackgroundTasks.sameThread(), dialogs, messages, new Formats(Locale.FRANCE), TODAY, "claire");
        mailModel = new MailSettingsViewModel(settings, mailer, BackgroundTasks.sameThread(), messages);
    }

    @AfterEach
    void close() {
        smtp.stop();
        database.close();
    }

    @Test
    void theFormalNoticeIsFollowedFromPostingToTheReceiptAndABadNumberIsRefusedInASentence() throws Exception {
        model.open(DUPONT);
        assertThat(model.letters()).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(RegisteredLetter.Status.NOT_POSTED));
        AtomicInteger closed = new AtomicInteger();

        model.startForm();
        model.recordPosting("1A 123 456 7890", TODAY, closed::incrementAndGet);
        assertThat(closed).hasValue(0);
        assertThat(model.formErrorProperty().get()).contains("13 caractères");
        assertThat(model.selectedProperty().get().status()).isEqualTo(RegisteredLetter.Status.NOT_POSTED);

        model.recordPosting("1A 123 456 7890 1", DUE.plusDays(32), closed::incrementAndGet);
        model.recordReturn(DUE.plusDays(48), ReturnReason.NOT_COLLECTED, null, closed::incrementAndGet);
        assertThat(model.formErrorProperty().get()).contains("première présentation");
        model.recordReturn(DUE.plusDays(48), ReturnReason.NOT_COLLECTED, DUE.plusDays(34), closed::incrementAndGet);
        assertThat(closed).hasValue(2);
        RegisteredLetter returned = model.selectedProperty().get();
        assertThat(returned.status()).isEqualTo(RegisteredLetter.Status.RETURNED);
        assertThat(returned.paymentDeadline()).contains(DUE.plusDays(34 + returned.deadlineDays()));
        assertThat(model.statusText(returned))
                .isEqualTo("Retourné le " + new Formats(Locale.FRANCE).date(DUE.plusDays(48))
                        + " (avisé non réclamé)");

        dialogs.nextOpenFile = TestFiles.pdf(dir, "AR Dupont.pdf", 1, "Avis de reception");
        model.startForm();
        model.chooseReceiptFile();
        model.attachReceipt(model.receiptFileProperty().get(), DUE.plusDays(48), closed::incrementAndGet);
        assertThat(model.selectedProperty().get().receipt().fileName()).isEqualTo("AR Dupont.pdf");
        assertThat(model.savedProperty().get()).isEqualTo(3);
    }

    @Test
    void aReminderIsSentByEmailAfterTheSettingsAreSavedAndTestedAndAFailureOffersARetry() {
        model.open(DUPONT);
        assertThat(model.mayEmailProperty().get()).isFalse();
        assertThat(model.emailStatusProperty().get()).contains("Paramètres › E-mail");

        mailModel.load();
        mailModel.hostProperty().set("nom de serveur");
        mailModel.portProperty().set("70000");
        mailModel.save();
        assertThat(mailModel.errorProperty("host").get()).isEqualTo("Ce n’est pas un nom de serveur valide.");
        assertThat(mailModel.errorProperty("port").get()).startsWith("Le port est un nombre");
        assertThat(mailModel.errorProperty("fromAddress").get()).isEqualTo("Indiquez l’adresse d’expédition.");

        mailModel.hostProperty().set("127.0.0.1");
        mailModel.securityProperty().set(SmtpSecurity.NONE);
        mailModel.portProperty().set(Integer.toString(smtp.getSmtp().getPort() + 1 == 65536 ? 1
                : closedPort()));
        mailModel.fromAddressProperty().set("relances@morel.fr");
        mailModel.testConnection();
        assertThat(mailModel.statusIsErrorProperty().get()).isTrue();
        assertThat(mailModel.statusProperty().get()).startsWith("Le serveur refuse la connexion");
        mailModel.save();
        assertThat(mailModel.statusProperty().get()).isEqualTo("Paramètres d’envoi enregistrés.");

        model.open(DUPONT);
        assertThat(model.recipientProperty().get()).isEqualTo("Paul Dupont <paul@dupont.fr>");
        assertThat(model.mayEmailProperty().get()).isTrue();
        model.sendEmail();
        assertThat(model.emailFailedProperty().get()).isTrue();
        assertThat(model.emailStatusProperty().get()).contains("rien n’a été enregistré")
                .contains("Le serveur refuse la connexion");

        mailModel.portProperty().set(Integer.toString(smtp.getSmtp().getPort()));
        mailModel.testConnection();
        assertThat(mailModel.statusProperty().get()).startsWith("Connexion réussie");
        mailModel.save();
        model.sendEmail();
        assertThat(model.emailFailedProperty().get()).isFalse();
        assertThat(model.emailStatusProperty().get()).startsWith("Première relance envoyée à Paul Dupont");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSettingsFormKeepsThePasswordItNeverShows() {
        mailModel.load();
        mailModel.hostProperty().set("smtp.morel.fr");
        mailModel.userProperty().set("claire");
        mailModel.passwordProperty().set("s3cret");
        mailModel.fromAddressProperty().set("relances@morel.fr");
        assertThat(mailModel.portProperty().get()).isEqualTo("587");
        mailModel.securityProperty().set(SmtpSecurity.SSL);
        assertThat(mailModel.portProperty().get()).as("the usual port follows the security").isEqualTo("465");
        mailModel.save();
        assertThat(mailModel.passwordProperty().get()).isEmpty();
        assertThat(mailModel.passwordSavedProperty().get()).isTrue();

        mailModel.load();
        assertThat(mailModel.hostProperty().get()).isEqualTo("smtp.morel.fr");
        assertThat(mailModel.securityProperty().get()).isEqualTo(SmtpSecurity.SSL);
        assertThat(mailModel.passwordProperty().get()).isEmpty();
        assertThat(mailModel.passwordSavedProperty().get()).isTrue();
        assertThat(new SmtpSettings("smtp.morel.fr", 465, SmtpSecurity.SSL, "claire", "relances@morel.fr", "",
                "").validate()).isEmpty();
    }
}
