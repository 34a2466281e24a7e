package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.ui.templates.TemplatesViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Settings > Modèles de courrier in the real window, headless: typing a mistake shows it and blocks Save. */
class TemplatesWindowTest {

    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void typingAnUnknownPlaceholderShowsTheErrorAndBlocksSave(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        robot.clickOn("#templatesTab");
        TableView<?> table = robot.lookup("#templatesTable").queryAs(TableView.class);
        FxWait.until(() -> table.getItems().size() == 24);

        robot.interact(() -> table.getSelectionModel().select(0));
        CodeArea body = robot.lookup("#templateBody").queryAs(CodeArea.class);
        FxWait.until(() -> body.getText().startsWith("Madame, Monsieur,"));
        Button save = robot.lookup("#saveTemplateButton").queryButton();
        assertThat(save.isDisabled()).as("nothing changed yet").isTrue();

        robot.clickOn(body);
        robot.interact(() -> body.moveTo(0, "Madame, Monsieur,".length()));
        robot.write(" {{debiteur.nmo}}");

        ListView<?> problems = robot.lookup("#templateProblems").queryAs(ListView.class);
        FxWait.until(() -> problems.getItems().size() == 1);
        TemplatesViewModel.ProblemRow problem = (TemplatesViewModel.ProblemRow) problems.getItems().get(0);
        assertThat(problem.where()).isEqualTo("Ligne 1, colonne 19");
        assertThat(problem.message()).contains("{{debiteur.nmo}} n’existe pas", "{{debiteur.nom}}");
        assertThat(robot.lookup("#templateProblemSummary").queryLabeled().getText())
                .startsWith("Une erreur empêche l’enregistrement");
        assertThat(save.isDisabled()).isTrue();
        assertThat(body.getStyleOfChar("Madame, Monsieur, {{".length())).contains("tpl-problem");

        // Correcting the name lets the user save a new version
        robot.type(KeyCode.BACK_SPACE, 5);
        robot.write("nom}}");
        FxWait.until(() -> problems.getItems().isEmpty() && !save.isDisabled());
        robot.clickOn(save);
        FxWait.until(() -> robot.lookup("#templateStatus").queryLabeled().getText().startsWith("Version 2"));
        assertThat(dialogs.errors).isEmpty();
    }
}
