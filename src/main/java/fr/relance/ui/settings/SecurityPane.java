package fr.relance.ui.settings;

import fr.relance.text.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Paramètres › Sécurité: turn encryption at rest on, change its password, turn it off. */
public final class SecurityPane extends VBox {

    public SecurityPane(SecurityViewModel model, Messages messages) {
        setSpacing(12);
        setPadding(new Insets(16));
        setMaxWidth(760);

        Label title = new Label(messages.get("security.encryption.title"));
        title.getStyleClass().add("title-4");
        Label explanation = new Label(messages.get("security.encryption.explanation"));
        explanation.setWrapText(true);
        Label state = new Label();
        state.setId("encryptionState");
        state.textProperty().bind(model.statusProperty());
        state.getStyleClass().add("text-bold");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());

        PasswordField current = field("currentPasswordField", messages.get("security.current"));
        PasswordField password = field("newPasswordField", messages.get("security.new"));
        PasswordField confirmation = field("confirmPasswordField", messages.get("security.confirm"));
        Label currentLabel = new Label(messages.get("security.current"));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(4);
        form.addRow(0, currentLabel, current);
        form.add(error(model.currentErrorProperty()), 1, 1);
        form.addRow(2, new Label(messages.get("security.new")), password);
        form.add(error(model.newErrorProperty()), 1, 3);
        form.addRow(4, new Label(messages.get("security.confirm")), confirmation);
        form.add(error(model.confirmErrorProperty()), 1, 5);
        // The current password is asked only when there is one.
        current.visibleProperty().bind(model.encryptedProperty());
        currentLabel.visibleProperty().bind(model.encryptedProperty());

        Button turnOn = new Button(messages.get("security.turnOn"));
        turnOn.setId("turnOnEncryptionButton");
        turnOn.setDefaultButton(true);
        turnOn.setOnAction(e -> model.turnOn(password.getText().toCharArray(), confirmation.getText().toCharArray()));
        Button change = new Button(messages.get("security.change"));
        change.setId("changePasswordButton");
        change.setOnAction(e -> model.change(current.getText().toCharArray(), password.getText().toCharArray(),
                confirmation.getText().toCharArray()));
        Button turnOff = new Button(messages.get("security.turnOff"));
        turnOff.setId("turnOffEncryptionButton");
        turnOff.setOnAction(e -> model.turnOff(current.getText().toCharArray()));
        turnOn.visibleProperty().bind(model.encryptedProperty().not());
        turnOn.managedProperty().bind(turnOn.visibleProperty());
        change.visibleProperty().bind(model.encryptedProperty());
        change.managedProperty().bind(change.visibleProperty());
        turnOff.visibleProperty().bind(model.encryptedProperty());
        turnOff.managedProperty().bind(turnOff.visibleProperty());
        HBox buttons = new HBox(8, turnOn, change, turnOff, progress);
        buttons.disableProperty().bind(model.busyProperty());
        model.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                current.clear();
                password.clear();
                confirmation.clear();
            }
        });

        Label warning = new Label(messages.get("security.encryption.warning"));
        warning.setWrapText(true);
        warning.getStyleClass().add("text-muted");
        getChildren().addAll(title, explanation, state, form, buttons, warning);
    }

    private static PasswordField field(String id, String accessibleText) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setPrefColumnCount(24);
        return field;
    }

    private static Label error(javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("danger");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    public static Tab tab(SecurityViewModel model, Messages messages) {
        Tab tab = new Tab(messages.get("security.tab"), new SecurityPane(model, messages));
        tab.setId("securityTab");
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.load();
            }
        });
        return tab;
    }
}
