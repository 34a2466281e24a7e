package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.demo.DemoSize;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.ui.common.FxBackgroundTasks;
import fr.relance.ui.shell.MainWindow;
import fr.relance.ui.worklist.WorklistRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The actions of the day in the real window, headless, on the demonstration ledger. */
@ExtendWith(ApplicationExtension.class)
class WorklistWindowTest {

    static final Clock TODAY = MainWindowTest.TODAY;

    @TempDir
    Path dir;
    AppContext context;
    FxBackgroundTasks tasks;
    RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        // Off the JavaFX thread, as the app does: queries there are refused.
        context = CompletableFuture.supplyAsync(() -> {
            AppContext opened = AppContext.open(new DataFolder(dir, DataFolder.Source.COMMAND_LINE), TODAY);
            opened.demo().load(new DemoSize(60, 1000), LocalDate.now(TODAY), (done, total) -> { }, () -> false);
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

    @Test
    void showsTheDueActionsGroupedAndExecutesOne(FxRobot robot) throws Exception {
        robot.clickOn("#navWorklist");
        TreeTableView<?> table = robot.lookup("#worklistTable").queryAs(TreeTableView.class);
        waitUntil(() -> table.isVisible() && !table.getRoot().getChildren().isEmpty());
        assertThat(robot.lookup("#worklistEmptyState").query().isVisible()).isFalse();
        assertThat(robot.lookup("#executeButton").query().isDisabled()).as("nothing selected yet").isTrue();

        // The first line with an action to execute, on screen
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableRow<?> row = robot.from(table).lookup(".tree-table-row-cell").queryAll().stream()
                .map(node -> (TreeTableRow<?>) node)
                .filter(r -> r.isVisible() && lineOf(r) != null && lineOf(r).action() != null)
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
}
