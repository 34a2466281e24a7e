package fr.relance.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The passwords of encrypted data files given in this process (the start-up dialog, --password-file,
 * RELANCE_PASSWORD or the console prompt), by data folder. Every way of opening a data folder
 * ({@link AppContext#open}, restore, every command) finds the password here, so no command needs its own handling.
 * Held in memory only, for the life of the process.
 */
public final class DataFilePasswords {

    private static final Map<Path, char[]> PASSWORDS = new ConcurrentHashMap<>();

    private DataFilePasswords() {
    }

    public static void remember(Path folder, char[] password) {
        if (password == null) {
            PASSWORDS.remove(key(folder));
        } else {
            PASSWORDS.put(key(folder), password.clone());
        }
    }

    /** The password given for the folder, or null. */
    public static char[] of(Path folder) {
        char[] password = PASSWORDS.get(key(folder));
        return password == null ? null : password.clone();
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
