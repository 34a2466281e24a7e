package fr.relance.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * An e-mail that could not be sent or a connection test that failed, with the reason the controller can act on
 * ({@link #messageKey()}, the server's own words in {@link #detail()}). Nothing is recorded as sent then.
 */
public final class MailFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The host name is not known (typo, or no network). */
        UNKNOWN_HOST,
        /** Nothing listens on that port, or a firewall refuses the connection. */
        REFUSED,
        /** The server did not answer in time. */
        TIMEOUT,
        /** The server refused the user name or password. */
        AUTH_FAILED,
        /** The server asks for a password and none is saved. */
        PASSWORD_MISSING,
        /** The TLS handshake failed, or STARTTLS is required and the server does not offer it. */
        TLS,
        /** The server refused the recipient's address. */
        RECIPIENT_REFUSED,
        /** Anything else the server said. */
        OTHER
    }

    private final Reason reason;
    private final String detail;

    public MailFailure(Reason reason, String detail, Throwable cause) {
        super(reason + (detail == null ? "" : ": " + detail), cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The server's or the system's own message, for the details under the sentence; may be null. */
    public String detail() {
        return detail;
    }

    /** The sentence saying what happened and what to do: "mail.error." + the reason. */
    public String messageKey() {
        return "mail.error." + reason.name();
    }

    /** What went wrong, read from the exception and its causes. */
    static MailFailure of(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return new MailFailure(Reason.AUTH_FAILED, e.getMessage(), e);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new MailFailure(Reason.UNKNOWN_HOST, t.getMessage(), e);
            }
            if (t instanceof SocketTimeoutException) {
                return new MailFailure(Reason.TIMEOUT, t.getMessage(), e);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new MailFailure(Reason.REFUSED, t.getMessage(), e);
            }
            if (t instanceof SSLException) {
                return new MailFailure(Reason.TLS, t.getMessage(), e);
            }
            if (t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return new MailFailure(Reason.RECIPIENT_REFUSED, t.getMessage(), e);
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("STARTTLS")) {
            return new MailFailure(Reason.TLS, message, e);
        }
        return new MailFailure(Reason.OTHER, message, e);
    }
}
