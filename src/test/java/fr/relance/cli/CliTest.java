package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicBoolean desktopOpened = new AtomicBoolean();

    int run(Map<String, String> env, String... args) {
        CommandLine commandLine = RelanceCommand.commandLine(() -> desktopOpened.set(true), env);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheCommandsWithoutOpeningTheDesktop() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("--data-dir").contains("demo").contains("aging");
        assertThat(desktopOpened).isFalse();
    }

    @Test
    void noCommandOpensTheDesktop() {
        assertThat(run(Map.of(), "--data-dir", dir.toString())).isZero();
        assertThat(desktopOpened).isTrue();
    }

    @Test
    void demoFillsAnEmptyFileOnceThenAgingPrintsIt() {
        assertThat(run(Map.of(), "--data-dir", dir.toString(), "demo", "--size", "400")).isZero();
        assertThat(out.toString()).contains("400").contains("relance.mv.db");

        // RELANCE_HOME points at the same folder
        assertThat(run(Map.of("RELANCE_HOME", dir.toString()), "aging", "--as-of", "2026-11-23", "--top", "3"))
                .isZero();
        assertThat(out.toString()).contains("23/11/2026").contains("Total");

        assertThat(run(Map.of(), "--data-dir", dir.toString(), "demo")).isEqualTo(1);
        assertThat(err.toString()).contains("relance.mv.db").contains("--data-dir");
    }

    @Test
    void importTakesTheValidLinesOnlyWhenToldAndExitsNonZeroOnRejection() throws Exception {
        Path data = java.nio.file.Files.createDirectory(dir.resolve("data"));
        Path csv = dir.resolve("encours.csv");
        java.nio.file.Files.writeString(csv, String.join("\n",
                "Code client;Client;N° facture;Date facture;Échéance;Montant TTC",
                "411A;Alpha SARL;FA-1;01/10/2026;31/10/2026;100,00",
                "411A;Alpha SARL;FA-2;01/10/2026;31/10/2026;abc", ""));
        Path rejections = dir.resolve("rejets.csv");

        assertThat(run(Map.of(), "--data-dir", data.toString(), "import", csv.toString(), "--rejections",
                rejections.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("Montant TTC").contains("--accept-valid");
        assertThat(rejections).exists();
        assertThat(run(Map.of(), "--data-dir", data.toString(), "aging")).isZero();
        assertThat(out.toString()).doesNotContain("Alpha SARL");

        assertThat(run(Map.of(), "--data-dir", data.toString(), "import", csv.toString(), "--accept-valid"))
                .isEqualTo(3);
        assertThat(run(Map.of(), "--data-dir", data.toString(), "aging", "--as-of", "2026-11-23")).isZero();
        assertThat(out.toString()).contains("Alpha SARL");

        assertThat(run(Map.of(), "--data-dir", data.toString(), "import", dir.resolve("absent.csv").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("absent.csv");
        assertThat(run(Map.of(), "--data-dir", data.toString(), "import", csv.toString(), "--format", "pdf"))
                .isEqualTo(1);
        Path empty = java.nio.file.Files.createFile(dir.resolve("vide.csv"));
        assertThat(run(Map.of(), "--data-dir", data.toString(), "import", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void agingWritesAnXlsxOrCsvFileAndRefusesAnotherExtension() throws Exception {
        assertThat(run(Map.of(), "--data-dir", dir.toString(), "demo", "--size", "400")).isZero();
        Path xlsx = dir.resolve("balance.xlsx");
        Path csv = dir.resolve("balance.csv");

        assertThat(run(Map.of(), "--data-dir", dir.toString(), "aging", "--as-of", "2026-11-23", "--out",
                xlsx.toString())).isZero();
        assertThat(run(Map.of(), "--data-dir", dir.toString(), "aging", "--out", csv.toString())).isZero();

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("EUR");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThan(10);
        }
        assertThat(java.nio.file.Files.readString(csv)).startsWith("\uFEFF").contains(";");
        assertThat(out.toString()).contains("balance.xlsx");

        assertThat(run(Map.of(), "--data-dir", dir.toString(), "aging", "--out", dir.resolve("b.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("b.pdf").contains(".xlsx").doesNotContain("Exception");
        assertThat(dir.resolve("b.pdf")).doesNotExist();
    }

    @Test
    void badInputsGetASentenceAndExitCodeOne() {
        assertThat(run(Map.of(), "--data-dir", dir.resolve("missing").toString(), "aging")).isEqualTo(1);
        assertThat(err.toString()).contains(dir.resolve("missing").toString()).contains("--data-dir");
        assertThat(err.toString()).doesNotContain("Exception");

        assertThat(run(Map.of(), "--data-dir", dir.toString(), "demo", "--size", "0")).isEqualTo(1);
        assertThat(run(Map.of(), "--data-dir", dir.toString(), "demo", "--size", "abc")).isEqualTo(2);
    }

    @Test
    void worklistPrintsTheDayActionsGroupedByAction() {
        assertThat(run(Map.of(), "--data-dir", dir.toString(), "demo", "--size", "400")).isZero();
        out.getBuffer().setLength(0);

        assertThat(run(Map.of(), "--data-dir", dir.toString(), "worklist", "--as-of", "2026-11-23")).isZero();

        String printed = out.toString();
        assertThat(printed).contains("23/11/2026").contains("Débiteur").contains("Dernier contact");
        assertThat(printed).containsAnyOf("Rappels par e-mail", "Lettres de relance", "Appels",
                "Mises en demeure (LRAR)");
        assertThat(printed).containsPattern("\\d+,\\d{2}\u00A0€");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void worklistPrintsEveryKindOfLineWithWhatToDoAndByWhen() {
        assertThat(run(Map.of(), "--data-dir", dir.toString(), "demo", "--size", "400")).isZero();
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 11, 23);
        try (fr.relance.store.Database database = fr.relance.store.Database.open(dir)) {
            fr.relance.dunning.WorklistService service = new fr.relance.dunning.WorklistService(database, "claire");
            java.util.List<Long> debtors = service.worklist(asOf).stream()
                    .filter(i -> i.kind() == fr.relance.domain.dunning.WorklistKind.DUNNING_STEP)
                    .map(fr.relance.domain.dunning.WorklistItem::debtorId).distinct().limit(3).toList();
            service.markInsolvency(debtors.get(0), asOf.minusDays(20), asOf.minusDays(12), asOf);
            service.logCall(debtors.get(1), asOf.minusDays(5), fr.relance.domain.dunning.CallOutcome.CALL_BACK,
                    "Rappeler lundi", asOf, null, null);
            // The whole balance promised and not paid: broken by the as-of date.
            java.math.BigDecimal balance = new fr.relance.store.ReceivablesRepository(database)
                    .openItemsOf(debtors.get(2), asOf.minusDays(10)).stream()
                    .map(fr.relance.domain.OpenItem::balance).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            service.recordPromise(debtors.get(2), asOf.minusDays(10), asOf.minusDays(3), balance);
            // An old invoice time-barred on 01/01/2027 (5 years from its due date, 2 for a consumer), flagged
            // since 01/07/2026
            boolean consumer = "CONSUMER".equals(database.dsl().fetchValue("SELECT kind FROM debtor WHERE id = ?",
                    debtors.get(1)));
            java.time.LocalDate due = consumer ? java.time.LocalDate.of(2025, 1, 1) : java.time.LocalDate.of(2022, 1, 1);
            database.dsl().execute("INSERT INTO invoice (debtor_id, kind, number, issue_date, due_date, "
                    + "amount_excl_vat, amount_incl_vat) VALUES (?, 'INVOICE', 'FA-OLD-999', ?, ?, 100.00, 120.00)",
                    debtors.get(1), due.minusDays(30), due);
        }
        out.getBuffer().setLength(0);

        assertThat(run(Map.of(), "--data-dir", dir.toString(), "worklist", "--as-of", "2026-11-23")).isZero();

        String printed = out.toString();
        assertThat(printed).contains("Déclarations de créance (1)").contains("Déclaration de créance, au plus tard le "
                + "11/01/2027");
        assertThat(printed).contains("Rappels convenus (1)").contains("Rappel convenu, le 23/11/2026");
        assertThat(printed).contains("Promesses non tenues (1)").contains("promesse non tenue");
        assertThat(printed).contains("Prescriptions proches (1)").contains("Prescription le 01/01/2027");
        assertThat(printed).contains("À faire");
        assertThat(err.toString()).isEmpty();
    }
}
