package fr.relance.ui.about;

import fr.relance.text.Messages;
import java.io.InputStream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** À propos de Relance: version, build date, data and log folders, and the diagnostic for a support request. */
public final class AboutView {

    private final Stage stage;

    public AboutView(Stage stage, Window owner, AboutViewModel model, Messages messages) {
        this.stage = stage;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("about.title"));

        Label name = new Label(messages.get("app.title"));
        name.getStyleClass().add("title-2");
        Label version = new Label(model.versionText());
        version.setId("aboutVersion");
        Label built = new Label(model.buildText());
        built.setId("aboutBuilt");
        built.getStyleClass().add("text-muted");
        Label tagline = new Label(messages.get("about.tagline"));
        tagline.setWrapText(true);
        tagline.setMinHeight(Region.USE_PREF_SIZE); // wrapped on as many lines as it needs, never cut
        VBox identity = new VBox(4, name, version, built, tagline);
        identity.setMinWidth(0);
        HBox.setHgrow(identity, Priority.ALWAYS);
        HBox header = new HBox(16, identity);
        Image icon = icon();
        if (icon != null) {
            ImageView view = new ImageView(icon);
            view.setFitWidth(72);
            view.setFitHeight(72);
            header.getChildren().add(0, view);
        }
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane places = new GridPane();
        places.setHgap(8);
        places.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints paths = new ColumnConstraints();
        paths.setHgrow(Priority.ALWAYS);
        places.getColumnConstraints().addAll(labels, paths, new ColumnConstraints());
        Button openData = new Button(messages.get("about.openFolder"));
        openData.setId("aboutOpenDataFolder");
        openData.setAccessibleText(messages.get("about.openDataFolder.accessible"));
        openData.setOnAction(event -> model.openDataFolder());
        Button openLogs = new Button(messages.get("about.openFolder"));
        openLogs.setId("aboutOpenLogFolder");
        openLogs.setAccessibleText(messages.get("about.openLogFolder.accessible"));
        openLogs.setOnAction(event -> model.openLogFolder());
        places.addRow(0, new Label(messages.get("about.dataFolder")), path("aboutDataFolder",
                model.dataFolderText()), openData);
        places.addRow(1, new Label(messages.get("about.dataFile")), path("aboutDataFile", model.dataFileText()));
        places.addRow(2, new Label(messages.get("about.logFolder")), path("aboutLogFolder", model.logFolderText()),
                openLogs);
        Label java = new Label(model.javaText());
        java.setId("aboutJava");
        java.getStyleClass().add("text-muted");
        java.setWrapText(true);

        Button copy = new Button(messages.get("about.copyDiagnostic"));
        copy.setId("aboutCopyDiagnostic");
        copy.setTooltip(new javafx.scene.control.Tooltip(messages.get("about.copyDiagnostic.help")));
        copy.disableProperty().bind(model.busyProperty());
        copy.setOnAction(event -> model.copyDiagnostic());
        Button close = new Button(messages.get("about.close"));
        close.setId("aboutClose");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Label status = new Label();
        status.setId("aboutStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, copy, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label licence = new Label(messages.get("about.licence"));
        licence.getStyleClass().add("text-muted");
        licence.setWrapText(true);
        licence.setMinHeight(Region.USE_PREF_SIZE);

        VBox root = new VBox(16, header, places, java, licence, status, buttons);
        root.setId("aboutDialog");
        root.setPadding(new Insets(20));
        Scene scene = new Scene(root, 740, 500);
        scene.getStylesheets().add(AboutView.class.getResource("/fr/relance/ui/relance.css").toExternalForm());
        stage.setScene(scene);
    }

    /** A path the user can select and copy, not edit. */
    private static TextField path(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(false);
        field.setAccessibleText(text);
        return field;
    }

    private static Image icon() {
        try (InputStream in = AboutView.class.getResourceAsStream("/fr/relance/ui/icon/relance-128.png")) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public void show() {
        stage.show();
    }
}
