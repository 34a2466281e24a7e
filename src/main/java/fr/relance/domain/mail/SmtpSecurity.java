package fr.relance.domain.mail;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain text: only for a server on the local network that offers nothing else. */
    NONE(25),
    /** Plain connection upgraded to TLS before anything is sent (required: never falls back to plain text). */
    STARTTLS(587),
    /** TLS from the first byte ("SMTPS"). */
    SSL(465);

    private final int usualPort;

    SmtpSecurity(int usualPort) {
        this.usualPort = usualPort;
    }

    /** The port servers usually listen on for this protection. */
    public int usualPort() {
        return usualPort;
    }
}
