package fr.relance.ui.policies;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.StoredPolicy;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.Pickers;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Paramètres › Politiques de relance: the policies on the left, the selected one's form and steps on the right. */
public final class PoliciesView extends HBox {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final PoliciesViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final TableView<StoredPolicy> policyTable;
    private final TableView<StepRow> stepTable;
    private final ObservableList<String> templateChoices = FXCollections.observableArrayList();
    private boolean syncing;

    public PoliciesView(PoliciesViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("policiesView");
        setSpacing(16);
        setPadding(new Insets(16));
        policyTable = policyTable();
        stepTable = stepTable();
        VBox editor = editorPane();
        HBox.setHgrow(editor, Priority.ALWAYS);
        getChildren().addAll(listPane(), editor);

        model.templateCodes().addListener((ListChangeListener<String>) change -> fillTemplateChoices());
        fillTemplateChoices();
        model.currentProperty().addListener((obs, old, now) -> syncSelection());
        model.policies().addListener((ListChangeListener<StoredPolicy>) change -> syncSelection());
        policyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null && !model.select(now)) {
                Platform.runLater(this::syncSelection);   // the user keeps editing: back to the edited policy
            }
        });
    }

    /** The tab of Paramètres showing this view; its title says when changes are not saved. */
    public Tab tab() {
        Tab tab = new Tab();
        tab.setId("policiesTab");
        tab.textProperty().bind(Bindings.when(model.dirtyProperty())
                .then(messages.get("settings.policies.tab.unsaved")).otherwise(messages.get("settings.policies.tab")));
        tab.setContent(this);
        return tab;
    }

    private void syncSelection() {
        syncing = true;
        try {
            StoredPolicy current = model.currentProperty().get();
            StoredPolicy shown = current == null ? null : model.policies().stream()
                    .filter(p -> p.id() == current.id()).findFirst().orElse(null);
            if (shown == null) {
                policyTable.getSelectionModel().clearSelection();
            } else {
                policyTable.getSelectionModel().select(shown);
            }
        } finally {
            syncing = false;
        }
    }

    private void fillTemplateChoices() {
        templateChoices.setAll("");
        templateChoices.addAll(model.templateCodes());
    }

    // ---- the policies ----

    private TableView<StoredPolicy> policyTable() {
        Columns columns = new Columns(formats);
        TableView<StoredPolicy> table = new TableView<>(model.policies());
        table.setId("policiesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StoredPolicy, String> name = columns.text(messages.get("policies.column.name"), StoredPolicy::name);
        name.setPrefWidth(128);
        table.getColumns().add(name);
        TableColumn<StoredPolicy, String> kind = columns.text(messages.get("policies.column.kind"),
                p -> messages.get("debtor.kind." + p.definition().debtorKind().name()));
        kind.setPrefWidth(100);
        table.getColumns().add(kind);
        TableColumn<StoredPolicy, String> isDefault = columns.text(messages.get("policies.column.default"),
                p -> p.definition().defaultForKind() ? messages.get("policies.default.yes") : "");
        isDefault.setPrefWidth(70);
        isDefault.setMinWidth(70);
        table.getColumns().add(isDefault);
        TableColumn<StoredPolicy, Number> debtors = columns.integer(messages.get("policies.column.debtors"),
                StoredPolicy::followingDebtors);
        debtors.setPrefWidth(75);
        debtors.setMinWidth(75);
        table.getColumns().add(debtors);
        table.setPlaceholder(new Label(messages.get("policies.none")));
        return table;
    }

    private VBox listPane() {
        Label title = new Label(messages.get("policies.list.title"));
        title.getStyleClass().add("title-4");
        Button copy = button("copyPolicyButton", "policies.copy", model::copy);
        Button delete = button("deletePolicyButton", "policies.delete", model::delete);
        copy.disableProperty().bind(model.busyProperty().or(model.currentProperty().isNull()));
        delete.disableProperty().bind(model.busyProperty().or(model.currentProperty().isNull()));
        VBox pane = new VBox(8, title, policyTable, new HBox(8, copy, delete),
                hint(messages.get("policies.debtors.hint")));
        pane.setPrefWidth(380);
        pane.setMinWidth(380);
        pane.setMaxWidth(380);
        VBox.setVgrow(policyTable, Priority.ALWAYS);
        return pane;
    }

    // ---- the selected policy ----

    private VBox editorPane() {
        PolicyEditor editor = model.editor();
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, inputs);

        TextField name = new TextField();
        name.setId("policyName");
        name.setAccessibleText(messages.get("policies.field.name"));
        name.setPrefColumnCount(28);
        name.setMaxWidth(420);
        name.textProperty().bindBidirectional(editor.nameProperty());
        addRow(form, 0, "policies.field.name", name, fieldError("name", name));

        ComboBox<DebtorKind> kind = new ComboBox<>(FXCollections.observableArrayList(DebtorKind.values()));
        kind.setId("policyKind");
        kind.setAccessibleText(messages.get("policies.field.debtorKind"));
        kind.setConverter(Pickers.display(k -> messages.get("debtor.kind." + k.name())));
        kind.valueProperty().bindBidirectional(editor.kindProperty());
        kind.disableProperty().bind(Bindings.createBooleanBinding(model::isKindLocked, model.currentProperty()));
        kind.setTooltip(new Tooltip(messages.get("policies.kind.locked")));
        addRow(form, 1, "policies.field.debtorKind", kind, fieldError("debtorKind", kind));

        CheckBox isDefault = new CheckBox();
        isDefault.setId("policyDefault");
        isDefault.textProperty().bind(Bindings.createStringBinding(() -> editor.kindProperty().get() == null ? ""
                : messages.get("policies.defaultFor." + editor.kindProperty().get().name()), editor.kindProperty()));
        isDefault.selectedProperty().bindBidirectional(editor.defaultForKindProperty());
        isDefault.disableProperty().bind(Bindings.createBooleanBinding(model::isStoredDefault,
                model.currentProperty()));
        Label defaultHint = hint(messages.get("policies.default.locked"));
        defaultHint.visibleProperty().bind(isDefault.disabledProperty());
        defaultHint.managedProperty().bind(isDefault.disabledProperty());
        form.add(new VBox(2, isDefault, defaultHint, fieldError("defaultForKind", isDefault)), 1, 2);

        TextField notice = new TextField();
        notice.setId("policyNoticeDeadline");
        notice.setAccessibleText(messages.get("policies.field.noticeDeadlineDays"));
        notice.setPrefColumnCount(4);
        notice.setAlignment(Pos.CENTER_RIGHT);
        notice.textProperty().bindBidirectional(editor.noticeDeadlineProperty());
        Label days = new Label(messages.get("policies.days"));
        days.setMinWidth(Region.USE_PREF_SIZE);
        notice.setMinWidth(Region.USE_PREF_SIZE);
        Label noticeHint = hint(messages.get("policies.noticeDeadline.hint"));
        HBox.setHgrow(noticeHint, Priority.ALWAYS);
        HBox noticeRow = new HBox(8, notice, days, noticeHint);
        noticeRow.setAlignment(Pos.CENTER_LEFT);
        addRow(form, 3, "policies.field.noticeDeadlineDays", noticeRow, fieldError("noticeDeadlineDays", notice));

        Label stepsTitle = new Label(messages.get("policies.steps"));
        stepsTitle.getStyleClass().add("title-4");
        HBox stepTools = new HBox(8, stepsTitle, stepButtons());
        stepTools.setAlignment(Pos.CENTER_LEFT);
        Label stepsError = fieldError("steps", null);

        Label problems = new Label();
        problems.setId("policyProblems");
        problems.getStyleClass().add("danger");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()),
                model.problems()));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());

        Button save = button("savePolicyButton", "common.save", model::save);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        Button revert = button("revertPolicyButton", "common.revert", model::revert);
        revert.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        Label status = new Label();
        status.setId("policyStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        HBox actions = new HBox(10, save, revert, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(8, form, stepTools, hint(messages.get("policies.offset.hint")), stepTable, stepsError,
                problems, hint(messages.get("policies.history.hint")), actions);
        VBox.setVgrow(stepTable, Priority.ALWAYS);
        return pane;
    }

    private HBox stepButtons() {
        Button add = new Button(messages.get("policies.step.add"));
        add.setId("addStepButton");
        add.setOnAction(event -> {
            int index = model.addStep(stepTable.getSelectionModel().getSelectedIndex());
            stepTable.getSelectionModel().select(index);
            stepTable.scrollTo(index);
            Platform.runLater(() -> {
                Node offset = stepTable.lookup("#step-offsetDays-" + index);
                if (offset != null) {
                    offset.requestFocus();
                }
            });
        });
        Button remove = new Button(messages.get("policies.step.remove"));
        remove.setId("removeStepButton");
        remove.setOnAction(event -> model.removeStep(stepTable.getSelectionModel().getSelectedIndex()));
        Button up = new Button(messages.get("policies.step.up"));
        up.setId("moveStepUpButton");
        up.setOnAction(event -> move(-1));
        Button down = new Button(messages.get("policies.step.down"));
        down.setId("moveStepDownButton");
        down.setOnAction(event -> move(1));
        var selected = stepTable.getSelectionModel().selectedIndexProperty();
        var size = Bindings.size(model.editor().steps());
        remove.disableProperty().bind(selected.lessThan(0));
        up.disableProperty().bind(selected.lessThan(1));
        down.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(size.subtract(1))));
        for (Button button : new Button[] {add, remove, up, down}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setAccessibleText(button.getText());
        }
        return new HBox(6, add, remove, up, down);
    }

    private void move(int delta) {
        int index = model.moveStep(stepTable.getSelectionModel().getSelectedIndex(), delta);
        stepTable.getSelectionModel().select(index);
    }

    // ---- the step table: every cell is a control bound to its row ----

    private TableView<StepRow> stepTable() {
        TableView<StepRow> table = new TableView<>(model.editor().steps());
        table.setId("stepsTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("policies.steps.none")));
        table.setMinHeight(200);

        TableColumn<StepRow, StepRow> position = column("policies.column.position", 40);
        position.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(StepRow row, boolean empty) {
                super.updateItem(row, empty);
                textProperty().unbind();
                if (empty || row == null) {
                    setText(null);
                } else {
                    textProperty().bind(row.positionProperty().asString());
                }
                setAlignment(Pos.CENTER);
            }
        });
        table.getColumns().add(position);
        table.getColumns().add(textColumn("offsetDays", 64, StepRow::offsetProperty));
        TableColumn<StepRow, StepRow> action = column("policies.column.action", 185);
        action.setCellFactory(c -> new ControlCell<>(actionBox(), "action") {
            @Override
            void bind(StepRow row) {
                control.valueProperty().bindBidirectional(row.actionProperty());
            }

            @Override
            void unbind(StepRow row) {
                control.valueProperty().unbindBidirectional(row.actionProperty());
            }
        });
        table.getColumns().add(action);
        TableColumn<StepRow, StepRow> template = column("policies.column.templateCode", 170);
        template.setCellFactory(c -> new ControlCell<>(templateBox(), "templateCode") {
            @Override
            void bind(StepRow row) {
                control.valueProperty().bindBidirectional(row.templateProperty());
            }

            @Override
            void unbind(StepRow row) {
                control.valueProperty().unbindBidirectional(row.templateProperty());
            }
        });
        table.getColumns().add(template);
        table.getColumns().add(textColumn("minAmount", 90, StepRow::minAmountProperty));
        table.getColumns().add(textColumn("minGapDays", 75, StepRow::minGapProperty));
        TableColumn<StepRow, StepRow> deadline = column("policies.column.deadlineDays", 100);
        deadline.setCellFactory(c -> new ControlCell<>(numberField(), "deadlineDays") {
            @Override
            void bind(StepRow row) {
                control.textProperty().bindBidirectional(row.deadlineProperty());
                control.disableProperty().bind(row.actionProperty().isNotEqualTo(DunningAction.FORMAL_NOTICE));
            }

            @Override
            void unbind(StepRow row) {
                control.textProperty().unbindBidirectional(row.deadlineProperty());
                control.disableProperty().unbind();
            }
        });
        table.getColumns().add(deadline);
        return table;
    }

    private TableColumn<StepRow, StepRow> column(String titleKey, double width) {
        TableColumn<StepRow, StepRow> column = new TableColumn<>(messages.get(titleKey));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private TableColumn<StepRow, StepRow> textColumn(String field, double width,
                                                     Function<StepRow, StringProperty> property) {
        TableColumn<StepRow, StepRow> column = column("policies.column." + field, width);
        column.setCellFactory(c -> new ControlCell<>(numberField(), field) {
            @Override
            void bind(StepRow row) {
                control.textProperty().bindBidirectional(property.apply(row));
            }

            @Override
            void unbind(StepRow row) {
                control.textProperty().unbindBidirectional(property.apply(row));
            }
        });
        return column;
    }

    private static TextField numberField() {
        TextField field = new TextField();
        field.setAlignment(Pos.CENTER_RIGHT);
        return field;
    }

    private ChoiceBox<DunningAction> actionBox() {
        ChoiceBox<DunningAction> box = new ChoiceBox<>(FXCollections.observableArrayList(DunningAction.values()));
        box.setConverter(Pickers.display(a -> messages.get("policies.action." + a.name())));
        return box;
    }

    private ChoiceBox<String> templateBox() {
        ChoiceBox<String> box = new ChoiceBox<>(templateChoices);
        box.setConverter(Pickers.display(this::templateLabel, messages.get("policies.template.none")));
        return box;
    }

    private String templateLabel(String code) {
        if (code.isEmpty()) {
            return messages.get("policies.template.none");
        }
        return messages.has("policies.template." + code) ? messages.get("policies.template." + code) : code;
    }

    /** A table cell holding one control bound to its row's property, marked when the row has a problem there. */
    private abstract class ControlCell<C extends Control> extends TableCell<StepRow, StepRow> {

        final C control;
        private final String field;
        private StepRow bound;
        private final MapChangeListener<String, String> errorListener = change -> mark();

        ControlCell(C control, String field) {
            this.control = control;
            this.field = field;
            control.setMaxWidth(Double.MAX_VALUE);
            control.setAccessibleText(messages.get("policies.column." + field));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            // Working in a row selects it, so that remove / move up / move down act on it.
            control.focusedProperty().addListener((obs, was, now) -> {
                if (now && getTableView() != null && getIndex() >= 0 && getIndex() < getTableView().getItems().size()) {
                    getTableView().getSelectionModel().select(getIndex());
                }
            });
        }

        abstract void bind(StepRow row);

        abstract void unbind(StepRow row);

        @Override
        protected void updateItem(StepRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                unbind(bound);
                bound.errors().removeListener(errorListener);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            bind(row);
            row.errors().addListener(errorListener);
            control.setId("step-" + field + "-" + getIndex());
            mark();
            setGraphic(control);
        }

        private void mark() {
            String message = bound == null ? null : bound.errors().get(field);
            control.pseudoClassStateChanged(DANGER, message != null);
            control.setTooltip(message == null ? null : new Tooltip(message));
        }
    }

    // ---- helpers ----

    private void addRow(GridPane form, int row, String labelKey, Node input, Label error) {
        Label label = new Label(messages.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (input instanceof Control control) {
            label.setLabelFor(control);
        }
        form.add(label, 0, row);
        form.add(new VBox(2, input, error), 1, row);
    }

    /** The problem on one of the policy's own fields, under it; the field is marked too. */
    private Label fieldError(String field, Control input) {
        Label error = new Label();
        error.setId("policyError-" + field);
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMaxWidth(640);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        model.fieldErrors().addListener((MapChangeListener<String, String>) change -> {
            String message = model.fieldErrors().get(field);
            error.setText(message == null ? "" : message);
            if (input != null) {
                input.pseudoClassStateChanged(DANGER, message != null);
            }
        });
        return error;
    }

    private Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);   // wraps onto more lines instead of ending in "..."
        return hint;
    }

    private Button button(String id, String textKey, Runnable action) {
        Button button = new Button(messages.get(textKey));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
