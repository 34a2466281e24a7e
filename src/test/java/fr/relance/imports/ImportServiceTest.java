package fr.relance.imports;

import static fr.relance.imports.ImportService.Progress.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.relance.domain.AgingReport;
import fr.relance.domain.AgingRow;
import fr.relance.domain.OpenItem;
import fr.relance.exports.RejectionsCsv;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.store.LedgerImport;
import fr.relance.store.PayerDirectory;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.Messages;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole import, file to aging list, for each format. */
class ImportServiceTest {

    static final LocalDate OCT = LocalDate.of(2026, 10, 31);
    static final LocalDate NOV = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Database database;
    ImportService imports;
    ReceivablesRepository receivables;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        imports = new ImportService(new LedgerImport(database), new AppSettingsRepository(database),
                new PayerDirectory(database));
        receivables = new ReceivablesRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    LedgerImport.Summary importFile(Path file, LocalDate on) {
        ImportFormat format = imports.detect(file);
        ImportService.Preview preview = imports.preview(file, format, null);
        ImportService.ReadResult read = imports.read(file, format, preview.mapping(), preview.sheet(), NONE);
        return imports.importEntries(read, on, NONE);
    }

    @Test
    void aSageStyleCsvInWindows1252GoesIntoTheAgingListAndTheNextMonthReplacesIt() throws Exception {
        Path october = write("balance-octobre.csv", Charset.forName("windows-1252"), """
                Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC;Reste dû
                411DURAND;Durand SARL;FA-2026-0101;01/08/2026;31/08/2026;1 200,00;1 200,00
                411DURAND;Durand SARL;FA-2026-0140;15/09/2026;15/10/2026;500,00;300,00
                411PETIT;Pâtisserie Petit;FA-2026-0150;01/10/2026;31/10/2026;80,00;80,00
                411PETIT;Pâtisserie Petit;AV-2026-0007;05/10/2026;05/10/2026;-20,00;-20,00
                """);
        assertThat(imports.detect(october)).isEqualTo(ImportFormat.CSV);
        LedgerImport.Summary first = importFile(october, OCT);
        assertThat(first.created()).isEqualTo(4);
        AgingReport aging = receivables.agingAsOf(OCT);
        assertThat(aging.totals("EUR").total()).isEqualByComparingTo("1560.00");
        assertThat(aging.rows()).extracting(r -> r.debtorName()).contains("Pâtisserie Petit");

        assertThat(importFile(october, NOV).alreadyImportedAt()).isNotNull();

        Path november = write("balance-novembre.csv", Charset.forName("windows-1252"), """
                Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC;Reste dû
                411DURAND;Durand SARL;FA-2026-0101;01/08/2026;31/08/2026;1 200,00;700,00
                411PETIT;Pâtisserie Petit;FA-2026-0150;01/10/2026;31/10/2026;80,00;80,00
                411MARTIN;Martin & Fils;FA-2026-0190;02/11/2026;02/12/2026;60,00;60,00
                """);
        LedgerImport.Summary second = importFile(november, NOV);
        assertThat(second.created()).isEqualTo(1);
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.closed()).isEqualTo(2);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(receivables.agingAsOf(NOV).totals("EUR").total()).isEqualByComparingTo("840.00");
        // The preset of this header is offered next time
        assertThat(imports.presetFor(imports.preview(november, ImportFormat.CSV, null).header())).isEmpty();
        imports.savePreset(new MappingPreset("Sage balance", ColumnMapping.headerSignature(
                imports.preview(november, ImportFormat.CSV, null).header()),
                imports.preview(november, ImportFormat.CSV, null).mapping()));
        assertThat(imports.preview(november, ImportFormat.CSV, null).preset().name()).isEqualTo("Sage balance");
    }

    @Test
    void aFecIsRecognisedAndItsOpenItemsImported() throws Exception {
        Path fec = write("732829320FEC20261031.txt", StandardCharsets.UTF_8, String.join("\n",
                "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t"
                        + "PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\t"
                        + "Montantdevise\tIdevise",
                "VT\tVentes\t1\t20261001\t411000\tClients\t411DURAND\tDurand SARL\tFA-1\t20261001\tFacture FA-1\t"
                        + "1200,00\t0,00\t\t\t20261001\t\t",
                "VT\tVentes\t2\t20261005\t411000\tClients\t411DURAND\tDurand SARL\tFA-2\t20261005\tFacture FA-2\t"
                        + "300,00\t0,00\tA\t20261020\t20261005\t\t",
                "BQ\tBanque\t3\t20261020\t411000\tClients\t411DURAND\tDurand SARL\tVIR-9\t20261020\tVIR FA-2\t"
                        + "0,00\t300,00\tA\t20261020\t20261020\t\t",
                "VT\tVentes\t4\t20261010\t706000\tVentes\t\t\tFA-1\t20261001\tFacture FA-1\t0,00\t1000,00\t\t\t"
                        + "20261001\t\t",
                ""));
        assertThat(imports.detect(fec)).isEqualTo(ImportFormat.FEC);
        LedgerImport.Summary summary = importFile(fec, OCT);
        assertThat(summary.created()).isEqualTo(1);
        assertThat(receivables.agingAsOf(OCT).totals("EUR").total()).isEqualByComparingTo("1200.00");
    }

    @Test
    void lastMonthsFecThenThisMonthsMoveTheAgingListAsTheLedgerDid() throws Exception {
        String header = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
                + "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\t"
                + "Montantdevise\tIdevise";
        String fa1 = fec("VT", 1, "20260905", "411DURAND", "Durand SARL", "FA-1", "1000,00", "0,00", "");
        String fa2 = fec("VT", 2, "20260920", "411PETIT", "Petit SAS", "FA-2", "250,00", "0,00", "");
        Path october = write("FEC-octobre.txt", StandardCharsets.UTF_8, String.join("\n", header, fa1, fa2, ""));
        importFile(october, OCT);
        assertThat(receivables.agingAsOf(OCT).totals("EUR").total()).isEqualByComparingTo("1250.00");

        // November: FA-1 was paid and lettered with its payment; FA-3 is new; FA-2 still open.
        String fa1Lettered = fec("VT", 1, "20260905", "411DURAND", "Durand SARL", "FA-1", "1000,00", "0,00", "AA");
        String paid = fec("BQ", 3, "20261110", "411DURAND", "Durand SARL", "VIR-1", "0,00", "1000,00", "AA");
        String fa3 = fec("VT", 4, "20261112", "411MARTIN", "Martin", "FA-3", "90,00", "0,00", "");
        Path november = write("FEC-novembre.txt", StandardCharsets.UTF_8,
                String.join("\n", header, fa1Lettered, fa2, paid, fa3, ""));
        LedgerImport.Summary summary = importFile(november, NOV);

        assertThat(summary.closed()).isEqualTo(1);
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(1);
        AgingReport now = receivables.agingAsOf(NOV);
        assertThat(now.totals("EUR").total()).isEqualByComparingTo("340.00");
        assertThat(now.rows()).extracting(r -> r.debtorName()).containsExactlyInAnyOrder("Petit SAS", "Martin");
        // October, replayed, is still October's ledger
        assertThat(receivables.agingAsOf(OCT).totals("EUR").total()).isEqualByComparingTo("1250.00");
    }

    static String fec(String journal, int number, String date, String aux, String name, String piece, String debit,
                      String credit, String letter) {
        return String.join("\t", journal, journal.equals("VT") ? "Ventes" : "Banque", String.valueOf(number), date,
                "411000", "Clients", aux, name, piece, date, piece, debit, credit, letter,
                letter.isEmpty() ? "" : date, date, "", "");
    }

    @Test
    void anExcelSheetIsReadLikeACsv() throws Exception {
        Path xlsx = dir.resolve("relances.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Encours");
            var header = sheet.createRow(0);
            String[] names = {"Code client", "Client", "N° facture", "Date", "Échéance", "Montant TTC"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("411DURAND");
            row.createCell(1).setCellValue("Durand SARL");
            row.createCell(2).setCellValue("FA-77");
            row.createCell(3).setCellValue("01/10/2026");
            row.createCell(4).setCellValue("31/10/2026");
            row.createCell(5).setCellValue(1234.5);
            try (var out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        LedgerImport.Summary summary = importFile(xlsx, OCT);
        assertThat(summary.created()).isEqualTo(1);
        assertThat(receivables.agingAsOf(NOV).totals("EUR").total()).isEqualByComparingTo("1234.50");
    }

    @Test
    void rejectedLinesAreListedWithLineColumnAndReasonAndExportable() throws Exception {
        Path file = write("errors.csv", StandardCharsets.UTF_8, """
                Code client;N° facture;Date facture;Échéance;Montant TTC
                411A;FA-1;01/10/2026;31/10/2026;100,00
                411A;FA-2;32/10/2026;31/10/2026;100,00
                411A;FA-3;01/10/2026;31/10/2026;douze
                """);
        ImportService.Preview preview = imports.preview(file, ImportFormat.CSV, null);
        ImportService.ReadResult read = imports.read(file, ImportFormat.CSV, preview.mapping(), null, NONE);
        assertThat(read.entries()).hasSize(1);
        assertThat(read.rejected()).extracting(r -> r.lineNumber(), r -> r.column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Date facture"),
                        org.assertj.core.groups.Tuple.tuple(4, "Montant TTC"));
        Path out = dir.resolve("rejets.csv");
        RejectionsCsv.write(out, read.rejected(), new Messages(Locale.FRANCE));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFLigne;Colonne;Motif");
        assertThat(lines.get(1)).startsWith("3;Date facture;date illisible");
        assertThat(lines).hasSize(3);
    }

    @Test
    void aMissingRequiredColumnStopsBeforeAnythingIsRead() throws Exception {
        Path file = write("nocode.csv", StandardCharsets.UTF_8, """
                N° facture;Date facture;Montant TTC
                FA-1;01/10/2026;100,00
                """);
        ImportService.Preview preview = imports.preview(file, ImportFormat.CSV, null);
        assertThat(preview.mapping().missingRequired()).contains(LedgerField.DEBTOR_CODE);
        assertThatThrownBy(() -> imports.read(file, ImportFormat.CSV, preview.mapping(), null, NONE))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("import.error.missingColumns"));
        assertThat(receivables.isEmpty()).isTrue();
    }

    @Test
    void aBankStatementBecomesPaymentsOfTheDebtorsItsLabelsName() throws Exception {
        Path ledger = write("balance-octobre.csv", Charset.forName("windows-1252"), """
                Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC
                411DURAND;Durand SARL;FA-2026-0101;01/08/2026;31/08/2026;1 200,00
                411DURAND;Durand SARL;FA-2026-0140;15/09/2026;15/10/2026;500,00
                411PETIT;Pâtisserie Petit;FA-2026-0150;01/10/2026;31/10/2026;80,00
                411PETIT;Pâtisserie Petit;FA-2026-0155;10/10/2026;09/11/2026;40,00
                411MARTIN;Martin & Fils;FA-2026-0160;02/10/2026;01/11/2026;60,00
                """);
        importFile(ledger, OCT);
        assertThat(receivables.agingAsOf(NOV).totals("EUR").total()).isEqualByComparingTo("1880.00");

        String statement = """
                Date;Libellé;Débit;Crédit
                02/11/2026;VIR SEPA DURAND SARL FA-2026-0140;;500,00
                03/11/2026;PRLV URSSAF;1 234,56;
                04/11/2026;VIR PÂTISSERIE PETIT;;100,00
                05/11/2026;VIR INCONNU REF 8842;;99,00
                06/11/2026;VIR FA-2026-0101 FA-2026-0160;;100,00
                07/11/2026;Virement Martin & Fils, fa-2026-0160.;;60,00
                """;
        Path bank = write("releve-novembre.csv", Charset.forName("windows-1252"), statement);
        ImportService.Preview preview = imports.preview(bank, imports.detect(bank), null);
        assertThat(preview.format()).isEqualTo(ImportFormat.CSV);
        assertThat(preview.mapping().isBankStatement()).isTrue();
        assertThat(preview.mapping().missingRequired()).isEmpty();
        ImportService.ReadResult read = imports.read(bank, ImportFormat.CSV, preview.mapping(), null, NONE);
        assertThat(read.entries()).extracting(e -> e.lineNumber(), e -> e.debtorCode())
                .containsExactly(tuple(2, "411DURAND"), tuple(4, "411PETIT"), tuple(7, "411MARTIN"));
        assertThat(read.rejected()).extracting(r -> r.lineNumber(), r -> r.column(), r -> r.reasonKey())
                .containsExactly(tuple(5, "Libellé", "import.reject.unknownPayer"),
                        tuple(6, "Libellé", "import.reject.ambiguousPayment"));
        assertThat(new Messages(Locale.FRANCE).get(read.rejected().get(0).reasonKey(),
                read.rejected().get(0).reasonArgs().toArray())).contains("VIR INCONNU REF 8842");
        assertThat(read.skipped()).isEqualTo(1);

        LedgerImport.Summary summary = imports.importEntries(read, NOV, NONE);
        assertThat(summary.paymentsAdded()).isEqualTo(3);
        assertThat(summary.closed()).isZero();
        assertThat(summary.unallocated()).isEqualByComparingTo("0.00");
        AgingReport aging = receivables.agingAsOf(NOV);
        // 1880 - 500 (FA-2026-0140 named) - 100 (Petit, oldest first: 0150 then 20 of 0155) - 60 (Martin)
        assertThat(aging.totals("EUR").total()).isEqualByComparingTo("1220.00");
        AgingRow durand = row(aging, "Durand SARL");
        assertThat(receivables.openItemsOf(durand.debtorId(), NOV)).extracting(OpenItem::number)
                .containsExactly("FA-2026-0101");
        AgingRow petit = row(aging, "Pâtisserie Petit");
        assertThat(receivables.openItemsOf(petit.debtorId(), NOV))
                .extracting(OpenItem::number, i -> i.balance().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("FA-2026-0155", "20"));
        assertThat(aging.rows()).extracting(AgingRow::debtorName).doesNotContain("Martin & Fils");

        // The next statement repeats these lines: only the new credit is added, the known ones are recognised
        Path next = write("releve-novembre-bis.csv", Charset.forName("windows-1252"),
                statement + "08/11/2026;VIR DURAND;;200,00\n");
        LedgerImport.Summary again = importFile(next, NOV);
        assertThat(again.paymentsAdded()).isEqualTo(1);
        assertThat(again.paymentsUnchanged()).isEqualTo(3);
        assertThat(again.closed()).isZero();
        assertThat(receivables.agingAsOf(NOV).totals("EUR").total()).isEqualByComparingTo("1020.00");
    }

    static AgingRow row(AgingReport aging, String debtorName) {
        return aging.rows().stream().filter(r -> r.debtorName().equals(debtorName)).findFirst().orElseThrow();
    }

    Path write(String name, Charset charset, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }
}
