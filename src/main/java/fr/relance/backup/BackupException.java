package fr.relance.backup;

import java.nio.file.Path;

/**
 * A backup could not be written, or an archive cannot be restored. {@link #reason()} lets the app and the command
 * line say what to do in the user's language. When this is thrown, no partial archive is left and the data file
 * has not been touched.
 */
public final class BackupException extends RuntimeException {

    public enum Reason {
        /** The backups folder (or the data folder, for a restore) cannot be written. */
        READ_ONLY,
        /** The disk is full (or nearly: less room than the data file needs). */
        DISK_FULL,
        /** Writing failed for another reason, given in the detail. */
        WRITE_FAILED,
        /** The archive named does not exist or cannot be read. */
        NOT_FOUND,
        /** Not a Relance backup: not a zip, or a zip without a Relance manifest. */
        NOT_A_BACKUP,
        /** A Relance backup, but truncated or damaged: a checksum differs, an entry is missing or will not open. */
        DAMAGED,
        /** Written by a newer Relance: the archive layout or the schema inside is newer than this version. */
        NEWER,
        /** The archive holds an encrypted data file whose password is not the one given. */
        WRONG_PASSWORD
    }

    private final Reason reason;
    private final transient Path location;
    private final String detail;

    public BackupException(Reason reason, Path location, String detail, Throwable cause) {
        super(reason + " " + location + (detail == null ? "" : ": " + detail), cause);
        this.reason = reason;
        this.location = location;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public Path location() {
        return location;
    }

    /** The system's own words (an I/O error message), shown after the sentence; may be null. */
    public String detail() {
        return detail;
    }
}
