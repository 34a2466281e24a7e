package fr.relance.ui.letters;

import fr.relance.text.Messages;
import java.io.ByteArrayInputStream;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Paramètres › Courriers: the envelope window and the letterhead's logo. */
public final class LetterSettingsPane extends ScrollPane {

    private final LetterSettingsViewModel model;
    private final Messages messages;

    public LetterSettingsPane(LetterSettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("letterSettingsPane");
        getStylesheets().add(LetterSettingsPane.class.getResource("letters.css").toExternalForm());
        VBox content = new VBox(24, envelope(), logo());
        content.setPadding(new Insets(16));
        setContent(content);
        setFitToWidth(true);
    }

    private VBox envelope() {
        Label title = new Label(messages.get("letterSettings.envelope.title"));
        title.getStyleClass().add("title-4");
        Label help = new Label(messages.get("letterSettings.envelope.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMaxWidth(640);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (String field : LetterSettingsViewModel.FIELDS) {
            Label label = new Label(messages.get("letterSettings.envelope." + field));
            label.setMinWidth(Region.USE_PREF_SIZE);
            TextField input = new TextField();
            input.setId("envelope-" + field);
            input.setAccessibleText(label.getText());
            input.setPrefColumnCount(6);
            input.textProperty().bindBidirectional(model.field(field));
            label.setLabelFor(input);
            Label error = new Label();
            error.setId("envelope-" + field + "-error");
            error.getStyleClass().add("danger");
            error.setWrapText(true);
            error.setMaxWidth(480);
            model.errors().addListener((MapChangeListener<String, String>) change -> {
                String message = model.errors().get(field);
                error.setText(message == null ? "" : message);
                input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), message != null);
                input.setTooltip(message == null ? null : new Tooltip(message));
            });
            HBox withUnit = new HBox(6, input, new Label("mm"));
            withUnit.setAlignment(Pos.CENTER_LEFT);
            grid.addRow(row++, label, withUnit, error);
        }
        Label position = new Label();
        position.setId("envelopeAddressPosition");
        position.getStyleClass().add("text-muted");
        position.textProperty().bind(model.addressPositionProperty());
        Button save = new Button(messages.get("common.save"));
        save.setId("saveEnvelopeButton");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> model.saveEnvelope());
        Button defaults = new Button(messages.get("letterSettings.envelope.reset"));
        defaults.setId("resetEnvelopeButton");
        defaults.setOnAction(event -> model.resetEnvelope());
        Button calibration = new Button(messages.get("letterSettings.calibration"));
        calibration.setId("calibrationButton");
        calibration.setOnAction(event -> model.printCalibration());
        HBox actions = new HBox(10, save, defaults, calibration);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("envelopeStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.envelopeStatusProperty());
        return new VBox(8, title, help, grid, position, actions, status);
    }

    private VBox logo() {
        Label title = new Label(messages.get("letterSettings.logo.title"));
        title.getStyleClass().add("title-4");
        Label help = new Label(messages.get("letterSettings.logo.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMaxWidth(640);
        ImageView image = new ImageView();
        image.setId("logoPreview");
        image.setPreserveRatio(true);
        image.setFitWidth(208); // 55 mm at 96 dpi: the letterhead's logo box
        image.setFitHeight(76);  // 20 mm
        Label none = new Label(messages.get("letterSettings.logo.none"));
        none.setId("logoNone");
        none.getStyleClass().add("text-muted");
        model.logoProperty().addListener((obs, old, logo) -> {
            image.setImage(logo == null ? null : new Image(new ByteArrayInputStream(logo.bytes())));
            none.setVisible(logo == null);
        });
        StackPane box = new StackPane(image, none);
        box.getStyleClass().add("logo-box");
        box.setPrefSize(224, 92);
        box.setMaxSize(224, 92);
        Button choose = new Button(messages.get("letterSettings.logo.choose"));
        choose.setId("chooseLogoButton");
        choose.setOnAction(event -> model.chooseLogo());
        Button remove = new Button(messages.get("letterSettings.logo.remove"));
        remove.setId("removeLogoButton");
        remove.disableProperty().bind(model.logoProperty().isNull());
        remove.setOnAction(event -> model.removeLogo());
        HBox actions = new HBox(10, choose, remove);
        Label error = new Label();
        error.setId("logoError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMaxWidth(640);
        error.textProperty().bind(model.logoErrorProperty());
        Label status = new Label();
        status.setId("logoStatus");
        status.textProperty().bind(model.logoStatusProperty());
        return new VBox(8, title, help, box, actions, error, status);
    }
}
