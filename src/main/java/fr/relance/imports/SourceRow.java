package fr.relance.imports;

import java.util.List;

/**
 * One row of a tabular file as text cells (CSV record or Excel row), before mapping.
 * Excel cells are turned into text the way a CSV would carry them: numbers plain ("1234.5"), dates ISO
 * ("2026-11-23").
 *
 * @param lineNumber 1-based line (CSV: where the record starts) or row number (Excel)
 */
public record SourceRow(int lineNumber, List<String> cells) {
}
