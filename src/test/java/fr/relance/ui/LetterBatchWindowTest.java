package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.LetterFixtures;
import fr.relance.store.Database;
import fr.relance.ui.worklist.LetterBatchViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The day's letters from the worklist in the real windows, headless: review, generate, mark as sent. */
class LetterBatchWindowTest {

    @RegisterExtension
    final WindowFixture window = new WindowFixture(Clock.fixed(
            LetterFixtures.LETTERS_DAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()))
            .prepareFolder(folder -> {
                try (Database database = LetterFixtures.open(folder)) {
                    LetterFixtures.walkToLetters(database);
                }
            });
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void theBatchReviewsGeneratesAndRecordsTheDaysLetters(FxRobot robot) throws Exception {
        robot.clickOn("#navWorklist");
        TreeTableView<?> worklist = robot.lookup("#worklistTable").queryAs(TreeTableView.class);
        FxWait.until(() -> worklist.isVisible() && !worklist.getRoot().getChildren().isEmpty());

        robot.clickOn("#letterBatchButton");
        FxWait.until(() -> robot.lookup("#letterBatchTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<LetterBatchViewModel.Row> table = robot.lookup("#letterBatchTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 4
                && !robot.lookup("#generateLettersButton").query().isDisabled());
        assertThat(robot.lookup("#letterBatchSummary").queryLabeled().getText())
                .isEqualTo("3 courriers à imprimer dont 1 recommandé(s) ; 1 exclu(s).");
        assertThat(robot.lookup("#markSentButton").query().isDisabled()).as("nothing generated yet").isTrue();
        // The rows' cells fill their labels on the next layout pass.
        FxWait.until(() -> robot.lookup(".danger").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).anyMatch(text -> text.startsWith("Exclu : ")));

        Path target = Files.createDirectory(window.userFiles().resolve("sortie")).resolve("Courriers.pdf");
        dialogs.saveFileAnswer = target;
        robot.clickOn("#generateLettersButton");
        FxWait.until(() -> robot.lookup("#letterBatchStatus").queryLabeled().getText().contains("3 courrier(s)"));
        assertThat(target).exists();
        assertThat(target.resolveSibling("Courriers-depot.pdf")).exists();
        assertThat(robot.lookup("#letterBatchError").queryLabeled().getText()).isEmpty();
        FxWait.until(() -> !robot.lookup("#markSentButton").query().isDisabled());

        robot.clickOn("#markSentButton");
        FxWait.until(() -> robot.lookup("#letterBatchStatus").queryLabeled().getText()
                .contains("3 courrier(s) enregistré(s) comme envoyé(s)"));
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(dialogs.errors).isEmpty();

        robot.clickOn("#closeLetterBatchButton");
        FxWait.until(() -> robot.lookup("#letterBatchTable").tryQuery().isEmpty());
        // The worklist is read again: only the debtor without address still waits for a letter.
        FxWait.until(() -> worklist.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .count() == 1);
    }
}
