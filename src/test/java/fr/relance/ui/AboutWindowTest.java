package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.app.AppVersion;
import fr.relance.app.DataFolder;
import fr.relance.ui.common.FxBackgroundTasks;
import fr.relance.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** À propos in the real window, headless: version, folders, and the diagnostic on the clipboard. */
@ExtendWith(ApplicationExtension.class)
class AboutWindowTest {

    @TempDir
    Path dir;
    AppContext context;
    FxBackgroundTasks tasks;
    final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        context = CompletableFuture.supplyAsync(() -> AppContext.open(new DataFolder(dir,
                DataFolder.Source.COMMAND_LINE), MainWindowTest.TODAY)).join();
        tasks = new FxBackgroundTasks();
        new MainWindow(stage, context.windowServices(Locale.FRANCE, tasks), window -> dialogs);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).filter(s -> s.getScene() != null && s.getScene().lookup("#aboutDialog") != null)
                .toList().forEach(Stage::close));
        tasks.close();
        context.close();
    }

    @Test
    void showsTheVersionAndFoldersAndCopiesTheDiagnostic(FxRobot robot) throws Exception {
        robot.clickOn("#aboutButton");
        FxWait.until(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());

        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText())
                .isEqualTo("Version " + AppVersion.current());
        assertThat(robot.lookup("#aboutDataFolder").queryAs(TextField.class).getText()).isEqualTo(dir.toString());
        assertThat(robot.lookup("#aboutLogFolder").queryAs(TextField.class).getText())
                .isEqualTo(dir.resolve("logs").toString());
        assertThat(robot.lookup("#aboutCopyDiagnostic").queryButton().getText()).isEqualTo("Copier le diagnostic");

        robot.clickOn("#aboutCopyDiagnostic");
        FxWait.until(() -> !robot.lookup("#aboutStatus").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#aboutStatus").queryAs(Label.class).getText())
                .startsWith("Diagnostic copié dans le presse-papiers");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Relance " + AppVersion.current(), "Java : " + System.getProperty("java.version"),
                "Fichier de données : " + dir.resolve("relance.mv.db"));

        robot.clickOn("#aboutClose");
        FxWait.until(() -> robot.lookup("#aboutDialog").tryQuery().isEmpty());
        assertThat(dialogs.errors).isEmpty();
    }
}
