package fr.relance.imports.xlsx;

import fr.relance.imports.ColumnMapping;
import fr.relance.imports.ImportException;
import fr.relance.imports.ImportSink;
import fr.relance.imports.LedgerField;
import fr.relance.imports.LedgerRowConverter;
import fr.relance.imports.SourceRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An Excel sheet read as a ledger export: the first non-empty row is the header, the next ones go through the
 * same {@link LedgerRowConverter} as a CSV file's.
 */
public final class XlsxLedgerReader {

    private XlsxLedgerReader() {
    }

    /** The header and the first rows of the sheet (the first one when {@code sheet} is null). */
    public static Sample sample(Path file, String sheet, int maxRows) {
        try (XlsxRowSource source = XlsxRowSource.open(file)) {
            List<SourceRow> rows = new ArrayList<>();
            String chosen = sheet == null ? firstSheet(source) : sheet;
            try {
                source.readSheet(chosen, row -> {
                    rows.add(row);
                    if (rows.size() > maxRows) {
                        throw new StopReading();
                    }
                }, () -> false);
            } catch (StopReading enough) {
                // the preview has what it needs
            }
            if (rows.isEmpty()) {
                throw new ImportException("import.error.empty");
            }
            return new Sample(source.sheetNames(), chosen, rows.get(0).cells(), rows.subList(1, rows.size()));
        }
    }

    /** What a preview shows of a workbook. */
    public record Sample(List<String> sheets, String sheet, List<String> header, List<SourceRow> rows) {
    }

    /**
     * @throws ImportException {@code import.error.missingColumns} when a required field has no column
     */
    public static void read(Path file, String sheet, ColumnMapping mapping, ImportSink sink) {
        try (XlsxRowSource source = XlsxRowSource.open(file)) {
            String chosen = sheet == null ? firstSheet(source) : sheet;
            LedgerRowConverter[] converter = {null};
            int[] count = {0};
            source.readSheet(chosen, row -> {
                if (converter[0] == null) {
                    List<LedgerField> missing = mapping.missingRequired(row.cells().size());
                    if (!missing.isEmpty()) {
                        throw new ImportException("import.error.missingColumns",
                                missing.stream().map(Enum::name).toList(), null);
                    }
                    converter[0] = new LedgerRowConverter(mapping, row.cells());
                    return;
                }
                converter[0].convert(row).deliverTo(sink);
                if (++count[0] % 256 == 0) {
                    sink.progress(count[0], -1);
                }
            }, sink::isCancelled);
            if (converter[0] == null) {
                throw new ImportException("import.error.empty");
            }
        }
    }

    private static String firstSheet(XlsxRowSource source) {
        if (source.sheetNames().isEmpty()) {
            throw new ImportException("import.error.noSheet", "");
        }
        return source.sheetNames().get(0);
    }

    /** Ends a streaming read early once a preview has enough rows. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
