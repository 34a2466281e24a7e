package fr.relance.store;

import java.nio.file.Path;

/**
 * The data file cannot be opened as asked. {@link #reason()} lets the app and the command line say what to do
 * in the user's language; nothing in the file has been changed when this is thrown.
 */
public final class DataFileException extends RuntimeException {

    public enum Reason {
        /** The data folder given (--data-dir, RELANCE_HOME) does not exist. */
        FOLDER_MISSING,
        /** The path given is a file, not a folder. */
        NOT_A_FOLDER,
        /** The folder or the file cannot be written. */
        READ_ONLY,
        /** Another Relance (or another program) has the file open. */
        LOCKED,
        /** The file was written by a newer Relance. */
        NEWER_SCHEMA,
        /** The file is damaged or is not a Relance data file. */
        UNREADABLE,
        /** The file is encrypted and no password was given. */
        PASSWORD_REQUIRED,
        /** The file is encrypted and the password given is not its password. */
        WRONG_PASSWORD,
        /** The disk holding the file is full: opening it writes too (recovery, migration). */
        DISK_FULL
    }

    private final Reason reason;
    private final transient Path location;

    public DataFileException(Reason reason, Path location, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    public Path location() {
        return location;
    }
}
