package fr.relance.imports;

import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;

/** What {@link LedgerRowConverter} makes of one row. */
public sealed interface RowOutcome {

    /** Hands the outcome to the sink: entries, rejections, skipped lines, and settled documents when it wants them. */
    default void deliverTo(ImportSink sink) {
        if (this instanceof Entry entry) {
            sink.accept(entry.entry());
        } else if (this instanceof Rejected rejected) {
            sink.reject(rejected.line());
        } else if (this instanceof NotReceived skipped) {
            sink.notReceived(skipped.lineNumber());
        } else if (this instanceof Settled settled && sink instanceof SettledSink settledSink) {
            settledSink.settled(settled);
        }
    }

    /** An open item to import. */
    record Entry(LedgerEntry entry) implements RowOutcome {
    }

    /** A line that cannot be taken, with why. */
    record Rejected(RejectedLine line) implements RowOutcome {
    }

    /**
     * The export lists this document with nothing left open: not an open item, but news that it was paid (or its
     * credit note used), so the importer can close what an earlier import left open.
     */
    record Settled(int lineNumber, EntryKind kind, String debtorCode, String number) implements RowOutcome {
    }

    /**
     * A bank-statement line that brings no money in (a debit, or no credit): not a payment, not an error either.
     * Counted so the user sees every line accounted for.
     */
    record NotReceived(int lineNumber) implements RowOutcome {
    }

    /** An empty line, or one whose cells are all blank: nothing to say about it. */
    record Skipped(int lineNumber) implements RowOutcome {
    }
}
