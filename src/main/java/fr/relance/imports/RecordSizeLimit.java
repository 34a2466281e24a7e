package fr.relance.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Caps the characters one record may take, so that a file without line breaks (or with a quote never closed, which
 * swallows the rest of the file into one field) is refused with a sentence instead of being built into one string
 * of hundreds of megabytes. The parser reads through this reader; {@link #startRecord()} is called before each
 * record is asked for. No ledger line comes near the limit: a wide export is a few kilobytes a line.
 */
public final class RecordSizeLimit extends FilterReader {

    /** Characters of one record (about a megabyte). */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    private long sinceStart;

    public RecordSizeLimit(Reader in) {
        super(in);
    }

    /** The next record starts here (give or take what the parser buffered). */
    public void startRecord() {
        sinceStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int chars) throws TooLong {
        sinceStart += chars;
        // The parser reads ahead a buffer at a time: allow for one buffer beyond the limit.
        if (sinceStart > MAX_RECORD_CHARS + 64 * 1024) {
            throw new TooLong();
        }
    }

    /** The refusal for a record that started on {@code line}. */
    public static ImportException refusal(long line, Throwable cause) {
        return new ImportException("import.error.lineTooLong",
                List.of(String.valueOf(line), String.valueOf(MAX_RECORD_CHARS / 1024)), cause);
    }

    /** Whether {@code e} (or what it wraps) is this limit's. */
    public static boolean isTooLong(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLong) {
                return true;
            }
        }
        return false;
    }

    /** Thrown through the parser when a record passes the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("record longer than " + MAX_RECORD_CHARS + " characters");
        }
    }
}
