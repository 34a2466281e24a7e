package fr.relance.ui.settings;

import fr.relance.domain.mail.SmtpSecurity;
import fr.relance.text.Messages;
import fr.relance.ui.common.Pickers;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Paramètres › E-mail: the SMTP form, "Enregistrer" and "Tester la connexion". Builds, binds and forwards. */
public final class MailSettingsPane extends ScrollPane {

    private final MailSettingsViewModel model;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;

    public MailSettingsPane(MailSettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("mailSettingsPane");
        setFitToWidth(true);
        grid.setHgap(12);
        grid.setVgap(4);

        Label intro = new Label(messages.get("mail.settings.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");

        text("host", "smtpHostField", model.hostProperty(), new TextField(), "smtp.example.fr");
        ChoiceBox<SmtpSecurity> security = new ChoiceBox<>();
        security.setId("smtpSecurityChoice");
        security.getItems().setAll(SmtpSecurity.values());
        security.setConverter(Pickers.display(s -> messages.get("mail.settings.security." + s.name())));
        security.valueProperty().bindBidirectional(model.securityProperty());
        field("security", security);
        text("port", "smtpPortField", model.portProperty(), new TextField(), "587");
        text("user", "smtpUserField", model.userProperty(), new TextField(), "");
        PasswordField password = new PasswordField();
        password.promptTextProperty().bind(Bindings.when(model.passwordSavedProperty())
                .then(messages.get("mail.settings.password.saved"))
                .otherwise(messages.get("mail.settings.password.none")));
        password.disableProperty().bind(model.userProperty().isEmpty());
        text("password", "smtpPasswordField", model.passwordProperty(), password, null);
        text("fromAddress", "smtpFromField", model.fromAddressProperty(), new TextField(), "relances@example.fr");
        text("fromName", "smtpFromNameField", model.fromNameProperty(), new TextField(), "");
        text("replyTo", "smtpReplyToField", model.replyToProperty(), new TextField(), "compta@example.fr");

        Button save = new Button(messages.get("mail.settings.save"));
        save.setId("smtpSaveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Button test = new Button(messages.get("mail.settings.test"));
        test.setId("smtpTestButton");
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(event -> model.testConnection());
        Label status = new Label();
        status.setId("smtpStatusLabel");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((obs, old, isError) -> {
            status.getStyleClass().remove("danger");
            if (isError) {
                status.getStyleClass().add("danger");
            }
        });
        Label storage = new Label(messages.get("mail.settings.passwordStorage"));
        storage.setWrapText(true);
        storage.getStyleClass().add("text-muted");

        VBox content = new VBox(12, intro, grid, new HBox(8, save, test), status, storage);
        content.setPadding(new Insets(16));
        content.setMaxWidth(760);
        setContent(content);
    }

    private void text(String field, String id, javafx.beans.property.StringProperty property,
                      TextInputControl control, String prompt) {
        control.setId(id);
        if (prompt != null) {
            control.setPromptText(prompt);
        }
        control.textProperty().bindBidirectional(property);
        field(field, control);
    }

    private void field(String field, javafx.scene.control.Control control) {
        Label label = new Label(messages.get("mail.settings.field." + field));
        label.setLabelFor(control);
        control.setAccessibleText(label.getText());
        control.setPrefWidth(360);
        Label error = new Label();
        error.setId("smtpError-" + field);
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty(field));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        grid.add(label, 0, row);
        grid.add(new VBox(2, control, error), 1, row);
        row++;
    }
}
