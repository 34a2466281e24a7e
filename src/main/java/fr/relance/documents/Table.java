package fr.relance.documents;

import fr.relance.documents.Faces.Face;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the letter (invoices, penalty slices, instalments): a shaded header repeated on every page the table
 * runs onto, body rows that never split across pages, and closing rows (totals) kept with the last body row.
 * Amounts are right-aligned so that the cents line up.
 */
final class Table {

    static final float SIZE = 8.5f;
    static final float LEADING = 10.5f;
    private static final float PAD_V = 2.6f;
    private static final float PAD_H = Mm.pt(1.2);

    enum Align { LEFT, CENTRE, RIGHT }

    /** A column: its header, width in points and alignment. */
    record Column(String header, float width, Align align) {
    }

    /**
     * A row. A closing row has two cells: a label over all the columns but the last, right-aligned, and the
     * amount in the last column.
     */
    record Row(List<String> cells, boolean bold, boolean closing, boolean shaded) {

        static Row of(String... cells) {
            return new Row(List.of(cells), false, false, false);
        }

        static Row closing(String label, String amount, boolean bold, boolean shaded) {
            return new Row(List.of(label, amount), bold, true, shaded);
        }
    }

    private final Faces faces;
    private final List<Column> columns;
    private final String continued;
    private final float left;

    /**
     * @param continued printed above the repeated header on the following pages ("Factures concernées (suite)")
     */
    Table(Faces faces, float left, List<Column> columns, String continued) {
        this.faces = faces;
        this.left = left;
        this.columns = List.copyOf(columns);
        this.continued = continued;
    }

    float width() {
        return (float) columns.stream().mapToDouble(Column::width).sum();
    }

    void draw(PageFlow flow, List<Row> body, List<Row> closing) throws IOException {
        List<Laid> rows = new ArrayList<>();
        for (Row row : body) {
            rows.add(lay(row));
        }
        List<Laid> ends = new ArrayList<>();
        for (Row row : closing) {
            ends.add(lay(row));
        }
        Laid header = lay(new Row(columns.stream().map(Column::header).toList(), true, false, true));
        float closingHeight = (float) ends.stream().mapToDouble(Laid::height).sum();

        // Never a header alone at the foot of a page: keep it with two rows (or the whole table if shorter).
        float start = header.height();
        for (int i = 0; i < Math.min(2, rows.size()); i++) {
            start += rows.get(i).height();
        }
        if (rows.size() <= 2) {
            start += closingHeight;
        }
        flow.ensure(start);
        drawHeader(flow, header);
        for (int i = 0; i < rows.size(); i++) {
            Laid row = rows.get(i);
            float needed = row.height() + (i == rows.size() - 1 ? closingHeight : 0);
            if (!flow.fits(needed)) {
                flow.newPage();
                flow.text(faces.regular, SIZE, left, flow.y() - faces.regular.ascent(SIZE), continued,
                        PageFlow.GREY);
                flow.down(LEADING + 2);
                drawHeader(flow, header);
            }
            drawRow(flow, row);
        }
        for (int i = 0; i < ends.size(); i++) {
            if (!flow.fits(ends.get(i).height())) {
                flow.newPage();
            }
            if (i == 0) {
                flow.line(left, flow.y(), left + width(), flow.y(), 0.6f, PageFlow.RULE);
            }
            drawRow(flow, ends.get(i));
        }
    }

    private void drawHeader(PageFlow flow, Laid header) throws IOException {
        float top = flow.y();
        flow.fill(left, top - header.height(), width(), header.height(), PageFlow.SHADE);
        flow.line(left, top, left + width(), top, 0.6f, PageFlow.RULE);
        drawCells(flow, header, top);
        flow.down(header.height());
        flow.line(left, flow.y(), left + width(), flow.y(), 0.6f, PageFlow.RULE);
    }

    private void drawRow(PageFlow flow, Laid row) throws IOException {
        float top = flow.y();
        if (row.row().shaded()) {
            flow.fill(left, top - row.height(), width(), row.height(), PageFlow.SHADE);
        }
        drawCells(flow, row, top);
        flow.down(row.height());
        if (!row.row().closing()) {
            flow.line(left, flow.y(), left + width(), flow.y(), 0.25f, PageFlow.LIGHT_RULE);
        }
    }

    private void drawCells(PageFlow flow, Laid laid, float top) throws IOException {
        Face face = laid.row().bold() ? faces.bold : faces.regular;
        float firstBaseline = top - PAD_V - face.ascent(SIZE) + 0.5f;
        List<Cell> cells = cells(laid.row());
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            List<String> lines = laid.lines().get(c);
            for (int l = 0; l < lines.size(); l++) {
                String text = lines.get(l);
                float baseline = firstBaseline - l * LEADING;
                float inner = cell.width() - 2 * PAD_H;
                float x = switch (cell.align()) {
                    case LEFT -> cell.x() + PAD_H;
                    case RIGHT -> cell.x() + PAD_H + inner - face.width(text, SIZE);
                    case CENTRE -> cell.x() + PAD_H + (inner - face.width(text, SIZE)) / 2;
                };
                flow.text(face, SIZE, x, baseline, text);
            }
        }
    }

    private Laid lay(Row row) {
        Face face = row.bold() ? faces.bold : faces.regular;
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (Cell cell : cells(row)) {
            List<String> wrapped = TextLines.wrap(cell.text(), face.metrics(), SIZE, cell.width() - 2 * PAD_H);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        return new Laid(row, lines, most * LEADING + 2 * PAD_V);
    }

    private List<Cell> cells(Row row) {
        List<Cell> cells = new ArrayList<>();
        if (row.closing()) {
            float labelWidth = width() - columns.get(columns.size() - 1).width();
            cells.add(new Cell(row.cells().get(0), left, labelWidth, Align.RIGHT));
            cells.add(new Cell(row.cells().get(1), left + labelWidth, columns.get(columns.size() - 1).width(),
                    Align.RIGHT));
            return cells;
        }
        float x = left;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            cells.add(new Cell(c < row.cells().size() ? row.cells().get(c) : "", x, column.width(), column.align()));
            x += column.width();
        }
        return cells;
    }

    private record Cell(String text, float x, float width, Align align) {
    }

    private record Laid(Row row, List<List<String>> lines, float height) {
    }
}
