package fr.relance.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.Aging;
import fr.relance.domain.AgingReport;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.UnallocatedCredit;
import fr.relance.text.Messages;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgingExportTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    final AgingExport export = new AgingExport(new Messages(Locale.FRANCE));

    static AgingReport report() {
        List<OpenItem> items = List.of(
                item(1, "Durand SARL", AS_OF.minusDays(45), "1234.56", "EUR"),
                item(2, "Petit", AS_OF.plusDays(5), "100.00", "EUR"),
                item(1, "Durand SARL", AS_OF.minusDays(10), "500.00", "USD"));
        return Aging.asOf(AS_OF, items, List.of(new UnallocatedCredit(2, "Petit", "EUR", new BigDecimal("30.00"))),
                Map.of(), List.of());
    }

    @Test
    void xlsxHasOneSheetPerCurrencyWithNumbersDatesFormatsAndATotalsRow() throws Exception {
        Path file = dir.resolve("balance.xlsx");
        export.write(AS_OF, report().rows(), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("EUR");
            assertThat(workbook.getSheetName(1)).isEqualTo("USD");
            Sheet eur = workbook.getSheet("EUR");

            Cell date = eur.getRow(0).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(AS_OF);
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");

            Row header = eur.getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Débiteur");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Crédits non affectés");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(eur.getPaneInformation().isFreezePane()).isTrue();
            assertThat(eur.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);

            Row durand = eur.getRow(3);
            assertThat(durand.getCell(0).getStringCellValue()).isEqualTo("Durand SARL");
            Cell overdue = durand.getCell(4); // 31-60 days
            assertThat(overdue.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(overdue.getNumericCellValue()).isEqualTo(1234.56);
            assertThat(overdue.getCellStyle().getDataFormatString()).contains("#,##0.00").contains("€");
            Row petit = eur.getRow(4);
            assertThat(petit.getCell(8).getNumericCellValue()).isEqualTo(-30.00);
            assertThat(petit.getCell(9).getNumericCellValue()).isEqualTo(70.00);

            Row totals = eur.getRow(5);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(totals.getCell(9).getCellFormula()).isEqualTo("SUM(J4:J5)");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(workbook.getCreationHelper().createFormulaEvaluator().evaluate(totals.getCell(9))
                    .getNumberValue()).isEqualTo(1304.56, org.assertj.core.data.Offset.offset(0.001));

            Sheet usd = workbook.getSheet("USD");
            assertThat(usd.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(500.0);
            assertThat(usd.getRow(3).getCell(3).getCellStyle().getDataFormatString()).contains("USD");
            assertThat(eur.getColumnWidth(0)).isGreaterThan(12 * 256 - 1);
        }
    }

    @Test
    void csvIsSemicolonSeparatedUtf8WithBomAndDecimalComma() throws Exception {
        Path file = dir.resolve("balance.csv");
        export.write(AS_OF, report().rows(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new java.io.StringReader(text)).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("Débiteur");
        assertThat(records.get(0).get(1)).isEqualTo("Devise");
        assertThat(records.get(1).get(0)).isEqualTo("Durand SARL");
        assertThat(records.get(1).get(1)).isEqualTo("EUR");
        assertThat(records.get(1).get(4)).isEqualTo("1234,56");
        assertThat(records.get(3).get(0)).isEqualTo("Total");
        assertThat(records.get(3).get(9)).isEqualTo("1304,56");
        // USD comes after the euro rows, with its own totals line
        assertThat(records.get(4).get(1)).isEqualTo("USD");
        assertThat(records.get(5).get(0)).isEqualTo("Total");
        assertThat(records.get(5).get(9)).isEqualTo("500,00");
    }

    @Test
    void anUnknownExtensionIsRefused() {
        assertThatThrownBy(() -> export.write(AS_OF, report().rows(), dir.resolve("balance.pdf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".xlsx");
        assertThat(AgingExport.Format.of(dir.resolve("B.XLSX"))).contains(AgingExport.Format.XLSX);
    }

    static OpenItem item(long debtor, String name, LocalDate due, String balance, String currency) {
        BigDecimal amount = new BigDecimal(balance);
        return new OpenItem(debtor, name, 1, InvoiceKind.INVOICE, "N", due.minusDays(30), due, amount, amount,
                currency, false);
    }
}
