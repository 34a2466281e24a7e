package fr.relance.imports.fec;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read (for progress) and checks on the way whether they form valid UTF-8, so the charset is
 * known after the first pass without reading the file once more.
 */
final class ScanningInputStream extends FilterInputStream {

    private long count;
    private int pendingContinuations;
    private boolean validUtf8 = true;

    ScanningInputStream(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    /** Meaningful once the stream was read to its end. */
    boolean isValidUtf8() {
        return validUtf8 && pendingContinuations == 0;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
            scan(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            if (validUtf8) {
                for (int i = offset; i < offset + n; i++) {
                    scan(buffer[i] & 0xFF);
                }
            }
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("every byte must be scanned");
    }

    /** A simple UTF-8 shape check (lead byte then its continuation bytes); enough to tell it from Windows-1252. */
    private void scan(int b) {
        if (pendingContinuations > 0) {
            if ((b & 0xC0) == 0x80) {
                pendingContinuations--;
            } else {
                validUtf8 = false;
            }
        } else if (b >= 0xC2 && b <= 0xDF) {
            pendingContinuations = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pendingContinuations = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pendingContinuations = 3;
        } else if (b >= 0x80) {
            validUtf8 = false;
        }
    }
}
