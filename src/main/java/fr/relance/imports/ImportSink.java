package fr.relance.imports;

import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;

/**
 * Receives what a reader makes of a file, line by line, so a large file is streamed, never loaded whole.
 * {@link #isCancelled()} is polled between lines; a reader then stops with a CancellationException.
 */
public interface ImportSink {

    void accept(LedgerEntry entry);

    void reject(RejectedLine line);

    /** A bank-statement line skipped because it brings no money in (see {@link RowOutcome.NotReceived}). */
    default void notReceived(int lineNumber) {
    }

    /** @param bytesRead how far into the file, for a progress bar; {@code totalBytes} may be -1 when unknown */
    default void progress(long bytesRead, long totalBytes) {
    }

    default boolean isCancelled() {
        return false;
    }
}
