package fr.relance.ui.settings;

import fr.relance.text.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Paramètres › Données personnelles: retention period, purge, export of one debtor's data. */
public final class PrivacyPane extends VBox {

    public PrivacyPane(PrivacyViewModel model, Messages messages) {
        setSpacing(12);
        setPadding(new Insets(16));
        setMaxWidth(760);

        Label retentionTitle = new Label(messages.get("privacy.retention.title"));
        retentionTitle.getStyleClass().add("title-4");
        Label retentionHelp = new Label(messages.get("privacy.retention.help"));
        retentionHelp.setWrapText(true);
        TextField years = new TextField();
        years.setId("retentionYearsField");
        years.setPrefColumnCount(4);
        years.setAccessibleText(messages.get("privacy.retention.label"));
        years.textProperty().bindBidirectional(model.retentionYearsProperty());
        Button save = new Button(messages.get("privacy.retention.save"));
        save.setId("saveRetentionButton");
        save.setOnAction(e -> model.saveRetention());
        HBox retentionRow = new HBox(8, new Label(messages.get("privacy.retention.label")), years,
                new Label(messages.get("privacy.retention.years")), save);
        retentionRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label retentionError = new Label();
        retentionError.textProperty().bind(model.retentionErrorProperty());
        retentionError.getStyleClass().add("danger");
        retentionError.managedProperty().bind(retentionError.textProperty().isNotEmpty());

        Button purge = new Button(messages.get("privacy.purge.button"));
        purge.setId("purgeButton");
        purge.setOnAction(e -> model.purge());
        purge.disableProperty().bind(model.busyProperty());
        Label purgeHelp = new Label(messages.get("privacy.purge.help"));
        purgeHelp.setWrapText(true);
        Label status = new Label();
        status.setId("privacyStatus");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("text-muted");

        Label exportTitle = new Label(messages.get("privacy.export.title"));
        exportTitle.getStyleClass().add("title-4");
        Label exportHelp = new Label(messages.get("privacy.export.help"));
        exportHelp.setWrapText(true);
        TextField debtor = new TextField();
        debtor.setId("exportDebtorField");
        debtor.setPromptText("411DURAND");
        debtor.setAccessibleText(messages.get("privacy.export.debtor"));
        debtor.textProperty().bindBidirectional(model.debtorProperty());
        Button export = new Button(messages.get("privacy.export.button"));
        export.setId("exportDebtorButton");
        export.setOnAction(e -> model.exportDebtor());
        export.disableProperty().bind(model.busyProperty());
        HBox exportRow = new HBox(8, new Label(messages.get("privacy.export.debtor")), debtor, export);
        exportRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        getChildren().addAll(retentionTitle, retentionHelp, retentionRow, retentionError, purgeHelp, purge, status,
                new Separator(), exportTitle, exportHelp, exportRow);
    }

    public static Tab tab(PrivacyViewModel model, Messages messages) {
        Tab tab = new Tab(messages.get("privacy.tab"), new PrivacyPane(model, messages));
        tab.setId("privacyTab");
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.load();
            }
        });
        return tab;
    }
}
