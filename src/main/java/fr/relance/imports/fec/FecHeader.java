package fr.relance.imports.fec;

import fr.relance.imports.ImportException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each of the 18 columns sits in a FEC's header line. The standard fixes the order, but matching by name
 * costs nothing and takes files whose software shuffled it.
 */
final class FecHeader {

    static final int COLUMN_COUNT = FecColumn.values().length;

    /** A UTF-8 byte order mark as it reads when the bytes are decoded one char per byte (ISO-8859-1). */
    private static final String UTF8_BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";

    private final int[] indexOf = new int[COLUMN_COUNT];

    private FecHeader(Map<FecColumn, Integer> positions) {
        positions.forEach((column, index) -> indexOf[column.ordinal()] = index);
    }

    /**
     * @param cells the header line's cells, decoded one char per byte
     * @throws ImportException {@code import.error.fecColumns} (found count) when there are not exactly 18 cells,
     *                         {@code import.error.fecHeader} (the unknown or repeated names) when names differ
     */
    static FecHeader of(List<String> cells) {
        if (cells.size() != COLUMN_COUNT) {
            throw new ImportException("import.error.fecColumns", String.valueOf(cells.size()));
        }
        Map<FecColumn, Integer> positions = new EnumMap<>(FecColumn.class);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = i == 0 ? stripBom(cells.get(i)) : cells.get(i);
            FecColumn column = FecColumn.byName(name);
            if (column == null || positions.putIfAbsent(column, i) != null) {
                wrong.add(name.trim());
            }
        }
        if (!wrong.isEmpty()) {
            throw new ImportException("import.error.fecHeader", String.join(", ", wrong));
        }
        return new FecHeader(positions);
    }

    int indexOf(FecColumn column) {
        return indexOf[column.ordinal()];
    }

    private static String stripBom(String cell) {
        return cell.startsWith(UTF8_BOM_AS_LATIN1) ? cell.substring(UTF8_BOM_AS_LATIN1.length()) : cell;
    }
}
