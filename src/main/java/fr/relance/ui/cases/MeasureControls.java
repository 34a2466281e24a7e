package fr.relance.ui.cases;

import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.cases.CaseMeasuresViewModel.Form;
import fr.relance.ui.common.Pickers;
import java.util.function.Function;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces every section of the follow-up tab is built from: captions, fields with their error, buttons. */
final class MeasureControls {

    final CaseMeasuresViewModel model;
    final Messages messages;
    final Formats formats;

    MeasureControls(CaseMeasuresViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
    }

    /** A section: its title above its content, in a card. */
    VBox section(String id, String titleKey, Node... content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title);
        box.getChildren().addAll(content);
        box.setId(id);
        box.getStyleClass().add("measure-section");
        return box;
    }

    Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A field with its caption above and the form's problem with that field below. */
    VBox field(String captionKey, Node input, Form form, String field) {
        return new VBox(3, caption(captionKey), input, error(form, field));
    }

    /** Shows the problem of the form's field from {@link CaseMeasuresViewModel#errors()}; takes no room without. */
    Label error(Form form, String field) {
        String key = CaseMeasuresViewModel.key(form, field);
        Label label = new Label();
        label.setId("error-" + form.name() + "-" + field);
        label.getStyleClass().add("danger");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        model.errors().addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(key)) {
                label.setText(change.wasAdded() ? change.getValueAdded() : "");
            }
        });
        return label;
    }

    /**
     * An action button. It hands the focus to its container before acting: a focused button that gets disabled
     * (busy, or its selection gone) would pass the focus on to the next control, and the scroll pane would jump to
     * it, away from what the user is looking at.
     */
    Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> {
            if (button.getParent() != null) {
                button.getParent().requestFocus();
            }
            action.run();
        });
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    DatePicker date(String id, String key) {
        DatePicker picker = Pickers.date(id, messages.get(key), formats);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    TextField text(String id, String key) {
        TextField text = new TextField();
        text.setId(id);
        text.setAccessibleText(messages.get(key));
        return text;
    }

    /** A choice list whose items read {@code label}, and whose prompt shows again after a reset. */
    <T> ComboBox<T> choice(String id, String promptKey, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(messages.get(promptKey));
        box.setAccessibleText(messages.get(promptKey));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(Pickers.display(label));
        box.setCellFactory(list -> cell(label, null));
        box.setButtonCell(cell(label, messages.get(promptKey)));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> label, String empty) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean isEmpty) {
                super.updateItem(value, isEmpty);
                setText(isEmpty || value == null ? empty : label.apply(value));
            }
        };
    }

    /** A short table: a few rows show, more scroll. */
    <T> TableView<T> table(String id, javafx.collections.ObservableList<T> items, String emptyKey, int rows) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        Label placeholder = new Label(messages.get(emptyKey));
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        table.setPrefHeight(30 + 26 * rows);
        table.setMinHeight(30 + 26 * 2);
        return table;
    }
}
