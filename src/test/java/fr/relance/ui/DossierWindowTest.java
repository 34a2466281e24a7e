package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.agency.FakeDossierExport;
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
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case file's Dossier tab in the real window, headless: the checklist and its gauge, the handover refused while
 * required items are missing and no reason is given, then handed over with the override's reason.
 */
class DossierWindowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final WindowFixture window = new WindowFixture().seed(context -> {
        new LedgerWriter(context.database()).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
        // The dossier's claim split computes penalties: the controller has entered the 2026 H2 rates.
        new fr.relance.store.RatesRepository(context.database()).save(new fr.relance.domain.HalfYearRates(
                new fr.relance.domain.HalfYear(2026, 2), new BigDecimal("2.15"), new BigDecimal("6.67"),
                new BigDecimal("2.62")));
        new AgencyRepository(context.database()).save(new CollectionAgency(null, "Recouvra Lyon", null, null, null,
                null, null, null, null, null, new BigDecimal("12"), null, null, null, null, null, null, false),
                TODAY);
    });
    final RecordingDialogs dialogs = window.dialogs;

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
        robot.clickOn(WindowControls.row(robot, aging, 0)).type(KeyCode.ENTER);
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

        WindowControls.clickIn(robot, "#dossierScroll", "#handoverStartButton");
        FxWait.until(() -> robot.lookup("#handoverForm").tryQuery().isPresent());
        ComboBox<?> agency = robot.lookup("#handoverAgency").queryAs(ComboBox.class);
        assertThat(agency.getValue()).isNotNull();
        assertThat(robot.lookup("#handoverEstimate").queryLabeled().getText().replace('\u202F', ' ')
                .replace('\u00A0', ' ')).startsWith("Honoraires attendus 288,00 € (12,00 % du solde)");
        assertThat(robot.lookup("#handoverMissing").queryLabeled().getText())
                .startsWith("Pièces obligatoires manquantes : Copie de chaque facture réclamée");

        // Without the override's reason: refused before any file is asked for.
        WindowControls.clickIn(robot, "#dossierScroll", "#handoverConfirmButton");
        FxWait.until(() -> robot.lookup("#dossierError").queryLabeled().getText()
                .contains("Des pièces obligatoires manquent"));
        assertThat(dialogs.fileChoosers).isEmpty();

        Path file = window.userFiles().resolve("dossier-durand.zip");
        // The desktop's file chooser may not add the extension: the handover adds it.
        dialogs.saveFileAnswer = window.userFiles().resolve("dossier-durand");
        WindowControls.clickIn(robot, "#dossierScroll", "#handoverOverrideReason").write("Factures transmises par mail à l’agence");
        WindowControls.clickIn(robot, "#dossierScroll", "#handoverConfirmButton");
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
}
