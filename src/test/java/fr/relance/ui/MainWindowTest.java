package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.AgingRow;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless (Monocle), on a fresh data file. */
class MainWindowTest {

    static final Clock TODAY = WindowFixture.TODAY;

    @RegisterExtension
    final WindowFixture window = new WindowFixture(TODAY).systemDialogs();

    @Test
    void loadsTheDemoDataFromTheEmptyStateAndReadsTheAgingList(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#agingEmptyState").query().isVisible());
        assertThat(robot.lookup("#loadDemoButton").queryButton().getText())
                .isEqualTo("Charger des données de démonstration");
        assertThat(robot.lookup("#emptyImportButton").queryButton().getText()).isEqualTo("Importer mes factures…");

        robot.clickOn("#loadDemoButton");

        TableView<AgingRow> table = robot.lookup("#agingTable").queryTableView();
        waitUntil(() -> table.getItems().size() > 50 && table.isVisible());
        assertThat(robot.lookup("#agingEmptyState").query().isVisible()).isFalse();

        // Largest balance first, in French money format: "12 345,67 €" (narrow no-break space, no-break space)
        WaitForAsyncUtils.waitForFxEvents();
        String firstTotal = cellText(robot, table, "totalColumn", 0);
        assertThat(firstTotal).matches("\\d{1,3}([\\u202F\\u00A0]\\d{3})*,\\d{2}[\\u00A0 ]€");
        TableView<AgingRow> totals = robot.lookup("#agingTotals").queryTableView();
        assertThat(totals.getItems()).singleElement()
                .satisfies(row -> assertThat(row.total()).isEqualByComparingTo(
                        table.getItems().stream().map(AgingRow::total)
                                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
        assertThat(robot.lookup("#agingSummary").queryLabeled().getText()).contains("débiteurs").contains("€");

        // Columns sort: one click on "Total dû" sorts ascending, a second descending
        robot.clickOn((Node) robot.from(table).lookup("#totalColumn").query());
        waitUntil(() -> table.getItems().get(0).total().compareTo(
                table.getItems().get(table.getItems().size() - 1).total()) <= 0);
        robot.clickOn((Node) robot.from(table).lookup("#totalColumn").query());
        waitUntil(() -> table.getItems().get(0).total().compareTo(
                table.getItems().get(table.getItems().size() - 1).total()) >= 0);

        // The filter bar, the chart and the drill-down are there; Ctrl+F jumps to the search field
        assertThat(robot.lookup("#agingFilterBar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#caseFilter").tryQuery()).isPresent();
        assertThat(robot.lookup("#minDaysFilter").tryQuery()).isPresent();
        assertThat(robot.lookup("#agingChartPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#currencySelector").query().isVisible()).as("one currency: no selector").isFalse();
        robot.clickOn((Node) robot.from(table).lookup(".table-row-cell").query());
        TableView<?> detail = robot.lookup("#agingDetailTable").queryTableView();
        waitUntil(() -> !detail.getItems().isEmpty());
        assertThat(robot.lookup("#nameFilter").query().isFocused()).isFalse();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nameFilter").query().isFocused());

        // The name filter narrows the list
        String name = table.getItems().get(0).debtorName();
        robot.clickOn("#nameFilter").write(name);
        waitUntil(() -> table.getItems().stream().allMatch(r -> r.debtorName().contains(name)));

        // Double-click opens the debtor's case file
        Node firstRow = WindowControls.row(robot, table, 0);
        robot.doubleClickOn(firstRow);
        waitUntil(() -> robot.lookup("#caseFileView").tryQuery().map(Node::isVisible).orElse(false)
                && name.equals(((Label) robot.lookup("#debtorName").query()).getText()));
        TableView<?> items = robot.lookup("#openItemsTable").queryTableView();
        waitUntil(() -> !items.getItems().isEmpty());
        assertThat(robot.lookup("#navCases").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void anUnreadableDateTypedInTheAsOfPickerKeepsTheLastGoodDate(FxRobot robot) throws Exception {
        javafx.scene.control.DatePicker asOf = robot.lookup("#asOfPicker").queryAs(javafx.scene.control.DatePicker.class);
        waitUntil(asOf::isVisible);
        robot.interact(() -> {
            asOf.getEditor().setText("31/02/20xx");
            asOf.getEditor().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "",
                    "", javafx.scene.input.KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asOf.getValue()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        robot.interact(() -> asOf.getEditor().setText("01/11/2026"));
        robot.interact(() -> asOf.setValue(asOf.getConverter().fromString(asOf.getEditor().getText())));
        assertThat(asOf.getValue()).isEqualTo(java.time.LocalDate.of(2026, 11, 1));
        assertThat(asOf.getConverter().toString(java.time.LocalDate.of(2026, 11, 1))).isEqualTo("01/11/2026");
    }

    @Test
    void everyScreenIsReachableAndTheUnfinishedOnesSayWhatWillAppear(FxRobot robot) throws Exception {
        robot.clickOn("#navWorklist");
        assertThat(robot.lookup("#worklistEmptyState").query().isVisible()).isTrue();
        robot.clickOn("#navLetters");
        assertThat(robot.lookup("#lettersEmptyState").query().isVisible()).isTrue();
        robot.clickOn("#navCases");
        assertThat(robot.lookup("#caseEmptyState").query().isVisible()).isTrue();

        robot.clickOn("#navSettings");
        TableView<?> rates = robot.lookup("#ratesTable").queryTableView();
        robot.clickOn("#ratesTab");
        waitUntil(() -> rates.getItems().size() == 7);

        robot.clickOn("#companyTab");
        robot.clickOn("#company-siren").write("123456789");
        robot.type(javafx.scene.input.KeyCode.ENTER); // "Enregistrer" is the default button
        waitUntil(() -> !((Label) robot.lookup("#company-siren-error").query()).getText().isEmpty());
        assertThat(((Label) robot.lookup("#company-siren-error").query()).getText()).contains("SIREN invalide");
        assertThat(((Label) robot.lookup("#company-legalName-error").query()).getText())
                .isEqualTo("Champ obligatoire.");
    }

    @SuppressWarnings("unchecked")
    private static String cellText(FxRobot robot, TableView<AgingRow> table, String columnId, int row) {
        return robot.from(table).lookup(".table-cell").queryAll().stream()
                .map(node -> (TableCell<AgingRow, ?>) node)
                .filter(cell -> cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId())
                        && cell.getIndex() == row)
                .map(TableCell::getText)
                .findFirst().orElse(null);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(condition);
    }
}
