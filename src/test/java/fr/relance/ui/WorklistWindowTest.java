package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.demo.DemoSize;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.dunning.WorklistService;
import fr.relance.ui.worklist.WorklistRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The actions of the day in the real window, headless, on the demonstration ledger. */
class WorklistWindowTest {

    static final Clock TODAY = MainWindowTest.TODAY;

    @RegisterExtension
    final WindowFixture window = new WindowFixture(TODAY);
    final RecordingDialogs dialogs = window.dialogs;
    /** A debtor in insolvency proceedings (a claim to declare), and one expecting a call today. */
    long insolvent;
    long callBack;

    /**
     * The demonstration ledger, a debtor in insolvency proceedings (a claim to declare) and one expecting a call
     * today. Loaded by the test, not the window's start: the start has a time limit a busy machine can miss.
     */
    void loadLedger() {
        AppContext context = window.context();
        LocalDate today = LocalDate.now(TODAY);
        context.demo().load(new DemoSize(60, 1000), today, (done, total) -> { }, () -> false);
        WorklistService service = context.worklistService();
        // Two debtors with an overdue invoice nothing was paid on
        List<Long> debtors = context.database().dsl().fetch("SELECT DISTINCT i.debtor_id FROM invoice i "
                + "WHERE i.kind = 'INVOICE' AND i.due_date < ? AND i.closed_on IS NULL AND NOT EXISTS "
                + "(SELECT 1 FROM allocation a WHERE a.invoice_id = i.id) ORDER BY i.debtor_id LIMIT 2", today)
                .getValues(0, Long.class);
        insolvent = debtors.get(0);
        callBack = debtors.get(1);
        service.markInsolvency(insolvent, today.minusDays(15), today.minusDays(9), today);
        service.logCall(callBack, today.minusDays(4), CallOutcome.CALL_BACK, "Rappeler lundi", today, null, null);
    }

    @Test
    void showsTheDueActionsGroupedAndExecutesOne(FxRobot robot) throws Exception {
        loadLedger();
        robot.clickOn("#navWorklist");
        TreeTableView<?> table = robot.lookup("#worklistTable").queryAs(TreeTableView.class);
        waitUntil(() -> table.isVisible() && !table.getRoot().getChildren().isEmpty());
        assertThat(robot.lookup("#worklistEmptyState").query().isVisible()).isFalse();
        assertThat(robot.lookup("#executeButton").query().isDisabled()).as("nothing selected yet").isTrue();

        // The first line with an action to execute, on screen
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableRow<?> row = robot.from(table).lookup(".tree-table-row-cell").queryAll().stream()
                .map(node -> (TreeTableRow<?>) node)
                .filter(r -> r.isVisible() && lineOf(r) != null && lineOf(r).isExecutable())
                .findFirst().orElseThrow();
        WorklistItem line = lineOf(row);
        robot.clickOn((Node) row);
        waitUntil(() -> !robot.lookup("#executeButton").query().isDisabled());

        robot.clickOn("#executeButton");

        waitUntil(() -> robot.lookup("#worklistStatus").queryLabeled().getText().contains("enregistrée"));
        waitUntil(() -> lines(table).noneMatch(line::equals));
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(robot.lookup("#worklistError").queryLabeled().getText()).isEmpty();
    }

    private static WorklistItem lineOf(TreeTableRow<?> row) {
        return row.getItem() instanceof WorklistRow value ? value.item() : null;
    }

    private static java.util.stream.Stream<WorklistItem> lines(TreeTableView<?> table) {
        return table.getRoot().getChildren().stream().flatMap(group -> group.getChildren().stream())
                .map(TreeItem::getValue).filter(WorklistRow.class::isInstance)
                .map(value -> ((WorklistRow) value).item()).filter(Objects::nonNull);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(condition);
    }

    @Test
    void aCallBackLineIsSettledByTheCallLoggedBesideTheList(FxRobot robot) throws Exception {
        TreeTableView<WorklistRow> table = showWorklist(robot);
        WorklistItem line = lines(table).filter(i -> i.kind() == WorklistKind.CALL_BACK).findFirst().orElseThrow();
        assertThat(line.debtorId()).isEqualTo(callBack);
        clickLine(robot, table, line);
        waitUntil(() -> robot.lookup("#worklistCallOutcome").tryQuery().isPresent());

        // Without an outcome the call is refused beside the form, nothing written
        robot.clickOn("#worklistLogCallButton");
        waitUntil(() -> !robot.lookup("#worklistFormError").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#worklistFormError").queryLabeled().getText())
                .isEqualTo("Choisissez le résultat de l’appel.");

        robot.clickOn("#worklistCallOutcome");
        robot.clickOn("Joint");
        robot.clickOn("#worklistCallNotes").write("Virement parti ce matin");
        robot.clickOn("#worklistLogCallButton");

        waitUntil(() -> robot.lookup("#worklistStatus").queryLabeled().getText().startsWith("Appel noté pour"));
        waitUntil(() -> lines(table).noneMatch(i -> i.kind() == WorklistKind.CALL_BACK));
        assertThat(count("call_log WHERE debtor_id = " + callBack)).isEqualTo(2);
        assertThat(count("case_event WHERE kind = 'CALL' AND debtor_id = " + callBack
                + " AND summary = 'REACHED: Virement parti ce matin'")).isOne();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aClaimIsDeclaredFromItsLineAndLeavesTheList(FxRobot robot) throws Exception {
        TreeTableView<WorklistRow> table = showWorklist(robot);
        WorklistItem line = lines(table).filter(i -> i.kind() == WorklistKind.CLAIM_FILING).findFirst().orElseThrow();
        clickLine(robot, table, line);
        waitUntil(() -> robot.lookup("#declareClaimButton").tryQuery().isPresent());
        assertThat(robot.lookup("#worklistLineAction").queryLabeled().getText())
                .startsWith("Déclaration de créance, au plus tard le");

        robot.clickOn("#declareClaimButton");
        waitUntil(() -> !robot.lookup("#worklistFormError").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#worklistFormError").queryLabeled().getText()).contains("mandataire judiciaire");
        assertThat(count("claim_declaration")).isZero();

        robot.clickOn("#claimRepresentative").write("Me Lefort, mandataire judiciaire");
        robot.clickOn("#declareClaimButton");

        waitUntil(() -> lines(table).noneMatch(i -> i.kind() == WorklistKind.CLAIM_FILING));
        assertThat(count("claim_declaration WHERE debtor_id = " + insolvent)).isOne();
        assertThat(count("case_event WHERE kind = 'CLAIM_DECLARED' AND amount = " + line.amount().toPlainString()))
                .isOne();
        assertThat(robot.lookup("#worklistStatus").queryLabeled().getText())
                .startsWith("Déclaration de créance enregistrée");
    }

    private TreeTableView<WorklistRow> showWorklist(FxRobot robot) throws Exception {
        loadLedger();
        robot.clickOn("#navWorklist");
        @SuppressWarnings("unchecked")
        TreeTableView<WorklistRow> table = robot.lookup("#worklistTable").queryAs(TreeTableView.class);
        waitUntil(() -> table.isVisible() && !table.getRoot().getChildren().isEmpty());
        return table;
    }

    /** Scrolls the line into view and clicks it, as the controller would. */
    private static void clickLine(FxRobot robot, TreeTableView<WorklistRow> table, WorklistItem line)
            throws Exception {
        robot.interact(() -> {
            for (TreeItem<WorklistRow> group : table.getRoot().getChildren()) {
                for (TreeItem<WorklistRow> item : group.getChildren()) {
                    if (line.equals(item.getValue().item())) {
                        table.scrollTo(table.getRow(item));
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.from(table).lookup(".tree-table-row-cell").queryAll().stream()
                .map(node -> (TreeTableRow<?>) node)
                .filter(r -> r.isVisible() && line.equals(lineOf(r))).findFirst().orElseThrow();
        robot.clickOn(row);
        waitUntil(() -> robot.lookup("#worklistLineDebtor").tryQuery().isPresent()
                && line.debtorName().equals(robot.lookup("#worklistLineDebtor").queryLabeled().getText()));
    }

    private int count(String tableAndCondition) {
        return window.context().database().dsl().fetchOne("SELECT COUNT(*) FROM " + tableAndCondition).get(0, Integer.class);
    }
}
