package fr.relance.imports.fec;

import fr.relance.domain.RejectedLine;
import fr.relance.imports.ImportException;
import fr.relance.imports.ImportSink;
import fr.relance.imports.RecordSizeLimit;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the open customer items of a FEC ("fichier des écritures comptables", article A47 A-1 of the Livre des
 * procédures fiscales). The rules are in docs/fec-import.md.
 *
 * <p>The file is streamed twice, never loaded: the first pass sums each lettering group and learns which
 * journals are sales journals; the second pass sends each open 411 line to the sink. Progress counts the bytes
 * of both passes (total = twice the file size).
 */
public final class FecReader {

    /** Code de commerce L441-10: without an agreed term, payment is due 30 days after delivery or service. */
    public static final int DEFAULT_PAYMENT_TERM_DAYS = 30;

    /** The usual charset of French accounting software when the file is not UTF-8 (a superset of Latin-1). */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int PROGRESS_STEP_BYTES = 64 * 1024;

    private final int paymentTermDays;

    public FecReader() {
        this(DEFAULT_PAYMENT_TERM_DAYS);
    }

    /** @param paymentTermDays days from the invoice date to its due date, since a FEC has no due-date column */
    public FecReader(int paymentTermDays) {
        if (paymentTermDays < 0) {
            throw new IllegalArgumentException("paymentTermDays must not be negative: " + paymentTermDays);
        }
        this.paymentTermDays = paymentTermDays;
    }

    /**
     * @throws ImportException             the file as a whole is not a readable FEC ({@code import.error.empty},
     *                                     {@code import.error.fecColumns}, {@code import.error.fecHeader})
     * @throws CancellationException       when the sink asked to stop
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public void read(Path file, ImportSink sink) {
        char separator = FecSeparator.detect(file);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                // The standard forbids the separator inside a field and knows no quoting: a quote is text.
                .setQuote(null)
                // Kept so that a record's number is its line number; blank records are skipped below.
                .setIgnoreEmptyLines(false)
                .get();
        try {
            long size = Files.size(file);
            Progress progress = new Progress(sink, 2 * size);
            FecSummary summary = new FecSummary();
            Charset charset = firstPass(file, format, summary, progress);
            progress.offset = size;
            secondPass(file, format, charset, new FecEntryFactory(paymentTermDays, summary), sink, progress);
            progress.report(size, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file's charset: UTF-8 when every byte sequence was valid UTF-8, else Windows-1252 */
    private static Charset firstPass(Path file, CSVFormat format, FecSummary summary, Progress progress)
            throws IOException {
        try (ScanningInputStream bytes = new ScanningInputStream(new BufferedInputStream(Files.newInputStream(file)));
             RecordSizeLimit limit = new RecordSizeLimit(new InputStreamReader(bytes, StandardCharsets.ISO_8859_1));
             CSVParser parser = CSVParser.parse(limit, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            FecHeader header = readHeader(records, limit, parser);
            while (hasNext(records, limit, parser)) {
                FecLine line = new FecLine(records.next(), header, StandardCharsets.ISO_8859_1);
                checkCancelled(progress.sink);
                progress.report(bytes.count(), false);
                if (line.cellCount() == FecHeader.COLUMN_COUNT && CustomerLine.isCustomerAccount(line)) {
                    summary.add(line);
                }
            }
            return bytes.isValidUtf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
    }

    private static void secondPass(Path file, CSVFormat format, Charset charset, FecEntryFactory factory,
                                   ImportSink sink, Progress progress) throws IOException {
        try (ScanningInputStream bytes = new ScanningInputStream(new BufferedInputStream(Files.newInputStream(file)));
             RecordSizeLimit limit = new RecordSizeLimit(new InputStreamReader(bytes, StandardCharsets.ISO_8859_1));
             CSVParser parser = CSVParser.parse(limit, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            FecHeader header = readHeader(records, limit, parser);
            while (hasNext(records, limit, parser)) {
                FecLine line = new FecLine(records.next(), header, charset);
                checkCancelled(sink);
                progress.report(bytes.count(), false);
                emit(line, factory, sink);
            }
        }
    }

    private static void emit(FecLine line, FecEntryFactory factory, ImportSink sink) {
        if (line.isBlank()) {
            return;
        }
        if (line.cellCount() != FecHeader.COLUMN_COUNT) {
            sink.reject(new RejectedLine(line.lineNumber(), null, "import.reject.columns",
                    List.of(String.valueOf(FecHeader.COLUMN_COUNT), String.valueOf(line.cellCount())), null));
            return;
        }
        if (!CustomerLine.isCustomerAccount(line)) {
            return; // Only receivables matter; the rest of the books is none of Relance's business.
        }
        try {
            CustomerLine customerLine = CustomerLine.read(line);
            if (customerLine != null && !factory.isClosed(customerLine)) {
                sink.accept(factory.toEntry(customerLine));
            }
        } catch (LineRejectedException e) {
            sink.reject(e.rejection());
        }
    }

    private static FecHeader readHeader(Iterator<CSVRecord> records, RecordSizeLimit limit, CSVParser parser) {
        if (!hasNext(records, limit, parser)) {
            throw new ImportException("import.error.empty");
        }
        return FecHeader.of(records.next().toList());
    }

    /** The iterator reads the next record here: a line past the size limit is refused with its number. */
    private static boolean hasNext(Iterator<CSVRecord> records, RecordSizeLimit limit, CSVParser parser) {
        long line = parser.getCurrentLineNumber() + 1;
        limit.startRecord();
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (RecordSizeLimit.isTooLong(e)) {
                throw RecordSizeLimit.refusal(line, e);
            }
            throw e;
        }
    }

    private static void checkCancelled(ImportSink sink) {
        if (sink.isCancelled()) {
            throw new CancellationException("FEC import cancelled");
        }
    }

    /** Reports progress every 64 KiB rather than every line, so the UI is not flooded. */
    private static final class Progress {
        private final ImportSink sink;
        private final long total;
        private long offset;
        private long lastReported = -1;

        Progress(ImportSink sink, long total) {
            this.sink = sink;
            this.total = total;
        }

        void report(long bytesInPass, boolean force) {
            long done = offset + bytesInPass;
            if (force || lastReported < 0 || done - lastReported >= PROGRESS_STEP_BYTES) {
                lastReported = done;
                sink.progress(Math.min(done, total), total);
            }
        }
    }
}
