package fr.relance.ui.cases;

import fr.relance.documents.DossierFormat;
import fr.relance.text.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Exporter le dossier…" in the case file's header: PDF or ZIP, the progress with a cancel, then what was written. */
public final class DossierExportBar extends VBox {

    public DossierExportBar(DossierExportViewModel model, Messages messages) {
        setId("dossierExportBar");
        setSpacing(4);
        setAlignment(Pos.TOP_RIGHT);
        MenuItem pdf = new MenuItem(messages.get("dossier.export.pdf"));
        pdf.setId("exportDossierPdf");
        pdf.setOnAction(e -> model.export(DossierFormat.PDF));
        MenuItem zip = new MenuItem(messages.get("dossier.export.zip"));
        zip.setId("exportDossierZip");
        zip.setOnAction(e -> model.export(DossierFormat.ZIP));
        MenuButton export = new MenuButton(messages.get("dossier.export.button"), null, pdf, zip);
        export.setId("exportDossierButton");
        // Its label in full: squeezed by the header, it showed as "...".
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        export.setAccessibleText(messages.get("dossier.export.button"));
        export.disableProperty().bind(model.busyProperty().or(model.debtorProperty().isNull()));

        ProgressBar bar = new ProgressBar();
        bar.setId("dossierProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(model.progressProperty());
        Button cancel = new Button(messages.get("dossier.export.cancel"));
        cancel.setId("cancelDossierButton");
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_RIGHT);
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label status = new Label();
        status.setId("dossierExportStatus");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.setMaxWidth(320);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        getChildren().addAll(export, running, status);
    }
}
