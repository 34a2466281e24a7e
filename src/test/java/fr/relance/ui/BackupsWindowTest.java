package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.backup.BackupArchive;
import fr.relance.store.AppSettingsRepository;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Paramètres › Sauvegardes in the real window, headless: back up now, then restore, and the window reopens. */
class BackupsWindowTest {

    @RegisterExtension
    final WindowFixture window = new WindowFixture()
            .seed(context -> new AppSettingsRepository(context.database()).put("before", "the backup"));
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void backUpNowThenRestoreItAndTheWindowReopensOnTheRestoredData(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        robot.clickOn("#backupsTab");
        FxWait.until(() -> robot.lookup("#backupsTable").tryQuery().isPresent());
        TableView<BackupArchive> table = robot.lookup("#backupsTable").queryTableView();
        FxWait.until(table::isVisible);
        assertThat(robot.lookup("#restoreSelectedButton").query().isDisabled()).as("nothing chosen").isTrue();
        assertThat(robot.lookup("#backupFolder").queryTextInputControl().getText())
                .isEqualTo(window.dataFolder().resolve("backups").toString());

        robot.clickOn("#backupNowButton");
        FxWait.until(() -> table.getItems().size() == 1);
        FxWait.until(() -> robot.lookup("#backupStatus").queryLabeled().getText()
                .startsWith("Sauvegarde enregistrée"));
        CompletableFuture.runAsync(() -> new AppSettingsRepository(window.context().database()).put("after", "the backup"))
                .join();

        FxWait.until(() -> robot.from(table).lookup(".table-row-cell").tryQuery().isPresent());
        robot.clickOn((Node) robot.from(table).lookup(".table-row-cell").query());
        FxWait.until(() -> !robot.lookup("#restoreSelectedButton").query().isDisabled());
        robot.clickOn("#restoreSelectedButton");
        FxWait.until(() -> !dialogs.infos.isEmpty());

        assertThat(dialogs.confirmations).singleElement().asString().contains("Restaurer cette sauvegarde ?");
        assertThat(dialogs.infos).singleElement().asString().contains("relance-before-restore-");
        assertThat(dialogs.errors).isEmpty();
        // A new window content, on the backups tab again.
        Node root = robot.lookup("#mainWindow").query();
        assertThat(root).isNotSameAs(window.mainWindow().root());
        Tab backupsTab = robot.lookup("#settingsView").queryAs(javafx.scene.layout.BorderPane.class).getCenter() instanceof
                javafx.scene.control.TabPane tabs ? tabs.getSelectionModel().getSelectedItem() : null;
        assertThat(backupsTab).isNotNull().extracting(Tab::getId).isEqualTo("backupsTab");
        // The tab's content joins the scene once the new tab pane has laid it out.
        FxWait.until(() -> robot.lookup("#backupsTable").tryQuery()
                .map(node -> ((TableView<?>) node).getItems().size() == 1).orElse(false));
        AppSettingsRepository settings = new AppSettingsRepository(window.context().database());
        assertThat(CompletableFuture.supplyAsync(() -> settings.get("after")).join()).isEmpty();
        assertThat(CompletableFuture.supplyAsync(() -> settings.get("before")).join()).contains("the backup");
    }
}
