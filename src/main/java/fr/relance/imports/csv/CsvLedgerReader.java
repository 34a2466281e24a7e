package fr.relance.imports.csv;

import fr.relance.imports.ColumnMapping;
import fr.relance.imports.ImportException;
import fr.relance.imports.ImportSink;
import fr.relance.imports.LedgerField;
import fr.relance.imports.LedgerRowConverter;
import fr.relance.imports.RecordSizeLimit;
import fr.relance.imports.RowOutcome;
import fr.relance.imports.SettledSink;
import fr.relance.imports.SourceRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV or TXT ledger export record by record (never the whole file in memory) into an
 * {@link ImportSink}. The header is the first non-blank line; quoted fields may hold separators and line
 * breaks, and each row carries the line it starts on. Bytes that the detected charset cannot decode become
 * U+FFFD and the row is rejected by the converter (see {@link TextFileProbe}).
 */
public final class CsvLedgerReader {

    public static final int DEFAULT_PREVIEW_ROWS = 20;
    /** Records between two looks at cancellation and two progress reports: often enough, cheap enough. */
    static final int CHECK_EVERY = 256;
    private static final int BUFFER_BYTES = 64 * 1024;

    private CsvLedgerReader() {
    }

    /** The header and the first {@link #DEFAULT_PREVIEW_ROWS} rows, with the charset and separator found. */
    public static CsvPreview header(Path file) throws IOException {
        return header(file, DEFAULT_PREVIEW_ROWS);
    }

    public static CsvPreview header(Path file, int maxRows) throws IOException {
        TextFileFormat format = TextFileProbe.probe(file);
        try (Records records = Records.open(file, format)) {
            List<String> header = records.header();
            List<SourceRow> rows = new ArrayList<>();
            SourceRow row;
            while (rows.size() < maxRows && (row = records.next()) != null) {
                if (!row.cells().stream().allMatch(String::isBlank)) {
                    rows.add(row);
                }
            }
            return new CsvPreview(format, header, rows, ColumnMapping.guess(header));
        }
    }

    /**
     * Sends every row of the file to the sink: entries, rejected lines, and settled documents when the sink is a
     * {@link SettledSink}.
     *
     * @throws ImportException       empty or binary file, {@code import.error.missingColumns} (with the
     *                               {@link LedgerField} names) when a required field has no column in this file,
     *                               {@code import.error.malformed} (with the line) when quotes are unbalanced
     * @throws CancellationException when the sink says so; what was sent before stays sent
     */
    public static void read(Path file, ColumnMapping mapping, ImportSink sink) throws IOException {
        TextFileFormat format = TextFileProbe.probe(file);
        long totalBytes = Files.size(file);
        try (Records records = Records.open(file, format)) {
            List<String> header = records.header();
            List<LedgerField> missing = mapping.missingRequired(header.size());
            if (!missing.isEmpty()) {
                throw new ImportException("import.error.missingColumns", missing.stream().map(Enum::name).toList(),
                        null);
            }
            LedgerRowConverter converter = new LedgerRowConverter(mapping, header);
            long count = 0;
            SourceRow row;
            while ((row = records.next()) != null) {
                converter.convert(row).deliverTo(sink);
                if (++count % CHECK_EVERY == 0) {
                    if (sink.isCancelled()) {
                        throw new CancellationException("import cancelled at line " + row.lineNumber());
                    }
                    sink.progress(records.bytesRead(), totalBytes);
                }
            }
            sink.progress(totalBytes, totalBytes);
        }
    }

    /** The file's records as rows numbered by the line they start on. */
    private static final class Records implements AutoCloseable {

        private final CountingInputStream counted;
        private final RecordSizeLimit limit;
        private final CSVParser parser;
        private final Iterator<CSVRecord> iterator;

        private Records(CountingInputStream counted, RecordSizeLimit limit, CSVParser parser) {
            this.counted = counted;
            this.limit = limit;
            this.parser = parser;
            this.iterator = parser.iterator();
        }

        static Records open(Path file, TextFileFormat format) throws IOException {
            CountingInputStream counted = new CountingInputStream(
                    new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES));
            try {
                counted.skipNBytes(format.bomLength());
                RecordSizeLimit reader = new RecordSizeLimit(new InputStreamReader(counted, format.charset()
                        .newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
                // Empty lines come through as records so that the parser's line count stays the line a record
                // starts on; blank rows are skipped afterwards.
                CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(format.separator())
                        .setIgnoreEmptyLines(false).get();
                return new Records(counted, reader, CSVParser.builder().setReader(reader).setFormat(csv).get());
            } catch (IOException | RuntimeException e) {
                counted.close();
                throw e;
            }
        }

        /** The cells of the first non-blank record. */
        List<String> header() throws IOException {
            SourceRow row;
            while ((row = next()) != null) {
                if (!row.cells().stream().allMatch(String::isBlank)) {
                    List<String> cells = new ArrayList<>(row.cells());
                    cells.set(0, cells.get(0).replace("\uFEFF", ""));
                    return cells;
                }
            }
            throw new ImportException("import.error.empty");
        }

        /** @return the next record, or null at the end */
        SourceRow next() throws IOException {
            long startLine = parser.getCurrentLineNumber() + 1;
            limit.startRecord();
            try {
                if (!iterator.hasNext()) {
                    return null;
                }
                CSVRecord record = iterator.next();
                return new SourceRow(Math.toIntExact(startLine), record.toList());
            } catch (UncheckedIOException e) {
                if (RecordSizeLimit.isTooLong(e)) {
                    throw RecordSizeLimit.refusal(startLine, e);
                }
                if (e.getCause() instanceof CSVException) {
                    throw new ImportException("import.error.malformed", List.of(String.valueOf(startLine)), e);
                }
                throw e.getCause();
            }
        }

        long bytesRead() {
            return counted.count();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
