package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.demo.DemoSize;
import fr.relance.domain.dunning.StepDefinition;
import fr.relance.domain.dunning.StoredPolicy;
import fr.relance.store.DunningPolicyRepository;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Paramètres › Politiques de relance in the real window, headless: an edit refused, fixed, then saved. */
class PoliciesWindowTest {

    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void duplicateOffsetsAreRefusedOnTheRowThenTheFixedPolicyIsSaved(FxRobot robot) throws Exception {
        // Debtors following the B2B policy, loaded off the JavaFX thread; the screen reads them when shown.
        CompletableFuture.runAsync(() -> window.context().demo().load(new DemoSize(20, 200), LocalDate.now(MainWindowTest.TODAY),
                (done, total) -> { }, () -> false)).join();
        robot.clickOn("#navSettings");
        robot.clickOn("#policiesTab");
        TableView<StoredPolicy> policies = robot.lookup("#policiesTable").queryTableView();
        FxWait.until(() -> policies.getItems().size() == 2 && robot.lookup("#step-offsetDays-1").tryQuery()
                .isPresent());
        assertThat(((TextField) robot.lookup("#policyName").query()).getText()).isEqualTo("B2B");
        Button save = robot.lookup("#savePolicyButton").queryButton();
        assertThat(save.isDisabled()).as("nothing changed yet").isTrue();

        // The letter at D+15 typed as D+7, the day of the e-mail.
        TextField letterOffset = robot.lookup("#step-offsetDays-1").queryAs(TextField.class);
        robot.doubleClickOn(letterOffset).eraseText(3).write("7");
        FxWait.until(() -> !save.isDisabled());
        assertThat(robot.lookup("#policiesTab").tryQuery()).isPresent();
        robot.clickOn(save);

        Label problems = robot.lookup("#policyProblems").queryAs(Label.class);
        FxWait.until(() -> !problems.getText().isEmpty());
        assertThat(problems.getText()).isEqualTo("Étape 2 · Délai (J+) : Deux étapes ont le même délai : "
                + "donnez-leur des jours différents.");
        assertThat(letterOffset.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("danger"));
        assertThat(letterOffset.getTooltip().getText()).startsWith("Deux étapes ont le même délai");
        assertThat(robot.lookup("#policyStatus").queryLabeled().getText())
                .isEqualTo("Un point est à corriger : rien n’a été enregistré.");
        assertThat(offsetOfStep2()).as("nothing written").isEqualTo(15);

        robot.doubleClickOn(letterOffset).eraseText(3).write("12").type(KeyCode.TAB);
        FxWait.until(() -> problems.getText().isEmpty());
        assertThat(letterOffset.getPseudoClassStates()).noneMatch(p -> p.getPseudoClassName().equals("danger"));
        robot.clickOn(save);

        FxWait.until(() -> robot.lookup("#policyStatus").queryLabeled().getText()
                .equals("Politique « B2B » enregistrée."));
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("Modifier une politique en service ?").contains("débiteurs");
        assertThat(dialogs.errors).isEmpty();
        assertThat(offsetOfStep2()).isEqualTo(12);
        FxWait.until(save::isDisabled);
        assertThat(robot.lookup("#revertPolicyButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#step-offsetDays-1").queryAs(TextField.class).getText()).isEqualTo("12");
    }

    private int offsetOfStep2() {
        return CompletableFuture.supplyAsync(() -> new DunningPolicyRepository(window.context().database()).stored().stream()
                .filter(p -> p.name().equals("B2B")).findFirst().orElseThrow().definition().steps().get(1))
                .thenApply(StepDefinition::offsetDays).join();
    }
}
