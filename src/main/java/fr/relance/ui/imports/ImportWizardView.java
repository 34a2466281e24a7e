package fr.relance.ui.imports;

import fr.relance.ui.common.Pickers;
import fr.relance.imports.ImportFormat;
import fr.relance.imports.LedgerField;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import fr.relance.ui.imports.ImportWizardViewModel.RejectedRow;
import fr.relance.ui.imports.ImportWizardViewModel.Step;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The import wizard's window: one pane per step, Back / Next / Cancel below, the running task's progress. */
public final class ImportWizardView {

    private final Stage stage;
    private final ImportWizardViewModel model;
    private final Messages messages;
    private final Columns columns;
    private final Map<Step, Node> panes = new EnumMap<>(Step.class);
    private final Map<Step, Label> stepLabels = new EnumMap<>(Step.class);

    /** @param stage a new stage, owned by the main window; the wizard is modal to it */
    public ImportWizardView(Stage stage, Window owner, ImportWizardViewModel model, Messages messages,
                            Formats formats) {
        this.stage = stage;
        this.model = model;
        this.messages = messages;
        this.columns = new Columns(formats);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.wizard.title"));

        panes.put(Step.FILE, filePane());
        panes.put(Step.FORMAT, formatPane());
        panes.put(Step.MAPPING, mappingPane());
        panes.put(Step.PREVIEW, previewPane());
        panes.put(Step.DONE, donePane());
        StackPane center = new StackPane(panes.values().toArray(Node[]::new));
        center.setPadding(new Insets(16, 24, 8, 24));

        BorderPane root = new BorderPane(center);
        root.setTop(steps());
        root.setBottom(footer());
        root.setId("importWizard");
        model.stepProperty().addListener((obs, old, now) -> showStep(now));
        showStep(model.stepProperty().get());

        Scene scene = new Scene(root, 920, 660);
        scene.getStylesheets().add(ImportWizardView.class.getResource("/fr/relance/ui/relance.css").toExternalForm());
        scene.getStylesheets().add(ImportWizardView.class.getResource("import-wizard.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnHidden(event -> model.cancelTask());
    }

    public void show() {
        stage.show();
    }

    private HBox steps() {
        HBox steps = new HBox(8);
        int number = 1;
        for (Step step : Step.values()) {
            Label label = new Label(number++ + ". " + messages.get("import.step." + step.name()));
            label.getStyleClass().add("wizard-step");
            stepLabels.put(step, label);
            steps.getChildren().add(label);
            if (step != Step.DONE) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("text-muted");
                steps.getChildren().add(arrow);
            }
        }
        steps.getStyleClass().add("wizard-steps");
        steps.setAlignment(Pos.CENTER_LEFT);
        return steps;
    }

    private void showStep(Step current) {
        panes.forEach((step, pane) -> pane.setVisible(step == current));
        stepLabels.forEach((step, label) -> label.getStyleClass().removeAll("current"));
        stepLabels.get(current).getStyleClass().add("current");
    }

    // ---- panes ----

    private Node filePane() {
        Label intro = wrapped(messages.get("import.file.intro"));
        Button choose = new Button(messages.get("import.file.button"));
        choose.setId("fileButton");
        choose.setDefaultButton(true);
        choose.setOnAction(event -> model.chooseFile());
        choose.disableProperty().bind(model.busyProperty());
        Label chosen = new Label();
        chosen.setId("fileLabel");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? messages.get("import.file.none") : model.fileProperty().get().toString(), model.fileProperty()));
        chosen.getStyleClass().add("text-muted");
        return pane(intro, choose, chosen);
    }

    private Node formatPane() {
        Label file = new Label();
        file.getStyleClass().add("title-4");
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : model.fileProperty().get().getFileName().toString(), model.fileProperty()));

        ChoiceBox<ImportFormat> format = new ChoiceBox<>();
        format.setId("formatChoice");
        format.getItems().setAll(model.formats());
        format.setConverter(Pickers.display(f -> messages.get("import.format." + f.name())));
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.disableProperty().bind(model.busyProperty());

        ChoiceBox<String> sheet = new ChoiceBox<>(model.sheets());
        sheet.setId("sheetChoice");
        sheet.valueProperty().bindBidirectional(model.sheetProperty());
        sheet.disableProperty().bind(model.busyProperty());
        Label sheetLabel = new Label(messages.get("import.sheet.label"));
        sheetLabel.setLabelFor(sheet);
        var excel = Bindings.equal(model.formatProperty(), ImportFormat.XLSX);
        for (Node node : new Node[] {sheet, sheetLabel}) {
            node.visibleProperty().bind(excel);
            node.managedProperty().bind(excel);
        }
        Label formatLabel = new Label(messages.get("import.format.label"));
        formatLabel.setLabelFor(format);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, formatLabel, format);
        grid.addRow(1, sheetLabel, sheet);

        Label details = muted(model.fileDetailsProperty());
        details.setId("fileDetails");
        Label fec = wrapped(messages.get("import.format.fecNote"));
        var isFec = Bindings.equal(model.formatProperty(), ImportFormat.FEC);
        fec.visibleProperty().bind(isFec);
        fec.managedProperty().bind(isFec);
        return pane(file, grid, details, fec, presetLabel("formatPresetLabel"));
    }

    private Node mappingPane() {
        ColumnMappingModel mapping = model.mapping();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (LedgerField field : LedgerField.values()) {
            String name = messages.get("import.field." + field.name());
            Label label = new Label(field.required() ? messages.get("import.mapping.required", name) : name);
            ComboBox<String> column = new ComboBox<>(mapping.choices());
            column.setId("mapping-" + field.name());
            column.setAccessibleText(name);
            column.setPrefWidth(260);
            label.setLabelFor(column);
            Label example = new Label();
            example.getStyleClass().add("text-muted");
            Runnable sync = () -> {
                column.setValue(mapping.choiceOf(mapping.columnProperty(field).get()));
                String sample = mapping.example(field);
                example.setText(sample.isEmpty() ? "" : messages.get("import.mapping.example", sample));
            };
            mapping.columnProperty(field).addListener((obs, old, now) -> sync.run());
            mapping.choices().addListener((ListChangeListener<String>) change -> sync.run());
            column.valueProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    mapping.columnProperty(field).set(mapping.columnOf(now));
                }
            });
            sync.run();
            grid.addRow(row++, label, column, example);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("mappingScroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label missing = new Label();
        missing.setId("missingLabel");
        missing.getStyleClass().add("danger");
        missing.textProperty().bind(mapping.missingMessageProperty());
        missing.setWrapText(true);

        TextField presetName = new TextField();
        presetName.setId("presetNameField");
        presetName.setPromptText(messages.get("import.preset.prompt"));
        presetName.setPrefColumnCount(30);
        presetName.textProperty().bindBidirectional(model.presetNameProperty());
        Label presetNameLabel = new Label(messages.get("import.preset.saveAs"));
        presetNameLabel.setLabelFor(presetName);
        HBox save = new HBox(8, presetNameLabel, presetName);
        save.setAlignment(Pos.CENTER_LEFT);
        return pane(wrapped(messages.get("import.mapping.intro")), presetLabel("presetLabel"), scroll, missing,
                save);
    }

    private Node previewPane() {
        Label counts = new Label();
        counts.setId("countsLabel");
        counts.getStyleClass().add("title-4");
        counts.textProperty().bind(model.countsProperty());

        TableView<RejectedRow> table = new TableView<>(model.rejected());
        table.setId("rejectedTable");
        TableColumn<RejectedRow, Number> line = columns.integer(messages.get("import.rejected.line"),
                RejectedRow::line);
        line.setPrefWidth(70);
        line.setMaxWidth(90);
        TableColumn<RejectedRow, String> column = columns.text(messages.get("import.rejected.column"),
                RejectedRow::column);
        column.setPrefWidth(150);
        TableColumn<RejectedRow, String> reason = columns.text(messages.get("import.rejected.reason"),
                RejectedRow::reason);
        reason.setPrefWidth(420);
        TableColumn<RejectedRow, String> value = columns.text(messages.get("import.rejected.value"),
                RejectedRow::value);
        value.setPrefWidth(150);
        // The reason takes the width left: it is what the user needs to read in full
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(line, column, value, reason));
        table.setPlaceholder(new Label(messages.get("import.rejected.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label title = new Label(messages.get("import.rejected.title"));

        Button export = new Button(messages.get("import.rejections.export"));
        export.setId("exportRejectedButton");
        export.setOnAction(event -> model.exportRejected());
        export.disableProperty().bind(Bindings.isEmpty(model.rejected()).or(model.busyProperty()));

        CheckBox seen = new CheckBox(messages.get("import.rejected.seen"));
        seen.setId("seenRejectedCheck");
        seen.selectedProperty().bindBidirectional(model.seenRejectedProperty());
        var hasRejections = Bindings.isNotEmpty(model.rejected());
        seen.visibleProperty().bind(hasRejections);
        seen.disableProperty().bind(model.busyProperty());

        Button importButton = new Button();
        importButton.setId("importButton");
        importButton.getStyleClass().add("accent");
        importButton.textProperty().bind(model.importLabelProperty());
        importButton.disableProperty().bind(Bindings.not(model.canImport()));
        importButton.visibleProperty().bind(model.readProperty().isNotNull());
        importButton.setOnAction(event -> model.importValid());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(12, export, spacer, seen, importButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        return pane(counts, title, table, actions);
    }

    private Node donePane() {
        Label title = new Label(messages.get("import.done.title"));
        title.getStyleClass().add("title-3");
        Label summary = new Label();
        summary.setId("summaryLabel");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        return pane(title, summary);
    }

    private HBox footer() {
        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label notice = muted(model.noticeProperty());
        notice.setId("noticeLabel");
        notice.managedProperty().bind(model.noticeProperty().isNotEmpty());

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.progressProperty());
        Label working = new Label();
        working.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.readProperty().get() == null ? "import.preview.reading" : "import.preview.importing"),
                model.readProperty()));
        Button stop = new Button(messages.get("wizard.stopTask"));
        stop.setId("cancelTaskButton");
        stop.setOnAction(event -> model.cancelTask());
        var longTask = model.busyProperty().and(Bindings.equal(model.stepProperty(), Step.PREVIEW));
        HBox task = new HBox(8, working, progress, stop);
        task.setAlignment(Pos.CENTER_LEFT);
        task.visibleProperty().bind(longTask);
        task.managedProperty().bind(longTask);

        VBox messagesBox = new VBox(4, error, notice, task);
        HBox.setHgrow(messagesBox, Priority.ALWAYS);
        messagesBox.setMaxWidth(Double.MAX_VALUE);

        Button back = new Button(messages.get("wizard.back"));
        back.setId("backButton");
        back.setOnAction(event -> model.back());
        back.disableProperty().bind(model.busyProperty());
        showOnlyWhen(back, Bindings.createBooleanBinding(() -> switch (model.stepProperty().get()) {
            case FORMAT, MAPPING, PREVIEW -> true;
            default -> false;
        }, model.stepProperty()));

        var nextIsPreview = Bindings.createBooleanBinding(() -> model.stepProperty().get() == Step.MAPPING
                        || (model.stepProperty().get() == Step.FORMAT && model.formatProperty().get() == ImportFormat.FEC),
                model.stepProperty(), model.formatProperty());
        Button next = new Button(messages.get("wizard.next"));
        next.setId("nextButton");
        next.setOnAction(event -> model.next());
        next.disableProperty().bind(Bindings.not(model.canGoNext()));
        showOnlyWhen(next, Bindings.createBooleanBinding(() -> switch (model.stepProperty().get()) {
            case FILE, FORMAT -> true;
            default -> false;
        }, model.stepProperty()).and(nextIsPreview.not()));
        Button preview = new Button(messages.get("wizard.preview"));
        preview.setId("previewButton");
        preview.setDefaultButton(true);
        preview.setOnAction(event -> model.next());
        preview.disableProperty().bind(Bindings.not(model.canGoNext()));
        showOnlyWhen(preview, nextIsPreview);

        Button cancel = new Button();
        cancel.setId("cancelButton");
        cancel.setCancelButton(true);
        cancel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.stepProperty().get() == Step.DONE ? "wizard.close" : "common.cancel"), model.stepProperty()));
        cancel.setOnAction(event -> stage.close());

        HBox footer = new HBox(8, messagesBox, back, next, preview, cancel);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.getStyleClass().add("wizard-footer");
        return footer;
    }

    // ---- helpers ----

    private Label presetLabel(String id) {
        Label preset = new Label();
        preset.setId(id);
        preset.getStyleClass().add("success");
        preset.textProperty().bind(model.presetMessageProperty());
        preset.visibleProperty().bind(model.presetMessageProperty().isNotEmpty());
        preset.managedProperty().bind(preset.visibleProperty());
        return preset;
    }

    private static void showOnlyWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static VBox pane(Node... children) {
        VBox pane = new VBox(12, children);
        pane.setFillWidth(true);
        return pane;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("text-muted");
        label.textProperty().bind(text);
        label.setWrapText(true);
        return label;
    }

}
