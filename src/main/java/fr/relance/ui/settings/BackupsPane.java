package fr.relance.ui.settings;

import fr.relance.backup.BackupArchive;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Sauvegardes" tab of Paramètres: builds the controls, binds them to {@link BackupsViewModel}, forwards. */
public final class BackupsPane extends VBox {

    public BackupsPane(BackupsViewModel model, Messages messages, Columns columns) {
        super(10);
        setId("backupsPane");
        setPadding(new Insets(16));

        Label intro = new Label(messages.get("backup.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        Label folderLabel = new Label(messages.get("backup.folder"));
        folderLabel.setMinWidth(Region.USE_PREF_SIZE);
        TextField folder = new TextField(model.folder());
        folder.setId("backupFolder");
        folder.setEditable(false);
        folder.setAccessibleText(messages.get("backup.folder"));
        folderLabel.setLabelFor(folder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(8, folderLabel, folder);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        TableView<BackupArchive> table = new TableView<>(model.rows());
        table.setId("backupsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("backup.none")));
        TableColumn<BackupArchive, String> date = columns.text(messages.get("backup.column.date"), model::takenAt);
        date.setId("backupDateColumn");
        date.setSortable(false); // newest first, as listed
        TableColumn<BackupArchive, String> kind = columns.text(messages.get("backup.column.kind"), model::kind);
        kind.setId("backupKindColumn");
        TableColumn<BackupArchive, String> size = columns.text(messages.get("backup.column.size"), model::size);
        size.setId("backupSizeColumn");
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<BackupArchive, String> version = columns.text(messages.get("backup.column.version"),
                a -> a.manifest().appVersion());
        TableColumn<BackupArchive, String> file = columns.text(messages.get("backup.column.file"),
                a -> a.file().getFileName().toString());
        // Fixed widths for the short columns; the file name takes the rest.
        fixWidth(date, 150);
        fixWidth(kind, 130);
        fixWidth(size, 100);
        fixWidth(version, 175);
        table.getColumns().setAll(java.util.List.of(date, kind, size, version, file));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button backupNow = button("backupNowButton", messages.get("backup.now"), model::backupNow);
        backupNow.getStyleClass().add("accent");
        backupNow.disableProperty().bind(model.busyProperty());
        Button restore = button("restoreSelectedButton", messages.get("backup.restoreSelected"),
                model::restoreSelected);
        restore.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        Button restoreFile = button("restoreFileButton", messages.get("backup.restoreFile"), model::restoreFromFile);
        restoreFile.disableProperty().bind(model.busyProperty());
        Button delete = button("deleteBackupButton", messages.get("backup.delete"), model::deleteSelected);
        delete.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
        HBox actions = new HBox(10, backupNow, restore, restoreFile, delete);
        actions.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("backupProgress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Button cancel = button("cancelBackupButton", messages.get("common.cancel"), model::cancel);
        cancel.visibleProperty().bind(model.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox progressRow = new HBox(10, bar, cancel, status);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        Label automaticFailure = new Label();
        automaticFailure.setId("automaticBackupFailure");
        automaticFailure.getStyleClass().add("danger");
        automaticFailure.setWrapText(true);
        automaticFailure.textProperty().bind(model.automaticFailureProperty());
        automaticFailure.visibleProperty().bind(model.automaticFailureProperty().isNotEmpty());
        automaticFailure.managedProperty().bind(automaticFailure.visibleProperty());

        getChildren().addAll(intro, folderRow, table, actions, progressRow, automaticFailure);
    }

    /** The tab of Paramètres; the folder is read again each time it is shown (backups come and go by themselves). */
    public static Tab tab(BackupsViewModel model, Messages messages, Formats formats) {
        Tab tab = new Tab(messages.get("backup.tab"), new BackupsPane(model, messages, new Columns(formats)));
        tab.setId("backupsTab");
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.load();
            }
        });
        return tab;
    }

    private static void fixWidth(TableColumn<?, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
