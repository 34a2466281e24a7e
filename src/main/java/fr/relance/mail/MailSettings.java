package fr.relance.mail;

import fr.relance.domain.InvalidInputException;
import fr.relance.domain.mail.SmtpSecurity;
import fr.relance.domain.mail.SmtpSettings;
import fr.relance.store.AppSettingsRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SMTP settings in the data file (app_setting "mail.smtp.*"), the password sealed by the {@link PasswordVault}
 * (never in clear text in the database). Saving writes every setting in one transaction, after the checks.
 */
public final class MailSettings {

    static final String PREFIX = "mail.smtp.";
    static final String HOST = PREFIX + "host";
    static final String PORT = PREFIX + "port";
    static final String SECURITY = PREFIX + "security";
    static final String USER = PREFIX + "user";
    static final String FROM = PREFIX + "from";
    static final String FROM_NAME = PREFIX + "fromName";
    static final String REPLY_TO = PREFIX + "replyTo";
    static final String PASSWORD = PREFIX + "password";

    private final AppSettingsRepository settings;
    private final PasswordVault vault;

    public MailSettings(AppSettingsRepository settings, PasswordVault vault) {
        this.settings = settings;
        this.vault = vault;
    }

    /** What is saved, {@link SmtpSettings#EMPTY} when nothing is. */
    public SmtpSettings load() {
        Map<String, String> saved = settings.withPrefix(PREFIX);
        if (saved.isEmpty()) {
            return SmtpSettings.EMPTY;
        }
        SmtpSecurity security = parseSecurity(saved.get(SECURITY));
        int port;
        try {
            port = Integer.parseInt(saved.getOrDefault(PORT, ""));
        } catch (NumberFormatException e) {
            port = security.usualPort();
        }
        return new SmtpSettings(saved.get(HOST), port, security, saved.get(USER), saved.get(FROM),
                saved.get(FROM_NAME), saved.get(REPLY_TO));
    }

    /** Whether a password is saved (the form shows that one is, never the password). */
    public boolean hasPassword() {
        return settings.get(PASSWORD).filter(s -> !s.isEmpty()).isPresent();
    }

    /**
     * The saved password, decrypted.
     *
     * @throws PasswordVault.UnreadableSecretException when the key file is missing or another one
     */
    public Optional<String> password() {
        return settings.get(PASSWORD).filter(s -> !s.isEmpty()).map(vault::open);
    }

    /**
     * Saves the settings. The password is replaced when {@code newPassword} is not blank, kept otherwise, and
     * removed when the server asks no authentication (no user).
     *
     * @throws InvalidInputException with every problem; nothing is saved then
     */
    public void save(SmtpSettings smtp, String newPassword) {
        InvalidInputException.refuseIfAny(smtp.validate());
        Map<String, String> values = new LinkedHashMap<>();
        values.put(HOST, smtp.host());
        values.put(PORT, Integer.toString(smtp.port()));
        values.put(SECURITY, smtp.security().name());
        values.put(USER, smtp.user());
        values.put(FROM, smtp.fromAddress());
        values.put(FROM_NAME, smtp.fromName());
        values.put(REPLY_TO, smtp.replyTo());
        if (!smtp.authenticates()) {
            values.put(PASSWORD, "");
        } else if (newPassword != null && !newPassword.isEmpty()) {
            values.put(PASSWORD, vault.seal(newPassword));
        }
        settings.putAll(values);
    }

    private static SmtpSecurity parseSecurity(String text) {
        try {
            return text == null ? SmtpSecurity.STARTTLS : SmtpSecurity.valueOf(text);
        } catch (IllegalArgumentException e) {
            return SmtpSecurity.STARTTLS;
        }
    }
}
