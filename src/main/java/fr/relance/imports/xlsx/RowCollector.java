package fr.relance.imports.xlsx;

import fr.relance.imports.SourceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/** Gathers the cells of each row the SAX handler reports into a {@link SourceRow}, one row at a time. */
final class RowCollector implements SheetContentsHandler {

    private final Consumer<SourceRow> rows;
    private final BooleanSupplier cancelled;
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;

    RowCollector(Consumer<SourceRow> rows, BooleanSupplier cancelled) {
        this.rows = rows;
        this.cancelled = cancelled;
    }

    @Override
    public void startRow(int rowIndex) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Excel import cancelled");
        }
        rowNumber = rowIndex + 1; // Excel numbers rows from 1, as the user sees them
        cells.clear();
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        // The file only stores cells that exist: fill the gaps so each text stays under its column.
        int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
        while (cells.size() < column) {
            cells.add("");
        }
        String value = formattedValue == null ? "" : formattedValue;
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
    }

    @Override
    public void endRow(int rowIndex) {
        if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
            rows.accept(new SourceRow(rowNumber, List.copyOf(cells)));
        }
    }
}
