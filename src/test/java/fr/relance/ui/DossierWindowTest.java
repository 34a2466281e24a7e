package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.agency.FakeDossierExport;
import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.domain.AgingRow;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.store.AgencyRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.ui.cases.TimelineEntry;
import fr.relance.ui.common.FxBackgroundTasks;
import fr.relance.ui.shell.MainWindow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case file's Dossier tab in the real window, headless: the checklist and its gauge, the handover refused while
 * required items are missing and no reason is given, then handed over with the override's reason.
 */
@ExtendWith(ApplicationExtension.class)
class DossierWindowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    AppContext context;
    FxBackgroundTasks tasks;
    final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        context = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            AppContext opened = AppContext.open(new DataFolder(data, DataFolder.Source.COMMAND_LINE),
                    MainWindowTest.TODAY);
            new LedgerWriter(opened.database()).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
            // The dossier's claim split computes penalties: the controller has entered the 2026 H2 rates.
            new fr.relance.store.RatesRepository(opened.database()).save(new fr.relance.domain.HalfYearRates(
                    new fr.relance.domain.HalfYear(2026, 2), new BigDecimal("2.15"), new BigDecimal("6.67"),
                    new BigDecimal("2.62")));
            new AgencyRepository(opened.database()).save(new CollectionAgency(null, "Recouvra Lyon", null, null, null,
                    null, null, null, null, null, new BigDecimal("12"), null, null, null, null, null, null, false),
                    TODAY);
            return opened;
        }).join();
        tasks = new FxBackgroundTasks();
        new MainWindow(stage, context.windowServices(Locale.FRANCE, tasks), window -> dialogs);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        context.close();
    }

    static LedgerWriter.Ledger ledger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(1, "411DURAND", "Durand SARL", DebtorKind.B2B, "732829320", null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                new Invoice(1, 1, InvoiceKind.INVOICE, "FA-1", TODAY.minusDays(90), TODAY.minusDays(60),
                        Money.of("2000.00"), Money.of("2400.00"), "EUR", false, null));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, List.of(), List.of());
    }

    @Test
    void anIncompleteDossierIsHandedOverOnlyWithTheOverridesReason(FxRobot robot) throws Exception {
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        FxWait.until(() -> aging.getItems().size() == 1 && aging.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(row(robot, aging, 0)).type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#caseFileView").query().isVisible()
                && "Durand SARL".equals(((Label) robot.lookup("#debtorName").query()).getText()));

        robot.clickOn("#caseTabDossier");
        // One node per id in the window: the export bar's status once shadowed the tab's, and the test read it.
        for (String id : List.of("#dossierStatus", "#dossierError", "#dossierExportStatus")) {
            assertThat(robot.lookup(id).queryAll()).as(id).hasSize(1);
        }
        TableView<ChecklistItem> checklist = robot.lookup("#dossierChecklist").queryTableView();
        FxWait.until(() -> checklist.isVisible() && checklist.getItems().size() == 9);
        // Statement (from the ledger), identity (SIREN) and no dispute are found; the rest is missing.
        assertThat(robot.lookup("#dossierGaugeText").queryLabeled().getText())
                .isEqualTo("Obligatoires : 3/6 · Toutes : 3/9");
        assertThat(robot.from(checklist).lookup(".table-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.Labeled) cell).getText()))
                .contains("Copie de chaque facture réclamée *", "Produit depuis la comptabilité par l’export du dossier (1 facture).");
        assertThat(checklist.getItems().stream().filter(ChecklistItem::present)).hasSize(3);

        clickIn(robot, "#handoverStartButton");
        FxWait.until(() -> robot.lookup("#handoverForm").tryQuery().isPresent());
        ComboBox<?> agency = robot.lookup("#handoverAgency").queryAs(ComboBox.class);
        assertThat(agency.getValue()).isNotNull();
        assertThat(robot.lookup("#handoverEstimate").queryLabeled().getText().replace('\u202F', ' ')
                .replace('\u00A0', ' ')).startsWith("Honoraires attendus 288,00 € (12,00 % du solde)");
        assertThat(robot.lookup("#handoverMissing").queryLabeled().getText())
                .startsWith("Pièces obligatoires manquantes : Copie de chaque facture réclamée");

        // Without the override's reason: refused before any file is asked for.
        clickIn(robot, "#handoverConfirmButton");
        FxWait.until(() -> robot.lookup("#dossierError").queryLabeled().getText()
                .contains("Des pièces obligatoires manquent"));
        assertThat(dialogs.fileChoosers).isEmpty();

        Path file = dir.resolve("dossier-durand.zip");
        // The desktop's file chooser may not add the extension: the handover adds it.
        dialogs.saveFileAnswer = dir.resolve("dossier-durand");
        clickIn(robot, "#handoverOverrideReason").write("Factures transmises par mail à l’agence");
        clickIn(robot, "#handoverConfirmButton");
        FxWait.until(() -> !robot.lookup("#dossierStatus").queryLabeled().getText().isEmpty()
                || !robot.lookup("#dossierError").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#dossierError").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#dossierStatus").queryLabeled().getText())
                .startsWith("Dossier transmis : les relances sont suspendues");
        assertThat(robot.lookup("#dossierStatus").query().isVisible()).isTrue();
        assertThat(Files.size(file)).isPositive();
        assertThat(dialogs.fileChoosers).singleElement().asString().contains("Dossier Durand SARL 2026-11-23.zip");
        assertThat(robot.lookup("#handoverSummary").queryLabeled().getText())
                .contains("SHA-256 " + FakeDossierExport.sha256Of(file))
                .contains("Transmis incomplet, motif : Factures transmises par mail à l’agence");
        assertThat(robot.lookup("#reportRecordButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#recallButton").tryQuery()).isPresent();

        robot.clickOn("#caseTabTimeline");
        TableView<TimelineEntry> timeline = robot.lookup("#timelineTable").queryTableView();
        FxWait.until(() -> timeline.getItems().stream()
                .anyMatch(entry -> CaseEvent.AGENCY_HANDOVER.equals(entry.event().kind())));
        assertThat(dialogs.errors).isEmpty();
    }

    private static Node row(FxRobot robot, TableView<?> table, int index) {
        return robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(r -> r.getIndex() == index && r.getItem() != null)
                .findFirst().orElseThrow();
    }

    private static org.testfx.api.FxRobotInterface clickIn(FxRobot robot, String query) {
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#dossierScroll").query();
            Node content = scroll.getContent();
            Node node = robot.lookup(query).query();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (bounds.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(query);
    }
}
