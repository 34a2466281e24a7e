package fr.relance.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.util.WaitForAsyncUtils;

/** Reaching controls in a window test as the user does: a table's row on screen, a control scrolled into view. */
final class WindowControls {

    private WindowControls() {
    }

    /** The row of the table showing item {@code index}. */
    static Node row(FxRobot robot, TableView<?> table, int index) {
        return robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(r -> r.getIndex() == index && r.getItem() != null)
                .findFirst().orElseThrow();
    }

    /** Scrolls the control into view, as the user would, then clicks it. */
    static FxRobotInterface clickIn(FxRobot robot, String scrollPane, String query) {
        reveal(robot, scrollPane, query);
        return robot.clickOn(query);
    }

    /** Scrolls the scroll pane so the control is in view, as the user would before using it. */
    static void reveal(FxRobot robot, String scrollPane, String query) {
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup(scrollPane).query();
            Node content = scroll.getContent();
            Node node = robot.lookup(query).query();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (bounds.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
