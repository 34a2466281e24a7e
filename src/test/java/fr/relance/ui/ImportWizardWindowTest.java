package fr.relance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.AgingRow;
import fr.relance.ui.imports.ImportWizardViewModel.RejectedRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The import wizard opened from the main window, headless, with the file chooser answered by the test. */
class ImportWizardWindowTest {

    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    final RecordingDialogs dialogs = window.dialogs;

    @Test
    void importsTheValidLinesOfACsvAndTheAgingListShowsThem(FxRobot robot) throws Exception {
        dialogs.nextOpenFile = window.userFiles().resolve("balance.csv");
        Files.writeString(dialogs.nextOpenFile, """
                Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC
                411DURAND;Durand SARL;FA-1;01/09/2026;01/10/2026;1 200,00
                411DURAND;Durand SARL;FA-2;15/09/2026;15/10/2026;trois cents
                411PETIT;Pâtisserie Petit;FA-3;01/10/2026;31/10/2026;80,00
                """, StandardCharsets.UTF_8);
        waitUntil(() -> robot.lookup("#agingEmptyState").query().isVisible());

        robot.clickOn("#importButtonNav");
        waitUntil(() -> visible(robot, "#fileButton"));
        robot.clickOn("#fileButton");
        waitUntil(() -> visible(robot, "#formatChoice") && visible(robot, "#nextButton")
                && !robot.lookup("#nextButton").queryButton().isDisabled());
        robot.clickOn("#nextButton");
        waitUntil(() -> visible(robot, "#mapping-DEBTOR_CODE") && visible(robot, "#previewButton"));
        assertThat(robot.lookup("#mapping-DEBTOR_CODE").queryComboBox().getValue()).isEqualTo("Code client");
        robot.clickOn("#presetNameField").write("Balance Sage");
        robot.clickOn("#previewButton");

        TableView<RejectedRow> rejected = robot.lookup("#rejectedTable").queryTableView();
        waitUntil(() -> rejected.isVisible() && rejected.getItems().size() == 1);
        assertThat(rejected.getItems().get(0).line()).isEqualTo(3);
        assertThat(rejected.getItems().get(0).column()).isEqualTo("Montant TTC");
        Button importButton = robot.lookup("#importButton").queryButton();
        assertThat(importButton.getText()).isEqualTo("Importer les 2 lignes valides");
        assertThat(importButton.isDisabled()).isTrue();

        robot.clickOn("#seenRejectedCheck");
        waitUntil(() -> !importButton.isDisabled());
        robot.clickOn("#importButton");
        waitUntil(() -> visible(robot, "#summaryLabel")
                && robot.lookup("#summaryLabel").queryLabeled().getText().startsWith("2 nouvelles"));
        robot.clickOn("#cancelButton");

        TableView<AgingRow> aging = robot.lookup("#agingTable").queryTableView();
        waitUntil(() -> aging.isVisible() && aging.getItems().size() == 2);
        assertThat(window.context().imports().presets()).extracting(p -> p.name()).containsExactly("Balance Sage");
        assertThat(dialogs.errors).isEmpty();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(ImportWizardWindowTest::shown).orElse(false);
    }

    /** Visible itself and inside visible parents, in a showing window: what the user can click. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(condition);
    }
}
