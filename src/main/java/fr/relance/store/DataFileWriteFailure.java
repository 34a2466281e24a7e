package fr.relance.store;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The data file itself could not be written: the disk under it is full, or H2 failed to write and closed the file.
 * H2 reports both in its own terms (a "General error" wrapping {@code MVStoreException: Writing to ... failed},
 * {@code IO_EXCEPTION_1/2}, {@code FILE_CORRUPTED_1}, then {@code DATABASE_IS_CLOSED} for every later call); this
 * sorts them into one reason the app and the command line can word.
 *
 * <p>What the user loses is only the action under way: its transaction never committed, and H2 reopens the file at
 * its last commit (after a write failure it closes the file; the next connection, or the next start, reopens it).
 */
public record DataFileWriteFailure(Reason reason, String detail) {

    public enum Reason {
        /** No room left on the disk that holds the data file (or the user's quota is used up). */
        DISK_FULL,
        /** Another write failure; H2 has closed the file, Relance is to be restarted. */
        FAILED
    }

    /**
     * The write failure of the data file behind {@code error} (anywhere in its causes), if that is what it is.
     * A refused value, a constraint or a lock is not one.
     */
    public static Optional<DataFileWriteFailure> of(Throwable error) {
        boolean fromH2 = false;
        boolean diskFull = false;
        String detail = null;
        for (Throwable t : causes(error)) {
            if (t instanceof SQLException sql && isWriteFailure(sql.getErrorCode())
                    || t instanceof MVStoreException store && isWriteFailure(store)) {
                fromH2 = true;
            }
            if (mentionsFullDisk(t)) {
                diskFull = true;
                detail = t.getMessage();
            } else if (detail == null && t instanceof java.io.IOException) {
                detail = t.getMessage();
            }
        }
        if (!fromH2) {
            return Optional.empty();
        }
        return Optional.of(new DataFileWriteFailure(diskFull ? Reason.DISK_FULL : Reason.FAILED,
                detail == null ? String.valueOf(error.getMessage()) : detail));
    }

    /**
     * {@code error} and its causes, with the exceptions chained to an SQLException: a failed JDBC batch (an import)
     * reports the statement's own failure, and its cause, only there.
     */
    private static List<Throwable> causes(Throwable error) {
        List<Throwable> seen = new ArrayList<>();
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(error);
        while (!next.isEmpty() && seen.size() < 50) {
            Throwable t = next.poll();
            if (seen.stream().anyMatch(s -> s == t)) {
                continue;
            }
            seen.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
        }
        return seen;
    }

    private static boolean isWriteFailure(int code) {
        return code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.DATABASE_IS_CLOSED;
    }

    private static boolean isWriteFailure(MVStoreException e) {
        int code = e.getErrorCode();
        return code == DataUtils.ERROR_WRITING_FAILED || code == DataUtils.ERROR_CLOSED
                || code == DataUtils.ERROR_FILE_CORRUPT;
    }

    /** The JDK has no "disk full" exception: the system's message says it (Linux, macOS, Windows). */
    private static boolean mentionsFullDisk(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")
                || lower.contains("disk quota exceeded");
    }
}
