package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.ui.letters.LetterFixtures;
import java.time.Clock;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Courriers in the real window, headless: typing in the body refreshes the preview of the printed page. */
class LettersWindowTest {

    static final Clock TODAY = Clock.fixed(LetterFixtures.TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/Paris"))
            .toInstant(), ZoneId.of("Europe/Paris"));

    @RegisterExtension
    final WindowFixture window = new WindowFixture(TODAY);
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void typingInTheBodyRefreshesThePreview(FxRobot robot) throws Exception {
        LetterFixtures.write(window.context().database()); // off the JavaFX thread, before the screen reads it
        robot.clickOn("#navLetters");
        ListView<?> debtors = robot.lookup("#letterDebtors").queryAs(ListView.class);
        FxWait.until(() -> debtors.getItems().size() == 6);

        robot.interact(() -> debtors.getSelectionModel().select(2)); // Dupont SARL, by name
        // Labels follow the view-model on a later pulse: wait for the text rather than read it at once.
        FxWait.until(() -> robot.lookup("#letterDebtorName").queryLabeled().getText().equals("Dupont SARL"));
        ImageView preview = robot.lookup("#letterPreviewImage").queryAs(ImageView.class);
        FxWait.until(() -> preview.getImage() != null
                && robot.lookup("#letterParagraph0").tryQuery().isPresent());
        Image first = preview.getImage();
        Button save = robot.lookup("#letterSavePdf").queryButton();
        assertThat(save.isDisabled()).isFalse();
        FxWait.until(() -> robot.lookup("#letterPageLabel").queryLabeled().getText().equals("Page 1 / 2"));

        TextArea paragraph = robot.lookup("#letterParagraph0").queryAs(TextArea.class);
        robot.clickOn(paragraph);
        robot.interact(() -> paragraph.positionCaret(paragraph.getLength()));
        robot.write(" Merci.");

        FxWait.until(() -> paragraph.getText().endsWith(" Merci.") && preview.getImage() != first);
        FxWait.until(() -> robot.lookup("#letterEdited").query().isVisible());
        Label timing = robot.lookup("#letterPreviewStatus").queryAs(Label.class);
        FxWait.until(() -> timing.getText().startsWith("Aperçu mis à jour en"));
        assertThat(dialogs.errors).isEmpty();
        // The keystrokes typed during a render are rendered once more: let that last render land before closing.
        Image shown;
        do {
            shown = preview.getImage();
            Thread.sleep(2000);
        } while (shown != preview.getImage());
    }
}
