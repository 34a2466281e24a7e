package fr.relance.domain.mail;

import fr.relance.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.InetAddressValidator;

/**
 * Where reminders by e-mail go out (Paramètres › E-mail). The password is not part of it: it is kept encrypted
 * apart from the settings (see {@code mail.PasswordVault}).
 *
 * @param user    null or blank when the server asks no authentication
 * @param replyTo null or blank to have replies go to the sender address
 */
public record SmtpSettings(String host, int port, SmtpSecurity security, String user, String fromAddress,
                           String fromName, String replyTo) {

    public static final String HOST_REQUIRED = "mail.settings.host.required";
    public static final String HOST_INVALID = "mail.settings.host.invalid";
    public static final String PORT_INVALID = "mail.settings.port.invalid";
    public static final String SECURITY_REQUIRED = "mail.settings.security.required";
    public static final String FROM_REQUIRED = "mail.settings.from.required";
    public static final String ADDRESS_INVALID = "mail.settings.address.invalid";
    public static final String TOO_LONG = "mail.settings.tooLong";

    /** Nothing configured yet: the form starts from the usual STARTTLS port. */
    public static final SmtpSettings EMPTY = new SmtpSettings("", SmtpSecurity.STARTTLS.usualPort(),
            SmtpSecurity.STARTTLS, "", "", "", "");

    public SmtpSettings {
        host = clean(host);
        user = clean(user);
        fromAddress = clean(fromAddress);
        fromName = clean(fromName);
        replyTo = clean(replyTo);
    }

    /** Whether reminders can be sent at all: a host and a sender address are set. */
    public boolean configured() {
        return !host.isEmpty() && !fromAddress.isEmpty();
    }

    public boolean authenticates() {
        return !user.isEmpty();
    }

    /** Every problem at once, under its field. */
    public List<FieldProblem> validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (host.isEmpty()) {
            problems.add(new FieldProblem("host", HOST_REQUIRED));
        } else if (!validHost(host)) {
            problems.add(new FieldProblem("host", HOST_INVALID));
        }
        if (port < 1 || port > 65535) {
            problems.add(new FieldProblem("port", PORT_INVALID));
        }
        if (security == null) {
            problems.add(new FieldProblem("security", SECURITY_REQUIRED));
        }
        if (user.length() > 200) {
            problems.add(new FieldProblem("user", TOO_LONG));
        }
        if (fromAddress.isEmpty()) {
            problems.add(new FieldProblem("fromAddress", FROM_REQUIRED));
        } else if (!validAddress(fromAddress)) {
            problems.add(new FieldProblem("fromAddress", ADDRESS_INVALID));
        }
        if (fromName.length() > 200) {
            problems.add(new FieldProblem("fromName", TOO_LONG));
        }
        if (!replyTo.isEmpty() && !validAddress(replyTo)) {
            problems.add(new FieldProblem("replyTo", ADDRESS_INVALID));
        }
        return problems;
    }

    /** A mailbox address a server will accept: "compta@example.fr" (the local part may not hold spaces). */
    public static boolean validAddress(String address) {
        return address != null && address.length() <= 254 && EmailValidator.getInstance(true).isValid(address);
    }

    /** A host name ("smtp.example.fr", "localhost") or an IP address. */
    static boolean validHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return InetAddressValidator.getInstance().isValid(lower) || DomainValidator.getInstance(true).isValid(lower)
                || lower.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
