package fr.relance.ui;

import fr.relance.domain.AgingRow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a debtor's case file from the aging list in a window test, as the user does. */
final class CaseFiles {

    private CaseFiles() {
    }

    /**
     * Double-clicks the debtor's row until its case file shows. On a loaded machine the two clicks can arrive
     * further apart than the double-click time and count as two single clicks: a user would double-click again.
     */
    static void openFromAging(FxRobot robot, TableView<AgingRow> aging, String name) throws Exception {
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node row = robot.from(aging).lookup(".table-row-cell").queryAll().stream()
                    .map(node -> (TableRow<?>) node)
                    .filter(r -> r.getItem() instanceof AgingRow item && name.equals(item.debtorName()))
                    .findFirst().orElseThrow();
            robot.doubleClickOn(row);
            try {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                    Boolean[] shown = new Boolean[1];
                    WaitForAsyncUtils.asyncFx(() -> shown[0] = robot.lookup("#caseFileView").tryQuery()
                            .map(Node::isVisible).orElse(false)
                            && robot.lookup("#debtorName").tryQuery()
                            .map(label -> label.isVisible() && name.equals(((Label) label).getText()))
                            .orElse(false)).get();
                    return Boolean.TRUE.equals(shown[0]);
                });
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                robot.clickOn("#navAging");
            }
        }
    }
}
