package fr.relance.imports.csv;

import fr.relance.imports.ColumnMapping;
import fr.relance.imports.SourceRow;
import java.util.List;

/**
 * The start of a CSV file, to show before importing it and let the user check the column mapping.
 *
 * @param header  the cells of the first non-blank line
 * @param rows    the next rows, as read (blank ones left out)
 * @param guessed the mapping {@link ColumnMapping#guess} makes of the header
 */
public record CsvPreview(TextFileFormat format, List<String> header, List<SourceRow> rows, ColumnMapping guessed) {

    public CsvPreview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
