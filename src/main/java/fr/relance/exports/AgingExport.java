package fr.relance.exports;

import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingRow;
import fr.relance.domain.AgingTotals;
import fr.relance.text.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The aging list as a file for Excel: .xlsx (one sheet per currency, real numbers and dates, a SUM totals row) or
 * .csv (semicolon, UTF-8 with BOM, decimal comma: what French Excel opens directly).
 */
public final class AgingExport {

    /** The file formats, chosen by the file's extension. */
    public enum Format {
        CSV("csv"), XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                if (name.endsWith("." + format.extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    private static final int MONEY_COLUMNS = AgingBucket.values().length + 2; // buckets, credits, total

    private final Messages messages;

    public AgingExport(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param rows the rows to export, any currencies: each currency gets its own sheet (xlsx) or its own totals
     *             line (csv)
     * @throws IllegalArgumentException when the file's extension is neither .csv nor .xlsx
     */
    public void write(LocalDate asOf, List<AgingRow> rows, Path file) throws IOException {
        Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException(
                messages.get("export.error.extension", file.getFileName())));
        Map<String, AgingRow> totals = AgingTotals.byCurrency(asOf, rows);
        if (format == Format.CSV) {
            writeCsv(rows, totals, file);
        } else {
            writeXlsx(asOf, rows, totals, file);
        }
    }

    List<String> header() {
        List<String> header = new ArrayList<>(List.of(messages.get("aging.column.debtor"),
                messages.get("aging.column.currency")));
        for (AgingBucket bucket : AgingBucket.values()) {
            header.add(messages.get("aging.bucket." + bucket.name()));
        }
        header.addAll(List.of(messages.get("aging.column.credits"), messages.get("aging.column.total"),
                messages.get("aging.column.oldest"), messages.get("aging.column.count"),
                messages.get("aging.column.dso")));
        return header;
    }

    private static List<BigDecimal> amounts(AgingRow row) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (AgingBucket bucket : AgingBucket.values()) {
            amounts.add(row.bucket(bucket));
        }
        amounts.add(row.unallocatedCredits());
        amounts.add(row.total());
        return amounts;
    }

    private void writeCsv(List<AgingRow> rows, Map<String, AgingRow> totals, Path file) throws IOException {
        CSVFormat csv = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        SafeFile.write(file, out -> writeCsv(rows, totals, csv, out));
    }

    private void writeCsv(List<AgingRow> rows, Map<String, AgingRow> totals, CSVFormat csv, OutputStream out)
            throws IOException {
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // the BOM tells Excel the file is UTF-8
        try (CSVPrinter printer = new CSVPrinter(writer, csv)) {
            printer.printRecord(header());
            for (String currency : totals.keySet()) {
                for (AgingRow row : rows) {
                    if (row.currency().equals(currency)) {
                        printer.printRecord(csvCells(row, row.debtorName()));
                    }
                }
                printer.printRecord(csvCells(totals.get(currency), messages.get("aging.totals")));
            }
        }
    }

    private static List<String> csvCells(AgingRow row, String name) {
        List<String> cells = new ArrayList<>(List.of(name, row.currency()));
        for (BigDecimal amount : amounts(row)) {
            cells.add(decimalComma(amount.setScale(2, RoundingMode.HALF_UP)));
        }
        cells.add(Long.toString(row.oldestDaysPastDue()));
        cells.add(Integer.toString(row.openInvoiceCount()));
        cells.add(decimalComma(row.dso().days()));
        return cells;
    }

    /** No thousands separator: Excel in French reads "1234,56" as a number. */
    private static String decimalComma(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private void writeXlsx(LocalDate asOf, List<AgingRow> rows, Map<String, AgingRow> totals, Path file)
            throws IOException {
        SafeFile.write(file, out -> writeXlsx(asOf, rows, totals, out));
    }

    private void writeXlsx(LocalDate asOf, List<AgingRow> rows, Map<String, AgingRow> totals, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            if (totals.isEmpty()) {
                sheet(workbook, styles, asOf, "EUR", List.of());
            }
            for (String currency : totals.keySet()) {
                sheet(workbook, styles, asOf, currency, rows.stream().filter(r -> r.currency().equals(currency))
                        .toList());
            }
            workbook.write(out);
        }
    }

    private void sheet(XSSFWorkbook workbook, Styles styles, LocalDate asOf, String currency, List<AgingRow> rows) {
        Sheet sheet = workbook.createSheet(currency);
        CellStyle money = styles.money(currency);
        Row title = sheet.createRow(0);
        Cell titleCell = title.createCell(0);
        titleCell.setCellValue(messages.get("export.title", currency));
        titleCell.setCellStyle(styles.bold);
        Cell date = title.createCell(1);
        date.setCellValue(asOf);
        date.setCellStyle(styles.date);

        List<String> header = header();
        Row headerRow = sheet.createRow(2);
        for (int column = 0; column < header.size(); column++) {
            Cell cell = headerRow.createCell(column);
            cell.setCellValue(header.get(column));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(1, 3);

        int rowIndex = 3;
        for (AgingRow row : rows) {
            Row line = sheet.createRow(rowIndex++);
            line.createCell(0).setCellValue(row.debtorName());
            fill(line, row, money, styles.integer, styles.decimal);
        }
        int first = 4;
        int last = rowIndex;
        Row totalsRow = sheet.createRow(rowIndex);
        Cell label = totalsRow.createCell(0);
        label.setCellValue(messages.get("aging.totals"));
        label.setCellStyle(styles.bold);
        Cell currencyCell = totalsRow.createCell(1);
        currencyCell.setCellValue(currency);
        currencyCell.setCellStyle(styles.bold);
        for (int column = 2; column < 2 + MONEY_COLUMNS + 2; column++) {
            Cell cell = totalsRow.createCell(column);
            String letter = CellReference.convertNumToColString(column);
            boolean isMax = column == 2 + MONEY_COLUMNS; // oldest days: the maximum, not a sum
            cell.setCellFormula(rows.isEmpty() ? "0"
                    : (isMax ? "MAX(" : "SUM(") + letter + first + ":" + letter + last + ")");
            cell.setCellStyle(column < 2 + MONEY_COLUMNS ? styles.moneyTotal(currency) : styles.integerTotal);
        }
        Cell dso = totalsRow.createCell(2 + MONEY_COLUMNS + 2);
        AgingRow sum = AgingTotals.of(asOf, currency, rows);
        dso.setCellValue(sum.dso().days().doubleValue());
        dso.setCellStyle(styles.decimalTotal);
        for (int column = 0; column < header.size(); column++) {
            sheet.autoSizeColumn(column);
            sheet.setColumnWidth(column, Math.min(Math.max(sheet.getColumnWidth(column) + 512, 12 * 256), 60 * 256));
        }
    }

    private static void fill(Row line, AgingRow row, CellStyle money, CellStyle integer, CellStyle decimal) {
        line.createCell(1).setCellValue(row.currency());
        int column = 2;
        for (BigDecimal amount : amounts(row)) {
            Cell cell = line.createCell(column++);
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(money);
        }
        Cell oldest = line.createCell(column++);
        oldest.setCellValue(row.oldestDaysPastDue());
        oldest.setCellStyle(integer);
        Cell count = line.createCell(column++);
        count.setCellValue(row.openInvoiceCount());
        count.setCellStyle(integer);
        Cell dso = line.createCell(column);
        dso.setCellValue(row.dso().days().doubleValue());
        dso.setCellStyle(decimal);
    }

    /** Cell styles, created once per workbook (Excel caps their number). */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final Font boldFont;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle date;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle integerTotal;
        final CellStyle decimalTotal;
        final Map<String, CellStyle> money = new java.util.HashMap<>();
        final Map<String, CellStyle> moneyTotal = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            date = numeric("dd/mm/yyyy", false);
            integer = numeric("#,##0", false);
            decimal = numeric("#,##0.0", false);
            integerTotal = numeric("#,##0", true);
            decimalTotal = numeric("#,##0.0", true);
        }

        /** Excel stores formats in the English notation and shows "1 234,56 €" in a French Excel. */
        CellStyle money(String currency) {
            return money.computeIfAbsent(currency, c -> numeric(moneyFormat(c), false));
        }

        CellStyle moneyTotal(String currency) {
            return moneyTotal.computeIfAbsent(currency, c -> numeric(moneyFormat(c), true));
        }

        static String moneyFormat(String currency) {
            String symbol = "EUR".equals(currency) ? "€" : currency;
            return "#,##0.00\\ \"" + symbol + "\";-#,##0.00\\ \"" + symbol + "\"";
        }

        private CellStyle numeric(String format, boolean isBold) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            if (isBold) {
                style.setFont(boldFont);
                style.setBorderTop(BorderStyle.THIN);
            }
            return style;
        }
    }
}
