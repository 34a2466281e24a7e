package fr.relance.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The honest placeholder of a screen with nothing to show yet: what will appear here, and how. */
public final class EmptyState {

    private EmptyState() {
    }

    public static VBox of(String id, String title, String text, Node... actions) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().addAll("title-3", "empty-state-title");
        Label textLabel = new Label(text);
        textLabel.setWrapText(true);
        textLabel.setMaxWidth(560);
        textLabel.getStyleClass().add("text-muted");
        textLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(12, titleLabel, textLabel);
        box.getChildren().addAll(actions);
        box.setAlignment(Pos.CENTER);
        box.setId(id);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
