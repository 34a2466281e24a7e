package fr.relance.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * A file could not be written into a folder the user chose (an export, a batch of letters), and why, so the app can
 * say which folder and what to do. Whatever was there before is intact and no temporary file is left. Still an
 * {@link UncheckedIOException}, for the callers that handle I/O failures as a whole.
 */
public final class FileWriteException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The folder does not accept new files (permissions, a read-only disk or share). */
        READ_ONLY,
        /** No room left on the disk (or the user's quota is used up). */
        DISK_FULL,
        /** The folder does not exist (any more), or a file is in the way of it. */
        FOLDER_MISSING,
        /** Another failure, in the system's words ({@link #detail()}). */
        FAILED
    }

    private final Reason reason;
    private final transient Path folder;

    public FileWriteException(Reason reason, Path folder, IOException cause) {
        super(reason + " " + folder + ": " + cause.getMessage(), cause);
        this.reason = reason;
        this.folder = folder;
    }

    /** Sorts out why writing into {@code folder} failed. The JDK has no "disk full" exception: the system says it. */
    public static FileWriteException of(IOException failure, Path folder) {
        return new FileWriteException(reasonOf(failure, folder), folder, failure);
    }

    static Reason reasonOf(Throwable failure, Path folder) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (mentions(t, "no space left") || mentions(t, "not enough space") || mentions(t, "disk full")
                    || mentions(t, "disk quota exceeded")) {
                return Reason.DISK_FULL;
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || mentions(t, "read-only file system") || mentions(t, "permission denied")
                    || mentions(t, "operation not permitted")) {
                return Reason.READ_ONLY;
            }
            if (t instanceof NoSuchFileException || t instanceof NotDirectoryException
                    || mentions(t, "not a directory")) {
                // A folder that is there yet will not take a new file (a special or vanishing file system) refuses
                // writing; one that is not there (any more) is missing.
                return folder != null && Files.isDirectory(folder) ? Reason.READ_ONLY : Reason.FOLDER_MISSING;
            }
        }
        if (folder != null && (!Files.isDirectory(folder))) {
            return Reason.FOLDER_MISSING;
        }
        return Reason.FAILED;
    }

    private static boolean mentions(Throwable t, String words) {
        return t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words);
    }

    public Reason reason() {
        return reason;
    }

    /** The folder the file was to be written in. */
    public Path folder() {
        return folder;
    }

    /** The system's own words, shown after the sentence. */
    public String detail() {
        IOException cause = getCause();
        return cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(cause.getMessage());
    }
}
