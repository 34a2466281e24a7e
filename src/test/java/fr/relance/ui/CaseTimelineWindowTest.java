package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.domain.AgingRow;
import fr.relance.domain.CaseEvent;
import fr.relance.ui.cases.TimelineEntry;
import fr.relance.ui.common.FxBackgroundTasks;
import fr.relance.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case file's timeline in the real window, headless: a note is added, seen, then reversed. */
@ExtendWith(ApplicationExtension.class)
class CaseTimelineWindowTest {

    @TempDir
    Path dir;
    AppContext context;
    FxBackgroundTasks tasks;
    final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        context = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                AppContext.open(new DataFolder(dir, DataFolder.Source.COMMAND_LINE), MainWindowTest.TODAY)).join();
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
    void aNoteAddedInTheCaseFileShowsInTheTimelineAndCanBeReversed(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#loadDemoButton").query().isVisible());
        robot.clickOn("#loadDemoButton");
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        waitUntil(() -> aging.getItems().size() > 50 && aging.isVisible());
        String name = aging.getItems().get(0).debtorName();
        WaitForAsyncUtils.waitForFxEvents();
        Node firstRow = robot.from(aging).lookup(".table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(row -> row.getIndex() == 0 && row.getItem() != null)
                .findFirst().orElseThrow();
        robot.doubleClickOn(firstRow);
        // tryQuery: on a busy machine the double click may reach the window after the first look (as MainWindowTest)
        waitUntil(() -> robot.lookup("#caseFileView").tryQuery().map(Node::isVisible).orElse(false)
                && name.equals(((Label) robot.lookup("#debtorName").query()).getText()));

        TableView<TimelineEntry> timeline = robot.lookup("#timelineTable").queryTableView();
        int before = timeline.getItems().size();
        robot.clickOn("#addNoteButton");
        waitUntil(() -> !((Label) robot.lookup("#timelineError").query()).getText().isEmpty());
        assertThat(((Label) robot.lookup("#timelineError").query()).getText()).startsWith("Écrivez la note");

        robot.clickOn("#noteText").write("Le comptable rappelle lundi");
        robot.clickOn("#addNoteButton");
        waitUntil(() -> timeline.getItems().size() == before + 1);
        TimelineEntry note = timeline.getItems().get(0);
        assertThat(note.event().kind()).isEqualTo(CaseEvent.NOTE);
        assertThat(note.event().summary()).isEqualTo("Le comptable rappelle lundi");
        assertThat(((Label) robot.lookup("#timelineError").query()).isVisible()).isFalse();
        assertThat(robot.lookup("#noteText").queryTextInputControl().getText()).isEmpty();

        dialogs.textAnswer = "Saisie en double";
        robot.interact(() -> timeline.getSelectionModel().select(0));
        robot.clickOn("#reverseButton");
        waitUntil(() -> timeline.getItems().size() == before + 2);
        assertThat(timeline.getItems().get(0).event().kind()).isEqualTo(CaseEvent.REVERSAL);
        assertThat(timeline.getItems().get(1).reversed()).isTrue();
        assertThat(dialogs.questions).singleElement().asString().startsWith("Annuler un événement");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(condition);
    }
}
