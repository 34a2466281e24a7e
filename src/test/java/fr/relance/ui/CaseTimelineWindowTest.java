package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.AgingRow;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.InvoiceLimitation;
import java.time.LocalDate;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import fr.relance.ui.cases.TimelineEntry;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The case file's timeline in the real window, headless: a note is added, seen, then reversed. */
class CaseTimelineWindowTest {

    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void aNoteAddedInTheCaseFileShowsInTheTimelineAndCanBeReversed(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#loadDemoButton").query().isVisible());
        robot.clickOn("#loadDemoButton");
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        waitUntil(() -> aging.getItems().size() > 50 && aging.isVisible());
        String name = aging.getItems().get(0).debtorName();
        CaseFiles.openFromAging(robot, aging, name);

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

    @Test
    void theLedgersHistoryShowsAndAnAcknowledgementMovesTheLimitationDateUntilReversed(FxRobot robot)
            throws Exception {
        waitUntil(() -> robot.lookup("#loadDemoButton").query().isVisible());
        robot.clickOn("#loadDemoButton");
        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        waitUntil(() -> aging.getItems().size() > 50 && aging.isVisible());
        CaseFiles.openFromAging(robot, aging, aging.getItems().get(0).debtorName());

        // The history read from the ledger is there before anyone recorded anything, and cannot be reversed
        TableView<TimelineEntry> timeline = robot.lookup("#timelineTable").queryTableView();
        waitUntil(() -> timeline.getItems().stream().anyMatch(TimelineEntry::fromLedger));
        assertThat(timeline.getItems()).extracting(e -> e.event().kind())
                .contains(CaseEvent.INVOICE_ISSUED, CaseEvent.DUE_DATE_PASSED);
        int ledgerRow = timeline.getItems().indexOf(timeline.getItems().stream().filter(TimelineEntry::fromLedger)
                .findFirst().orElseThrow());
        robot.interact(() -> timeline.getSelectionModel().select(ledgerRow));
        assertThat(robot.lookup("#reverseButton").query().isDisabled()).isTrue();
        assertThat(robot.from(timeline).lookup(".table-cell").queryAll().stream()
                .filter(cell -> cell instanceof javafx.scene.control.Labeled)
                .map(cell -> ((javafx.scene.control.Labeled) cell).getText())).contains("Comptabilité");
        robot.clickOn("#showLedgerEvents");
        waitUntil(() -> timeline.getItems().stream().noneMatch(TimelineEntry::fromLedger));
        robot.clickOn("#showLedgerEvents");

        // A written acknowledgement signed today restarts the oldest invoice's period from today
        TableView<OpenItem> items = robot.lookup("#openItemsTable").queryTableView();
        @SuppressWarnings("unchecked")
        TableColumn<OpenItem, InvoiceLimitation> limitation = (TableColumn<OpenItem, InvoiceLimitation>) items
                .getColumns().stream().filter(c -> "limitationColumn".equals(c.getId())).findFirst().orElseThrow();
        waitUntil(() -> limitation.getCellData(0) != null);
        LocalDate today = LocalDate.now(MainWindowTest.TODAY);
        LocalDate before = limitation.getCellData(0).limitationDate();
        assertThat(items.getItems().get(0).dueDate()).isBefore(today);

        robot.interact(() -> ((ScrollPane) robot.lookup("#timelineForms").query()).setVvalue(1.0));
        robot.clickOn("#acknowledgedOn").write(today.format(java.time.format.DateTimeFormatter
                .ofPattern("dd/MM/yyyy"))).type(KeyCode.TAB);
        robot.clickOn("#acknowledgementNote").write("Courrier signé du gérant");
        int events = timeline.getItems().size();
        robot.clickOn("#recordAcknowledgementButton");
        waitUntil(() -> timeline.getItems().size() == events + 1);
        assertThat(timeline.getItems().get(0).event().kind()).isEqualTo(CaseEvent.DEBT_ACKNOWLEDGED);
        waitUntil(() -> today.equals(limitation.getCellData(0).period().restartedOn()));
        assertThat(limitation.getCellData(0).limitationDate()).isAfter(before);

        // Reversed: as if it had not been recorded, the date is back
        dialogs.textAnswer = "Courrier non signé en fait";
        robot.interact(() -> timeline.getSelectionModel().select(0));
        robot.clickOn("#reverseButton");
        waitUntil(() -> timeline.getItems().size() == events + 2);
        waitUntil(() -> before.equals(limitation.getCellData(0).limitationDate()));
        assertThat(timeline.getItems().get(1).reversed()).isTrue();
    }
}
