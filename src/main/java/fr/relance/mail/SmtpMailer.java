package fr.relance.mail;

import fr.relance.domain.mail.SmtpSecurity;
import fr.relance.domain.mail.SmtpSettings;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/**
 * Talks to the SMTP server with Angus Mail: the connection test (connect and authenticate, nothing sent) and the
 * sending of one message. Every socket operation has a time limit, so a server that accepts the connection and
 * never answers ends in {@link MailFailure.Reason#TIMEOUT} instead of a frozen worker. Runs off the JavaFX thread.
 */
public final class SmtpMailer {

    /** Long enough for a slow provider, short enough for the controller to wait for a clear answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final Duration timeout;

    public SmtpMailer() {
        this(DEFAULT_TIMEOUT);
    }

    public SmtpMailer(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Connects and authenticates, sending nothing.
     *
     * @param password null when none is saved
     * @throws MailFailure saying what went wrong
     */
    public void testConnection(SmtpSettings settings, String password) {
        Session session = session(settings);
        try (Transport transport = session.getTransport(protocol(settings))) {
            connect(transport, settings, password);
        } catch (MessagingException e) {
            throw MailFailure.of(e);
        }
    }

    /**
     * Sends the mail: a plain-text part and the PDF attached.
     *
     * @throws MailFailure saying what went wrong; the mail was not sent then
     */
    public void send(SmtpSettings settings, String password, OutgoingMail mail) {
        Session session = session(settings);
        try {
            MimeMessage message = message(session, settings, mail);
            try (Transport transport = session.getTransport(protocol(settings))) {
                connect(transport, settings, password);
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw MailFailure.of(e);
        }
    }

    static MimeMessage message(Session session, SmtpSettings settings, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(address(settings.fromAddress(), settings.fromName()));
        if (!settings.replyTo().isEmpty()) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(settings.replyTo(), true)});
        }
        message.setRecipient(Message.RecipientType.TO, address(mail.to(), mail.toName()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment(), "application/pdf")));
        pdf.setFileName(mail.attachmentName());
        pdf.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart multipart = new MimeMultipart("mixed");
        multipart.addBodyPart(text);
        multipart.addBodyPart(pdf);
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    private void connect(Transport transport, SmtpSettings settings, String password) throws MessagingException {
        if (settings.authenticates()) {
            if (password == null || password.isEmpty()) {
                throw new MailFailure(MailFailure.Reason.PASSWORD_MISSING, null, null);
            }
            transport.connect(settings.host(), settings.port(), settings.user(), password);
        } else {
            transport.connect(settings.host(), settings.port(), null, null);
        }
    }

    private Session session(SmtpSettings settings) {
        String protocol = protocol(settings);
        String p = "mail." + protocol + ".";
        String millis = Long.toString(timeout.toMillis());
        Properties props = new Properties();
        props.put(p + "host", settings.host());
        props.put(p + "port", Integer.toString(settings.port()));
        props.put(p + "connectiontimeout", millis);
        props.put(p + "timeout", millis);
        props.put(p + "writetimeout", millis);
        props.put(p + "auth", Boolean.toString(settings.authenticates()));
        if (settings.security() == SmtpSecurity.STARTTLS) {
            // Required: a server that does not offer STARTTLS is refused, the password never goes in clear text.
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (settings.security() != SmtpSecurity.NONE) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }

    private static String protocol(SmtpSettings settings) {
        return settings.security() == SmtpSecurity.SSL ? "smtps" : "smtp";
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (name != null && !name.isBlank()) {
                parsed.setPersonal(name.strip(), StandardCharsets.UTF_8.name());
            }
            return parsed;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
