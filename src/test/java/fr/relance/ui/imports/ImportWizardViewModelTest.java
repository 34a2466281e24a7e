package fr.relance.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.imports.LedgerField;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.store.LedgerImport;
import fr.relance.store.PayerDirectory;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.imports.ImportWizardViewModel.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard without a window, against a real data file, work run on the test's thread. */
class ImportWizardViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String HEADER = "Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC\n";

    @TempDir
    Path dir;
    Database database;
    ImportService imports;
    ReceivablesRepository receivables;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Messages messages = new Messages(Locale.FRANCE);
    final CancellableTasks tasks = new CancellableTasks();

    @BeforeEach
    void open() throws Exception {
        database = Database.open(Files.createDirectories(dir.resolve("data")));
        imports = new ImportService(new LedgerImport(database), new AppSettingsRepository(database),
                new PayerDirectory(database));
        receivables = new ReceivablesRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    ImportWizardViewModel wizard() {
        return new ImportWizardViewModel(imports, tasks, dialogs, messages, new Formats(Locale.FRANCE), TODAY);
    }

    /** Chooses the file, accepts the detected format and mapping, and reads every line. */
    ImportWizardViewModel previewed(Path file) {
        ImportWizardViewModel wizard = wizard();
        dialogs.nextOpenFile = file;
        wizard.chooseFile();
        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.FORMAT);
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MAPPING);
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PREVIEW);
        return wizard;
    }

    @Test
    void aBadLineIsListedAndOnlyTheValidLinesAreImportedOnceSeen() throws Exception {
        Path file = csv("octobre.csv", HEADER
                + "411A;Alpha SARL;FA-1;01/10/2026;31/10/2026;100,00\n"
                + "411A;Alpha SARL;FA-2;32/10/2026;31/10/2026;50,00\n"
                + "411B;Beta SA;FA-3;02/10/2026;01/11/2026;200,00\n");
        ImportWizardViewModel wizard = previewed(file);

        assertThat(wizard.countsProperty().get()).isEqualTo("2 factures et avoirs, 0 paiements, 1 lignes rejetées");
        assertThat(wizard.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.column()).isEqualTo("Date facture");
            assertThat(row.reason()).startsWith("date illisible « 32/10/2026 »");
            assertThat(row.value()).isEqualTo("32/10/2026");
        });
        assertThat(wizard.importLabelProperty().get()).isEqualTo("Importer les 2 lignes valides");
        assertThat(wizard.canImport().get()).isFalse();
        wizard.importValid();
        assertThat(receivables.isEmpty()).isTrue();

        Path out = dir.resolve("rejets.csv");
        dialogs.nextRejectionsFile = out;
        wizard.exportRejected();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(2).element(1).asString()
                .startsWith("3;Date facture;date illisible");
        assertThat(wizard.noticeProperty().get()).contains(out.toString());

        wizard.seenRejectedProperty().set(true);
        assertThat(wizard.canImport().get()).isTrue();
        wizard.importValid();

        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(wizard.summaryProperty().get()).startsWith("2 nouvelles").contains("1 lignes rejetées");
        assertThat(wizard.importedProperty().get()).isNotNull();
        assertThat(receivables.agingAsOf(TODAY).totals("EUR").total()).isEqualByComparingTo("300.00");

        // The same file again: nothing changes, and the user is told so
        ImportWizardViewModel again = previewed(file);
        again.seenRejectedProperty().set(true);
        again.importValid();
        assertThat(again.summaryProperty().get()).startsWith("Ce fichier a déjà été importé le ")
                .endsWith(" : rien n’a changé.");
        assertThat(again.importedProperty().get()).isNull();
        assertThat(receivables.agingAsOf(TODAY).totals("EUR").total()).isEqualByComparingTo("300.00");
    }

    @Test
    void aCleanFileImportsWithoutTheTickAndTheLabelSaysImport() throws Exception {
        ImportWizardViewModel wizard = previewed(csv("ok.csv", HEADER
                + "411A;Alpha SARL;FA-1;01/10/2026;31/10/2026;100,00\n"));
        assertThat(wizard.rejected()).isEmpty();
        assertThat(wizard.importLabelProperty().get()).isEqualTo("Importer");
        assertThat(wizard.canImport().get()).isTrue();
    }

    @Test
    void cancellingTheImportWritesNothing() throws Exception {
        ImportWizardViewModel wizard = previewed(csv("ok.csv", HEADER
                + "411A;Alpha SARL;FA-1;01/10/2026;31/10/2026;100,00\n"
                + "411B;Beta SA;FA-3;02/10/2026;01/11/2026;200,00\n"));
        wizard.presetNameProperty().set("Mon export");
        tasks.cancelLongTasks = true;
        wizard.importValid();

        assertThat(wizard.errorProperty().get()).isEqualTo("Opération annulée : rien n’a été modifié.");
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(wizard.busyProperty().get()).isFalse();
        assertThat(wizard.importedProperty().get()).isNull();
        assertThat(receivables.isEmpty()).isTrue();
        assertThat(imports.presets()).isEmpty();
    }

    @Test
    void aMissingRequiredColumnKeepsNextDisabledAndNamesIt() throws Exception {
        ImportWizardViewModel wizard = wizard();
        dialogs.nextOpenFile = csv("nocode.csv",
                "Raison sociale;N° facture;Date facture;Montant TTC\nAlpha;FA-1;01/10/2026;100,00\n");
        wizard.chooseFile();
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MAPPING);
        ColumnMappingModel mapping = wizard.mapping();
        assertThat(mapping.missingProperty().get()).contains(LedgerField.DEBTOR_CODE);
        assertThat(mapping.missingMessageProperty().get()).startsWith("Associez une colonne à : Code client");
        assertThat(wizard.canGoNext().get()).isFalse();
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MAPPING);

        // The user takes the name as the code too, and every required field has its column
        mapping.columnProperty(LedgerField.DEBTOR_CODE).set(mapping.columnOf("Raison sociale"));
        assertThat(mapping.missingMessageProperty().get()).isEmpty();
        assertThat(mapping.example(LedgerField.DEBTOR_CODE)).isEqualTo("Alpha");
        assertThat(wizard.canGoNext().get()).isTrue();
        mapping.columnProperty(LedgerField.AMOUNT_INCL_VAT).set(mapping.columnOf(ColumnMappingModel.NO_COLUMN));
        assertThat(mapping.missingMessageProperty().get()).isEqualTo("Associez une colonne à : Montant TTC.");
    }

    @Test
    void aSavedMappingIsAppliedToTheNextFileWithTheSameHeader() throws Exception {
        String header = "Compte;Nom;Pièce;Le;Total\n";
        ImportWizardViewModel first = wizard();
        dialogs.nextOpenFile = csv("sept.csv", header + "411A;Alpha;FA-1;01/09/2026;100,00\n");
        first.chooseFile();
        assertThat(first.presetMessageProperty().get()).isEmpty();
        first.next();
        ColumnMappingModel mapping = first.mapping();
        mapping.columnProperty(LedgerField.DEBTOR_CODE).set(0);
        mapping.columnProperty(LedgerField.NUMBER).set(2);
        mapping.columnProperty(LedgerField.ISSUE_DATE).set(3);
        mapping.columnProperty(LedgerField.AMOUNT_INCL_VAT).set(4);
        first.presetNameProperty().set("Export maison");
        first.next();
        assertThat(imports.presets()).as("nothing is saved before the import").isEmpty();
        first.importValid();
        assertThat(first.stepProperty().get()).isEqualTo(Step.DONE);

        ImportWizardViewModel second = wizard();
        dialogs.nextOpenFile = csv("oct.csv", header + "411B;Beta;FA-9;01/10/2026;80,00\n");
        second.chooseFile();
        assertThat(second.presetMessageProperty().get()).isEqualTo("Correspondance « Export maison » appliquée");
        assertThat(second.mapping().columnProperty(LedgerField.ISSUE_DATE).get()).isEqualTo(3);
        assertThat(second.mapping().choiceOf(second.mapping().columnProperty(LedgerField.NUMBER).get()))
                .isEqualTo("Pièce");
        assertThat(second.canGoNext().get()).isTrue();
    }

    @Test
    void anExcelSheetIsChosenAndPreviewedAgain() throws Exception {
        Path xlsx = dir.resolve("relances.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Export du 31/10");
            var sheet = workbook.createSheet("Encours");
            String[] names = {"Code client", "Client", "N° facture", "Date", "Échéance", "Montant TTC"};
            var header = sheet.createRow(0);
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            String[] cells = {"411DURAND", "Durand SARL", "FA-77", "01/10/2026", "31/10/2026"};
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
            row.createCell(5).setCellValue(1234.5);
            try (var out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        ImportWizardViewModel wizard = wizard();
        dialogs.nextOpenFile = xlsx;
        wizard.chooseFile();
        assertThat(wizard.formatProperty().get()).isEqualTo(ImportFormat.XLSX);
        assertThat(wizard.sheets()).containsExactly("Notes", "Encours");
        assertThat(wizard.sheetProperty().get()).isEqualTo("Notes");
        assertThat(wizard.mapping().header()).containsExactly("Export du 31/10");

        wizard.sheetProperty().set("Encours");
        assertThat(wizard.mapping().header()).hasSize(6);
        assertThat(wizard.sheetProperty().get()).isEqualTo("Encours");
        wizard.next();
        wizard.next();
        assertThat(wizard.countsProperty().get()).startsWith("1 factures et avoirs");
        wizard.importValid();
        assertThat(receivables.agingAsOf(TODAY).totals("EUR").total()).isEqualByComparingTo("1234.50");
    }

    @Test
    void aWrongFormatChoiceIsAnErrorSentenceNotAStackTrace() throws Exception {
        ImportWizardViewModel wizard = wizard();
        dialogs.nextOpenFile = csv("ok.csv", HEADER + "411A;Alpha SARL;FA-1;01/10/2026;31/10/2026;100,00\n");
        wizard.chooseFile();
        wizard.formatProperty().set(ImportFormat.XLSX);
        assertThat(wizard.errorProperty().get()).startsWith("Ce fichier n’est pas un classeur Excel");
        assertThat(wizard.canGoNext().get()).isFalse();
        wizard.formatProperty().set(ImportFormat.CSV);
        assertThat(wizard.errorProperty().get()).isEmpty();
        assertThat(wizard.canGoNext().get()).isTrue();

        dialogs.nextOpenFile = dir.resolve("missing.csv");
        wizard.back();
        wizard.chooseFile();
        assertThat(wizard.errorProperty().get()).startsWith("Le fichier ").contains("n’existe pas");
        assertThat(dialogs.errors).isEmpty();
    }

    Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Same-thread tasks whose long work can be told it was cancelled, as if the user clicked at once. */
    static final class CancellableTasks implements BackgroundTasks {
        private final BackgroundTasks delegate = BackgroundTasks.sameThread();
        boolean cancelLongTasks;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            delegate.run(work, onSuccess, onError);
        }

        @Override
        public <T> Handle runLong(LongWork<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                                  Consumer<Throwable> onError) {
            return delegate.runLong(progress -> work.run(new Progress() {
                @Override
                public void advanced(long done, long total) {
                    progress.advanced(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelLongTasks;
                }
            }), onProgress, onSuccess, onError);
        }
    }
}
