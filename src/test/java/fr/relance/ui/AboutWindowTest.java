package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppVersion;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** À propos in the real window, headless: version, folders, and the diagnostic on the clipboard. */
class AboutWindowTest {

    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    final RecordingDialogs dialogs = window.dialogs;

    @AfterEach
    void closeTheDialog() {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).filter(s -> s.getScene() != null && s.getScene().lookup("#aboutDialog") != null)
                .toList().forEach(Stage::close));
    }

    @Test
    void showsTheVersionAndFoldersAndCopiesTheDiagnostic(FxRobot robot) throws Exception {
        robot.clickOn("#aboutButton");
        FxWait.until(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());

        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText())
                .isEqualTo("Version " + AppVersion.current());
        assertThat(robot.lookup("#aboutDataFolder").queryAs(TextField.class).getText()).isEqualTo(window.dataFolder().toString());
        assertThat(robot.lookup("#aboutLogFolder").queryAs(TextField.class).getText())
                .isEqualTo(window.dataFolder().resolve("logs").toString());
        assertThat(robot.lookup("#aboutCopyDiagnostic").queryButton().getText()).isEqualTo("Copier le diagnostic");

        robot.clickOn("#aboutCopyDiagnostic");
        FxWait.until(() -> !robot.lookup("#aboutStatus").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#aboutStatus").queryAs(Label.class).getText())
                .startsWith("Diagnostic copié dans le presse-papiers");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Relance " + AppVersion.current(), "Java : " + System.getProperty("java.version"),
                "Fichier de données : " + window.dataFolder().resolve("relance.mv.db"));

        robot.clickOn("#aboutClose");
        FxWait.until(() -> robot.lookup("#aboutDialog").tryQuery().isEmpty());
        assertThat(dialogs.errors).isEmpty();
    }
}
