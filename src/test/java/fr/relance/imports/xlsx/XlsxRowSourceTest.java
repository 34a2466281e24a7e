package fr.relance.imports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.imports.ImportException;
import fr.relance.imports.SourceRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {

    @TempDir
    Path dir;

    @Test
    void listsTheSheetsInWorkbookOrder() throws IOException {
        try (XlsxRowSource xlsx = XlsxRowSource.open(workbook())) {
            assertThat(xlsx.sheetNames()).containsExactly("Factures", "Règlements");
        }
    }

    @Test
    void firstSheetCellsReadAsACsvWouldCarryThem() throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (XlsxRowSource xlsx = XlsxRowSource.open(workbook())) {
            xlsx.readFirstSheet(rows::add, () -> false);
        }

        assertThat(rows).containsExactly(
                new SourceRow(1, List.of("Client", "Montant", "Double", "Échéance", "Date texte")),
                new SourceRow(2, List.of("C001", "1234.5", "2469", "2026-11-23", "23/11/2026")),
                // Row 3 is empty and skipped; row 4 starts a merged area A4:B4 and has a gap in D.
                new SourceRow(4, List.of("Groupe Martin", "", "0.1", "", "1200")),
                new SourceRow(5, List.of("C003", "0.3", "0.6")));
    }

    @Test
    void aNamedSheetIsRead() throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (XlsxRowSource xlsx = XlsxRowSource.open(workbook())) {
            xlsx.readSheet("Règlements", rows::add, () -> false);
        }

        assertThat(rows).containsExactly(new SourceRow(1, List.of("Référence", "Montant")),
                new SourceRow(2, List.of("VIR F001", "-15")));
    }

    @Test
    void anUnknownSheetIsRefused() throws IOException {
        try (XlsxRowSource xlsx = XlsxRowSource.open(workbook())) {
            assertThatThrownBy(() -> xlsx.readSheet("Feuil9", row -> { }, () -> false))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.reasonKey()).isEqualTo("import.error.noSheet");
                        assertThat(e.reasonArgs()).containsExactly("Feuil9");
                    });
        }
    }

    @Test
    void cancellingStopsTheRead() throws IOException {
        AtomicInteger polls = new AtomicInteger();
        List<SourceRow> rows = new ArrayList<>();
        try (XlsxRowSource xlsx = XlsxRowSource.open(workbook())) {
            assertThatThrownBy(() -> xlsx.readFirstSheet(rows::add, () -> polls.incrementAndGet() > 2))
                    .isInstanceOf(CancellationException.class);
        }
        assertThat(rows).hasSize(2);
    }

    @Test
    void aRenamedCsvIsNotAnXlsx() throws IOException {
        Path csv = Files.writeString(dir.resolve("export.xlsx"), "Client;Montant\nC001;12,50\n");

        assertNotXlsx(csv);
    }

    @Test
    void anOldXlsIsNotAnXlsx() throws IOException {
        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Feuil1").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }

        assertNotXlsx(xls);
    }

    @Test
    void aDamagedZipIsNotAnXlsx() throws IOException {
        byte[] bytes = Files.readAllBytes(workbook());
        Path damaged = Files.write(dir.resolve("damaged.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 3));

        assertNotXlsx(damaged);
    }

    @Test
    void aPasswordProtectedWorkbookIsRecognised() throws Exception {
        Path plain = workbook();
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage pkg = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream encrypted = encryptor.getDataStream(fs)) {
                pkg.save(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> XlsxRowSource.open(locked).close())
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("import.error.encrypted"));
    }

    @Test
    void anEmptyFileIsNotAnXlsx() throws IOException {
        assertNotXlsx(Files.write(dir.resolve("empty.xlsx"), new byte[0]));
    }

    private static void assertNotXlsx(Path file) {
        assertThatThrownBy(() -> XlsxRowSource.open(file).close())
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("import.error.notXlsx"));
    }

    /** Two sheets written by POI the way Excel would: formulas computed, a merged area, real and text dates. */
    private Path workbook() throws IOException {
        Path file = dir.resolve("ledger.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle euros = workbook.createCellStyle();
            euros.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"€\""));

            Sheet invoices = workbook.createSheet("Factures");
            row(invoices, 0, "Client", "Montant", "Double", "Échéance", "Date texte");
            Row first = invoices.createRow(1);
            first.createCell(0).setCellValue("C001");
            first.createCell(1).setCellValue(1234.5);
            first.getCell(1).setCellStyle(euros);
            first.createCell(2).setCellFormula("B2*2");
            first.createCell(3).setCellValue(LocalDate.of(2026, 11, 23));
            first.getCell(3).setCellStyle(date);
            first.createCell(4).setCellValue("23/11/2026");
            invoices.createRow(2).createCell(0).setCellValue("  ");
            Row merged = invoices.createRow(3);
            merged.createCell(0).setCellValue("Groupe Martin");
            merged.createCell(1);
            merged.createCell(2).setCellValue(0.1);
            merged.createCell(4).setCellValue(1200);
            invoices.addMergedRegion(new CellRangeAddress(3, 3, 0, 1));
            Row noise = invoices.createRow(4);
            noise.createCell(0).setCellValue("C003");
            noise.createCell(1).setCellFormula("0.1+0.2");
            noise.createCell(2).setCellFormula("B5*2");

            Sheet payments = workbook.createSheet("Règlements");
            row(payments, 0, "Référence", "Montant");
            Row payment = payments.createRow(1);
            payment.createCell(0).setCellValue("VIR F001");
            payment.createCell(1).setCellValue(-15.0);

            // Excel stores each formula's last result; POI does only when asked.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
