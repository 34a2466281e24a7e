package fr.relance.imports.fec;

import fr.relance.imports.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A FEC separates its fields with tabs or with pipes (article A47 A-1 LPF); the header line tells which. */
final class FecSeparator {

    /** A header is about 200 bytes; far more without a line break means this is not a FEC. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private FecSeparator() {
    }

    static char detect(Path file) {
        int tabs = 0;
        int pipes = 0;
        int read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[4096];
            int n;
            scan:
            while (read < MAX_HEADER_BYTES && (n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++, read++) {
                    byte b = buffer[i];
                    if (b == '\n' || b == '\r') {
                        break scan;
                    }
                    tabs += b == '\t' ? 1 : 0;
                    pipes += b == '|' ? 1 : 0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read == 0) {
            throw new ImportException("import.error.empty");
        }
        if (tabs == 0 && pipes == 0) {
            // One cell only: report it as a column count, the most telling message for a FEC.
            throw new ImportException("import.error.fecColumns", "1");
        }
        return tabs >= pipes ? '\t' : '|';
    }
}
