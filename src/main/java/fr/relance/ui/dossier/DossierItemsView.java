package fr.relance.ui.dossier;

import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.text.Messages;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Paramètres › Dossier: which items a dossier needs before the handover, and the custom ones. */
public final class DossierItemsView extends VBox {

    public DossierItemsView(DossierItemsViewModel model, Messages messages, DossierTexts texts) {
        super(10);
        setId("dossierItemsView");
        setPadding(new Insets(16));
        Label title = new Label(messages.get("dossierItems.title"));
        title.getStyleClass().add("title-4");
        Label help = new Label(messages.get("dossierItems.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");

        TableView<DossierItemDefinition> table = new TableView<>(model.items());
        table.setId("dossierItemsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DossierItemDefinition, String> label = new TableColumn<>(messages.get("dossierItems.column.item"));
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.label(c.getValue()) + (c.getValue().custom() ? " " + messages.get("dossierItems.custom") : "")));
        table.getColumns().add(check(messages.get("dossierItems.column.enabled"), "dossierItemEnabled",
                DossierItemDefinition::enabled, (i, v) -> model.setEnabled(i, v)));
        table.getColumns().add(check(messages.get("dossierItems.column.required"), "dossierItemRequired",
                DossierItemDefinition::required, (i, v) -> model.setRequired(i, v)));
        table.getColumns().add(label);
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField newLabel = new TextField();
        newLabel.setId("dossierItemNewLabel");
        newLabel.setPromptText(messages.get("dossierItems.newPrompt"));
        newLabel.textProperty().bindBidirectional(model.newLabelProperty());
        HBox.setHgrow(newLabel, Priority.ALWAYS);
        Button add = new Button(messages.get("dossierItems.add"));
        add.setId("dossierItemAddButton");
        add.setOnAction(e -> model.add());
        newLabel.setOnAction(e -> model.add());
        Button save = new Button(messages.get("dossierItems.save"));
        save.setId("dossierItemsSaveButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        HBox row = new HBox(8, newLabel, add, save);
        row.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("dossierItemsError");
        error.getStyleClass().add("danger");
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.setId("dossierItemsStatus");
        status.getStyleClass().add("success");
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(title, help, table, row, error, status);
    }

    private static TableColumn<DossierItemDefinition, Boolean> check(String title, String id,
                                                                    Predicate<DossierItemDefinition> value,
                                                                    BiConsumer<Integer, Boolean> onChange) {
        TableColumn<DossierItemDefinition, Boolean> column = new TableColumn<>(title);
        column.setPrefWidth(110);
        column.setMaxWidth(130);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.test(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setId(id);
                box.setOnAction(e -> onChange.accept(getIndex(), box.isSelected()));
            }

            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : box);
                if (!empty && item != null) {
                    box.setSelected(item);
                }
            }
        });
        return column;
    }
}
