package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.AgingRow;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.CaseMeasures;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.store.LedgerWriter;
import fr.relance.ui.cases.CaseMeasuresViewModel;
import fr.relance.ui.cases.TimelineEntry;
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

/** The case file's Suivi tab in the real window, headless: a hold, a dispute and a promise, seen in the timeline. */
class CaseMeasuresWindowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final WindowFixture window = new WindowFixture().seed(context -> new LedgerWriter(context.database())
            .writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false));
    final RecordingDialogs dialogs = window.dialogs;

    /** One debtor, two late invoices. */
    static LedgerWriter.Ledger ledger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(1, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                new Invoice(1, 1, InvoiceKind.INVOICE, "FA-1", TODAY.minusDays(70), TODAY.minusDays(40),
                        Money.of("1000.00"), Money.of("1200.00"), "EUR", false, null),
                new Invoice(2, 1, InvoiceKind.INVOICE, "FA-2", TODAY.minusDays(50), TODAY.minusDays(20),
                        Money.of("250.00"), Money.of("300.00"), "EUR", false, null));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, List.of(), List.of());
    }

    @Test
    void aHoldADisputeAndAPromiseRecordedFromTheTabShowInTheTimeline(FxRobot robot) throws Exception {
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        waitUntil(() -> aging.getItems().size() == 1 && aging.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        // Selected then opened with Enter: a double click can come apart on a loaded machine.
        robot.clickOn(WindowControls.row(robot, aging, 0)).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#caseFileView").query().isVisible()
                && "Durand SARL".equals(((Label) robot.lookup("#debtorName").query()).getText()));

        robot.clickOn("#caseTabMeasures");
        waitUntil(() -> robot.lookup("#caseMeasuresPane").query().isVisible()
                && robot.lookup("#caseStage").queryLabeled().getText().startsWith("Aucun dossier ouvert"));

        // A hold ending before it starts is refused under its end date; nothing is written.
        clickIn(robot, "#holdReason").write("Rachat en cours");
        clickIn(robot, "#holdUntil").write("20/11/2026").type(KeyCode.ENTER);
        clickIn(robot, "#holdDebtorButton");
        waitUntil(() -> robot.lookup("#error-HOLD-until").queryLabeled().getText()
                .startsWith("La fin de la suspension est avant son début"));
        TableView<CaseMeasuresViewModel.HoldLine> holds = robot.lookup("#holdsTable").queryTableView();
        assertThat(holds.getItems()).isEmpty();

        clickIn(robot, "#holdUntil").push(KeyCode.CONTROL, KeyCode.A).write("31/12/2026").type(KeyCode.ENTER);
        clickIn(robot, "#holdDebtorButton");
        waitUntil(() -> holds.getItems().size() == 1);
        assertThat(robot.lookup("#error-HOLD-until").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup("#measuresStatus").queryLabeled().getText())
                .isEqualTo("Relances du débiteur suspendues.");

        // A dispute on the invoice selected in the open items, marked in its follow-up column.
        TableView<?> openItems = robot.lookup("#openItemsTable").queryTableView();
        robot.clickOn(WindowControls.row(robot, openItems, 0));
        waitUntil(() -> robot.lookup("#disputeInvoiceLabel").queryLabeled().getText()
                .startsWith("Facture sélectionnée : FA-1"));
        clickIn(robot, "#disputeCategory");
        robot.clickOn("Prix");
        ComboBox<?> category = robot.lookup("#disputeCategory").queryAs(ComboBox.class);
        waitUntil(() -> category.getValue() == DisputeCategory.PRICE);
        clickIn(robot, "#disputeNote").write("Remise de 5 % oubliée");
        clickIn(robot, "#openDisputeButton");
        TableView<CaseMeasures.DisputeEntry> disputes = robot.lookup("#disputesTable").queryTableView();
        waitUntil(() -> disputes.getItems().size() == 1);
        assertThat(robot.lookup("#error-DISPUTE-form").queryLabeled().getText()).isEmpty();
        assertThat(disputes.getItems().get(0).category()).isEqualTo(DisputeCategory.PRICE);
        assertThat(disputes.getItems().get(0).invoiceNumber()).isEqualTo("FA-1");

        // A promise, clicked twice: recorded once.
        clickIn(robot, "#measurePromiseDue").write("15/12/2026").type(KeyCode.ENTER);
        clickIn(robot, "#measurePromiseAmount").write("500,00");
        reveal(robot, "#recordPromiseButton");
        robot.doubleClickOn("#recordPromiseButton");
        TableView<CaseMeasures.PromiseEntry> promises = robot.lookup("#promisesTable").queryTableView();
        waitUntil(() -> promises.getItems().size() == 1);
        assertThat(promises.getItems().get(0).promise().amount()).isEqualByComparingTo("500.00");
        assertThat(promises.getItems().get(0).promise().dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));

        robot.clickOn("#caseTabTimeline");
        TableView<TimelineEntry> timeline = robot.lookup("#timelineTable").queryTableView();
        // The ledger's own history (invoices issued, due dates, payments) is shown too: only the recorded events here.
        waitUntil(() -> timeline.getItems().stream().filter(e -> !e.event().isFromLedger()).count() == 3);
        assertThat(timeline.getItems().stream().filter(e -> !e.event().isFromLedger()).toList())
                .extracting(e -> e.event().kind())
                .containsExactly(CaseEvent.PROMISE_MADE, CaseEvent.DISPUTE_OPENED, CaseEvent.HOLD_SET);
        assertThat(robot.from(timeline).lookup(".table-cell").queryAll().stream()
                .map(cell -> ((javafx.scene.control.Labeled) cell).getText()))
                .contains("23/11/2026 → 31/12/2026: Rachat en cours", "Prix: Remise de 5 % oubliée");
        assertThat(dialogs.errors).isEmpty();
    }

    /** Scrolls the tab so the control is in view, then clicks it. */
    private static org.testfx.api.FxRobotInterface clickIn(FxRobot robot, String query) {
        return WindowControls.clickIn(robot, "#caseMeasuresScroll", query);
    }

    private static void reveal(FxRobot robot, String query) {
        WindowControls.reveal(robot, "#caseMeasuresScroll", query);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(condition);
    }
}
