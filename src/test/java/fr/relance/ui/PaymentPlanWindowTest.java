package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.demo.DemoSize;
import fr.relance.domain.AgingRow;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.dunning.InstalmentLine;
import fr.relance.domain.dunning.InstalmentStatus;
import fr.relance.ui.cases.TimelineEntry;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A payment plan created from the case file, in the real window, headless, on the demonstration ledger. */
class PaymentPlanWindowTest {

    static final Clock TODAY = MainWindowTest.TODAY;

    /** The demo ledger is loaded before the window starts, so a busy machine does not run out the setup time. */
    @RegisterExtension
    final WindowFixture window = new WindowFixture(TODAY).seed(context -> context.demo()
            .load(new DemoSize(40, 600), LocalDate.now(TODAY), (done, total) -> { }, () -> false));
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void aPlanIsPreparedEditedAndSavedFromTheCaseFile(FxRobot robot) throws Exception {
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        FxWait.until(() -> aging.getItems().size() > 10 && aging.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        // A debtor with something overdue and no dispute (all of it can be spread), opened with Enter: on a busy
        // machine the two clicks of a double click can arrive too far apart.
        AgingRow debtor = aging.getItems().stream().filter(a -> a.overdue().signum() > 0 && !a.disputed())
                .findFirst().orElseThrow();
        robot.interact(() -> {
            aging.getSelectionModel().select(debtor);
            aging.scrollTo(debtor);
            aging.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> debtor.debtorName().equals(text(robot, "#debtorName")));

        robot.clickOn("#caseTabPlan");
        TableView<?> preview = robot.lookup("#planPreviewTable").queryTableView();
        FxWait.until(() -> preview.isVisible() && preview.getItems().size() == 3);
        assertThat(text(robot, "#planDifference")).isEqualTo("Écart : 0,00\u00A0€");
        assertThat(button(robot, "#planSaveButton").isDisabled()).isFalse();

        // The second amount typed in place: the total no longer matches and saving says why it waits.
        TableCell<?, ?> amount = cell(robot, preview, "planAmountColumn", 1);
        robot.doubleClickOn(amount);
        if (!waitForEditing(preview)) {
            // The two clicks arrived too far apart on a busy machine: start the edit as the double click would.
            robot.interact(() -> startEdit(preview, 1, "planAmountColumn"));
        }
        FxWait.until(() -> preview.getEditingCell() != null);
        robot.write("1,00");
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> !text(robot, "#planDifference").equals("Écart : 0,00\u00A0€"));
        assertThat(button(robot, "#planSaveButton").isDisabled()).isTrue();
        assertThat(text(robot, "#planBlockedReason")).startsWith("Le total des échéances ne correspond pas");

        robot.clickOn("#planAbsorbButton");
        FxWait.until(() -> !button(robot, "#planSaveButton").isDisabled());
        assertThat(text(robot, "#planDifference")).isEqualTo("Écart : 0,00\u00A0€");
        assertThat(text(robot, "#planBlockedReason")).isEmpty();

        java.math.BigDecimal balance = new java.math.BigDecimal(0);
        for (Object r : preview.getItems()) {
            balance = balance.add(((fr.relance.ui.cases.PlanDraft.Row) r).amountProperty().get());
        }
        java.math.BigDecimal total = balance;
        robot.clickOn("#planSaveButton");
        TableView<InstalmentLine> lines = robot.lookup("#planLinesTable").queryTableView();
        FxWait.until(() -> lines.isVisible() && lines.getItems().size() == 3);
        assertThat(lines.getItems()).extracting(InstalmentLine::status).containsOnly(InstalmentStatus.DUE);
        assertThat(lines.getItems().get(1).instalment().amount()).isEqualByComparingTo("1.00");
        assertThat(text(robot, "#planDescription")).startsWith("3 échéances mensuelles du 23/12/2026 au 23/02/2027 · ");
        assertThat(text(robot, "#planSignature")).startsWith("Accord signé le 23/11/2026 : reconnaissance de dette");
        assertThat(robot.lookup("#planForm").query().isVisible()).isFalse();

        robot.clickOn("#caseTabTimeline");
        TableView<TimelineEntry> timeline = robot.lookup("#timelineTable").queryTableView();
        FxWait.until(() -> timeline.getItems().stream()
                .anyMatch(e -> CaseEvent.PLAN_AGREED.equals(e.event().kind())));
        assertThat(timeline.getItems()).filteredOn(e -> CaseEvent.PLAN_AGREED.equals(e.event().kind()))
                .singleElement().satisfies(e -> assertThat(e.event().amount()).isEqualByComparingTo(total));
        assertThat(dialogs.errors).isEmpty();
    }

    private static TableCell<?, ?> cell(FxRobot robot, TableView<?> table, String columnId, int index) {
        return robot.from(table).lookup(".table-cell").queryAll().stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getIndex() == index)
                .findFirst().orElseThrow();
    }

    private static boolean waitForEditing(TableView<?> table) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (table.getEditingCell() != null) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void startEdit(TableView table, int row, String columnId) {
        table.getColumns().stream().filter(c -> columnId.equals(((javafx.scene.control.TableColumn) c).getId()))
                .findFirst().ifPresent(column -> table.edit(row, (javafx.scene.control.TableColumn) column));
    }

    /** The label's text; empty while it is not in the window. */
    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }
}
