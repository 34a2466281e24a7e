package fr.relance.ui.worklist;

import fr.relance.domain.letters.LetterBodyText;
import fr.relance.dunning.LetterRun;
import fr.relance.text.Formats;
import fr.relance.text.LetterLines;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window of the day's letters: the reviewed letters with what excludes them or what to check, then Générer,
 * Imprimer, Ouvrir, the deposit list, Marquer comme envoyés; a progress bar and a cancel button while work runs.
 */
public final class LetterBatchView {

    private final Stage stage;
    private final LetterBatchViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final LetterLines words;

    /** @param stage a new stage, owned by the main window; the batch is modal to it */
    public LetterBatchView(Stage stage, Window owner, LetterBatchViewModel model, Messages messages, Formats formats) {
        this.stage = stage;
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.words = new LetterLines(messages);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("letters.batch.title", formats.date(model.asOf())));

        BorderPane root = new BorderPane();
        root.setId("letterBatch");
        root.setPadding(new Insets(16));
        Label title = new Label(messages.get("letters.batch.title", formats.date(model.asOf())));
        title.getStyleClass().add("title-3");
        Label intro = new Label(messages.get("letters.batch.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(4, title, intro);
        BorderPane.setMargin(top, new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(table());
        root.setBottom(footer());

        Scene scene = new Scene(root, 1280, 640);
        scene.getStylesheets().add(LetterBatchView.class.getResource("/fr/relance/ui/relance.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(460);
        stage.setOnHidden(event -> model.cancel());
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private TableView<LetterBatchViewModel.Row> table() {
        TableView<LetterBatchViewModel.Row> table = new TableView<>(model.rows());
        table.setId("letterBatchTable");
        table.setAccessibleText(messages.get("letters.batch.title", formats.date(model.asOf())));
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("letters.batch.none")));
        Columns columns = new Columns(formats);

        TableColumn<LetterBatchViewModel.Row, Boolean> include = new TableColumn<>(
                messages.get("letters.batch.column.include"));
        include.setId("includeColumn");
        include.setCellValueFactory(c -> c.getValue().includedProperty());
        include.setCellFactory(c -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean value, boolean empty) {
                super.updateItem(value, empty);
                LetterBatchViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setDisable(row != null && !row.printable());
            }
        });
        include.setEditable(true);
        include.setPrefWidth(95);
        include.setMinWidth(95);
        include.setMaxWidth(100);
        include.setSortable(false);

        TableColumn<LetterBatchViewModel.Row, String> debtor = columns.text(
                messages.get("letters.batch.column.debtor"), r -> r.line().item().debtorName());
        debtor.setId("debtorColumn");
        debtor.setPrefWidth(170);
        TableColumn<LetterBatchViewModel.Row, String> kind = columns.text(messages.get("letters.batch.column.kind"),
                r -> words.kind(r.line().kind()));
        kind.setPrefWidth(150);
        TableColumn<LetterBatchViewModel.Row, String> channel = columns.text(
                messages.get("letters.batch.column.channel"), r -> words.channel(r.line().channel()));
        channel.setPrefWidth(150);
        TableColumn<LetterBatchViewModel.Row, LetterBatchViewModel.Row> tracking = new TableColumn<>(
                messages.get("letters.batch.column.tracking"));
        tracking.setId("trackingColumn");
        tracking.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        tracking.setCellFactory(c -> new TrackingCell(messages.get("letters.batch.tracking.prompt")));
        tracking.setPrefWidth(200);
        tracking.setMinWidth(170);
        tracking.setSortable(false);
        TableColumn<LetterBatchViewModel.Row, BigDecimal> amount = columns.money(
                messages.get("letters.batch.column.amount"), LetterBatchView::claimed, false);
        amount.setPrefWidth(160);
        amount.setMinWidth(160);
        TableColumn<LetterBatchViewModel.Row, String> toCheck = new TableColumn<>(
                messages.get("letters.batch.column.problems"));
        toCheck.setId("problemsColumn");
        toCheck.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().toCheck()));
        toCheck.setCellFactory(c -> new TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                text.maxWidthProperty().bind(widthProperty().subtract(12));
            }

            {
                // The row grows to the reason's wrapped lines: a label as graphic is measured on one line
                // otherwise, and a long reason was cut at both ends.
                widthProperty().addListener((obs, old, now) -> {
                    if (getTableRow() != null) {
                        getTableRow().requestLayout();
                    }
                });
            }

            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() == null) {
                    return super.computePrefHeight(width);
                }
                // The column's width, not the cell's: a cell not laid out yet is narrow and would ask for a tall row.
                double column = getTableColumn() == null ? getWidth() : getTableColumn().getWidth();
                double inner = column - snappedLeftInset() - snappedRightInset();
                return snappedTopInset() + snappedBottomInset() + text.prefHeight(Math.max(inner - 12, 40));
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                LetterBatchViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                text.getStyleClass().removeAll("danger", "text-muted");
                if (row == null || value == null || value.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                text.setText(value);
                text.getStyleClass().add(row.printable() ? "text-muted" : "danger");
                setGraphic(text);
            }
        });
        toCheck.setPrefWidth(340);
        table.getColumns().addAll(java.util.List.of(include, debtor, kind, channel, tracking, amount, toCheck));
        return table;
    }

    /**
     * The number of a registered letter's label, typed or scanned (a scanner types it and presses Enter), taken when
     * Enter is pressed or the field is left; what is wrong with it shows under the field.
     */
    private static final class TrackingCell extends TableCell<LetterBatchViewModel.Row, LetterBatchViewModel.Row> {
        private final TextField field = new TextField();
        private final Label problem = new Label();
        private final VBox box = new VBox(2, field, problem);
        private LetterBatchViewModel.Row row;

        TrackingCell(String prompt) {
            field.setPromptText(prompt);
            field.getStyleClass().add("tracking-number");
            // Inside a table row the theme draws text fields without a border: show that this one is to be filled.
            field.setStyle("-fx-background-color: -color-border-default, -color-bg-default; "
                    + "-fx-background-insets: 0, 1; -fx-background-radius: 4, 3;");
            problem.getStyleClass().add("danger");
            problem.setWrapText(true);
            problem.setMinHeight(Region.USE_PREF_SIZE);
            // Wrapped to the column's width, which the row's height is computed from (computePrefHeight).
            tableColumnProperty().addListener((obs, old, column) -> {
                problem.maxWidthProperty().unbind();
                if (column != null) {
                    problem.maxWidthProperty().bind(javafx.beans.binding.Bindings.max(100,
                            column.widthProperty().subtract(16)));
                }
            });
            problem.textProperty().addListener((obs, old, now) -> {
                if (getTableRow() != null) {
                    getTableRow().requestLayout();
                }
            });
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            field.setOnAction(event -> commit());
            field.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commit();
                }
            });
        }

        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double height = field.prefHeight(-1);
            if (!problem.getText().isEmpty()) {
                double column = getTableColumn() == null ? getWidth() : getTableColumn().getWidth();
                height += 2 + problem.prefHeight(Math.max(100, column - 16));
            }
            return snappedTopInset() + snappedBottomInset() + height;
        }

        private void commit() {
            if (row != null && !field.getText().equals(row.trackingNumberProperty().get())) {
                row.trackingNumberProperty().set(field.getText());
            }
        }

        @Override
        protected void updateItem(LetterBatchViewModel.Row item, boolean empty) {
            super.updateItem(item, empty);
            problem.textProperty().unbind();
            row = empty || item == null || !item.registered() ? null : item;
            if (row == null) {
                setGraphic(null);
                return;
            }
            field.setId("tracking-" + row.line().item().debtorId());
            field.setAccessibleText(row.line().item().debtorName());
            field.setText(row.trackingNumberProperty().get());
            problem.textProperty().bind(row.trackingProblemProperty());
            setGraphic(box);
        }
    }

    /** What the letter claims (principal, penalties, indemnities); the line's amount when it was not composed. */
    private static BigDecimal claimed(LetterBatchViewModel.Row row) {
        LetterRun.Line line = row.line();
        if (line.letter() == null) {
            return line.item().amount();
        }
        var content = line.letter().content();
        return LetterBodyText.principal(content).add(LetterBodyText.penalties(content))
                .add(LetterBodyText.indemnities(content));
    }

    private VBox footer() {
        Label summary = new Label();
        summary.setId("letterBatchSummary");
        summary.textProperty().bind(model.summaryProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("letterBatchProgress");
        progress.setPrefWidth(320);
        progress.progressProperty().bind(model.progressProperty());
        Button cancel = new Button(messages.get("letters.batch.cancel"));
        cancel.setId("letterBatchCancel");
        cancel.setOnAction(event -> model.cancel());
        HBox running = new HBox(10, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(running.visibleProperty());

        Label status = new Label();
        status.setId("letterBatchStatus");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("letterBatchError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        Button generate = button("generateLettersButton", "letters.batch.generate", model::generate);
        generate.getStyleClass().add("accent");
        generate.disableProperty().bind(model.canGenerate().not());
        Button print = button("printLettersButton", "letters.batch.print", model::print);
        print.disableProperty().bind(model.canUseBatch().not());
        Button open = button("openLettersButton", "letters.batch.openPdf", model::openLetters);
        open.disableProperty().bind(model.canUseBatch().not());
        Button deposit = button("openDepositListButton", "letters.batch.openDeposit", model::openDepositList);
        deposit.disableProperty().bind(model.canUseBatch().not().or(model.batchProperty().isNull())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.batchProperty().get() == null
                        || model.batchProperty().get().depositList() == null, model.batchProperty())));
        Button markSent = button("markSentButton", "letters.batch.markSent", model::markSent);
        markSent.getStyleClass().add("success");
        markSent.disableProperty().bind(model.canMarkSent().not());
        Button close = button("closeLetterBatchButton", "letters.batch.close", stage::close);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, generate, print, open, deposit, markSent, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox footer = new VBox(8, summary, running, status, error, buttons);
        footer.setPadding(new Insets(10, 0, 0, 0));
        return footer;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
