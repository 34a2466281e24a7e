package fr.relance.ui.shell;

import fr.relance.text.Messages;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The dialog shown before the main window when the data file is encrypted: the password, and after a wrong one
 * the reason in plain words. Quitting leaves without opening anything.
 */
public final class PasswordPrompt {

    private PasswordPrompt() {
    }

    /** Builds the dialog; {@code problem} (may be null) is shown above the field, e.g. after a wrong password. */
    public static Dialog<char[]> dialog(Messages messages, String fileLabel, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(messages.get("startup.password.title"));
        dialog.setHeaderText(messages.get("startup.password.header"));
        ButtonType open = new ButtonType(messages.get("startup.password.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("startup.password.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, quit);
        dialog.getDialogPane().setId("passwordDialog");

        PasswordField password = new PasswordField();
        password.setId("startupPasswordField");
        password.setAccessibleText(messages.get("startup.password.label", fileLabel));
        password.setPrefColumnCount(28);
        Label label = new Label(messages.get("startup.password.label", fileLabel));
        label.setLabelFor(password);
        label.setWrapText(true);
        VBox content = new VBox(8);
        if (problem != null) {
            Label error = new Label(problem);
            error.setId("startupPasswordError");
            error.getStyleClass().add("danger");
            error.setStyle("-fx-text-fill: #b3261e;");
            error.setWrapText(true);
            content.getChildren().add(error);
        }
        content.getChildren().addAll(label, password);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(password.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == open ? password.getText().toCharArray() : null);
        Platform.runLater(password::requestFocus);
        return dialog;
    }

    /** Shows the dialog and waits; empty when the user quits. */
    public static Optional<char[]> ask(Messages messages, String fileLabel, String problem) {
        return dialog(messages, fileLabel, problem).showAndWait();
    }
}
