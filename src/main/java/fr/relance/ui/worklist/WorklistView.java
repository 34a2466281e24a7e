package fr.relance.ui.worklist;

import fr.relance.ui.common.Pickers;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.text.WorklistLines;
import fr.relance.ui.common.EmptyState;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Actions du jour: the lines due on a date, one expandable group per action type, the decisions on a selection
 * below, and beside the list the line selected alone with its form (a call, a claim declaration, a warning).
 */
public final class WorklistView extends BorderPane {

    private final WorklistViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final TreeTableView<WorklistRow> table = new TreeTableView<>();
    private final LongConsumer openCase;
    private java.util.function.BiConsumer<Long, fr.relance.domain.letters.LetterKind> composeLetter;
    private final WorklistLinePane line;
    private HBox toolbarBar;

    public WorklistView(WorklistViewModel model, Messages messages, Formats formats) {
        this(model, messages, formats, null);
    }

    /** @param openCase opens a debtor's case file (double click on a line, or the button beside the list) */
    public WorklistView(WorklistViewModel model, Messages messages, Formats formats, LongConsumer openCase) {
        this.model = model;
        this.openCase = openCase;
        this.messages = messages;
        this.formats = formats;
        setId("worklistView");
        setPadding(new Insets(16));

        buildTable();
        model.groups().addListener((ListChangeListener<WorklistGroup>) change -> fill());
        fill();

        VBox list = new VBox(8, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        list.visibleProperty().bind(model.emptyProperty().not());
        VBox empty = EmptyState.of("worklistEmptyState", messages.get("worklist.nothing.title"),
                messages.get("worklist.nothing.text"));
        empty.visibleProperty().bind(model.emptyProperty());
        line = new WorklistLinePane(model, messages, formats, openCase);
        line.setPrefWidth(290);
        line.setMinWidth(270);
        line.visibleProperty().bind(model.emptyProperty().not());
        line.managedProperty().bind(line.visibleProperty());
        HBox.setHgrow(list, Priority.ALWAYS);
        StackPane content = new StackPane(new HBox(12, list, line), empty);
        BorderPane.setMargin(content, new Insets(8, 0, 8, 0));

        setTop(toolbar());
        setCenter(content);
        setBottom(actionBar());
    }

    private VBox toolbar() {
        Label title = new Label(messages.get("worklist.title"));
        title.getStyleClass().add("title-2");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("worklistSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("worklist.summary", model.items().size()), model.items()));

        Label asOfLabel = new Label(messages.get("worklist.asOf"));
        asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
        DatePicker asOf = Pickers.date("worklistAsOf", messages.get("worklist.asOf"), formats);
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOfLabel.setLabelFor(asOf);

        Button refresh = new Button(messages.get("worklist.refresh"));
        refresh.setId("worklistRefresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(event -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty().or(model.busyProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new VBox(2, title, summary), spacer, asOfLabel, asOf, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        toolbarBar = bar;
        return new VBox(bar);
    }

    private VBox actionBar() {
        var nothingSelected = Bindings.isEmpty(model.selection());
        var waiting = model.busyProperty().or(nothingSelected);

        Button execute = new Button(messages.get("worklist.execute"));
        execute.setId("executeButton");
        execute.getStyleClass().add("accent");
        execute.setOnAction(event -> model.execute(List.copyOf(model.selection())));
        execute.disableProperty().bind(waiting);

        DatePicker until = Pickers.date("postponeDate", messages.get("worklist.postpone.date"), formats);
        until.setPromptText(messages.get("worklist.postpone.date"));
        until.setPrefWidth(170);
        TextField postponeReason = new TextField();
        postponeReason.setId("postponeReason");
        postponeReason.setPromptText(messages.get("worklist.postpone.reason"));
        postponeReason.setAccessibleText(messages.get("worklist.postpone.reason"));
        postponeReason.setPrefColumnCount(16);
        Button postpone = new Button(messages.get("worklist.postpone"));
        postpone.setId("postponeButton");
        postpone.setOnAction(event -> model.postpone(List.copyOf(model.selection()), until.getValue(),
                postponeReason.getText()));
        postpone.disableProperty().bind(waiting);

        TextField skipReason = new TextField();
        skipReason.setId("skipReason");
        skipReason.setPromptText(messages.get("worklist.skip.reason"));
        skipReason.setAccessibleText(messages.get("worklist.skip.reason"));
        skipReason.setPrefColumnCount(14);
        Button skip = new Button(messages.get("worklist.skip"));
        skip.setId("skipButton");
        skip.setOnAction(event -> model.skip(List.copyOf(model.selection()), skipReason.getText()));
        skip.disableProperty().bind(waiting);

        // A decision taken: the reasons typed are for that decision, not the next one.
        model.statusProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                postponeReason.clear();
                skipReason.clear();
            }
        });

        Button compose = new Button(messages.get("worklist.composeLetter"));
        compose.setId("worklistComposeLetter");
        compose.setOnAction(event -> letterOf(model.selection()).ifPresent(kind ->
                composeLetter.accept(model.selection().get(0).debtorId(), kind)));
        compose.disableProperty().bind(Bindings.createBooleanBinding(
                () -> composeLetter == null || letterOf(model.selection()).isEmpty(), model.selection()));

        HBox actions = new HBox(10, execute, separator(), until, postponeReason, postpone, separator(), skipReason,
                skip, separator(), compose);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (var node : actions.getChildren()) {
            if (node instanceof Button button) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        Label error = new Label();
        error.setId("worklistError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Label status = new Label();
        status.setId("worklistStatus");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        VBox bar = new VBox(6, actions, error, status);
        bar.visibleProperty().bind(model.emptyProperty().not().or(model.statusProperty().isNotEmpty()));
        return bar;
    }

    /**
     * "Composer le courrier": opens Courriers on the selected line's debtor and letter (a single line whose step
     * writes a letter).
     */
    public void setOnComposeLetter(java.util.function.BiConsumer<Long, fr.relance.domain.letters.LetterKind> compose) {
        this.composeLetter = compose; // the button follows at the next selection (none is selected before)
    }

    private static java.util.Optional<fr.relance.domain.letters.LetterKind> letterOf(
            java.util.List<fr.relance.domain.dunning.WorklistItem> selection) {
        return selection.size() != 1 ? java.util.Optional.empty()
                : fr.relance.domain.letters.TemplateCodes.ofStepCode(selection.get(0).templateCode())
                        .map(fr.relance.domain.letters.TemplateCodes.StepLetter::kind);
    }

    private static Region separator() {
        Region gap = new Region();
        gap.setPrefWidth(12);
        return gap;
    }

    private void buildTable() {
        table.setId("worklistTable");
        table.setAccessibleText(messages.get("worklist.title"));
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("worklist.nothing.title")));

        TreeTableColumn<WorklistRow, String> debtor = textColumn("debtorColumn",
                messages.get("worklist.column.debtor"), row -> row.isHeader()
                        ? row.group().title() + " (" + formats.integer(row.group().items().size()) + ")"
                        : row.item().debtorName());
        debtor.setPrefWidth(225);
        debtor.setCellFactory(c -> new GroupTitleCell());
        TreeTableColumn<WorklistRow, String> action = textColumn("actionColumn",
                messages.get("worklist.column.action"), row -> row.isHeader() ? ""
                        : actionText(row.item(), messages, formats));
        action.setPrefWidth(195);
        TreeTableColumn<WorklistRow, String> amount = textColumn("amountColumn",
                messages.get("worklist.column.amount"), row -> row.isHeader()
                        || row.item().kind() == WorklistKind.REGISTERED_LETTER_TRACKING ? ""
                        : formats.money(row.item().amount()));
        amount.setPrefWidth(110);
        amount.setMinWidth(100);
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        TreeTableColumn<WorklistRow, String> days = textColumn("daysColumn",
                messages.get("worklist.column.daysOverdue"),
                row -> row.isHeader() ? "" : formats.integer(row.item().daysOverdue()));
        days.setPrefWidth(100);
        days.setMinWidth(100);
        days.setStyle("-fx-alignment: CENTER-RIGHT;");
        TreeTableColumn<WorklistRow, String> contact = textColumn("lastContactColumn",
                messages.get("worklist.column.lastContact"), row -> row.isHeader() || row.item().lastContact() == null
                        ? (row.isHeader() ? "" : "—") : formats.date(row.item().lastContact()));
        contact.setPrefWidth(105);
        contact.setMinWidth(100);
        TreeTableColumn<WorklistRow, WorklistRow> flags = new TreeTableColumn<>(messages.get("worklist.column.flags"));
        flags.setId("flagsColumn");
        flags.setSortable(false);
        flags.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        flags.setCellFactory(c -> new FlagsCell());
        flags.setPrefWidth(150);
        table.getColumns().addAll(List.of(debtor, action, amount, days, contact, flags));
        for (TreeTableColumn<WorklistRow, ?> column : table.getColumns()) {
            column.setSortable(false);
        }

        table.setRowFactory(view -> {
            TreeTableRow<WorklistRow> row = new TreeTableRow<>() {
                @Override
                protected void updateItem(WorklistRow value, boolean empty) {
                    super.updateItem(value, empty);
                    getStyleClass().remove("worklist-group");
                    if (!empty && value != null && value.isHeader()) {
                        getStyleClass().add("worklist-group");
                    }
                }
            };
            // A double click on a line opens the debtor's case file (its history, its invoices).
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && openCase != null && row.getItem() != null
                        && !row.getItem().isHeader()) {
                    openCase.accept(row.getItem().item().debtorId());
                }
            });
            return row;
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<WorklistRow>>) c ->
                model.select(table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull)
                        .map(TreeItem::getValue).filter(row -> row != null && !row.isHeader())
                        .map(WorklistRow::item).distinct().toList()));
    }

    /**
     * Adds "Courriers du jour…", which opens the batch of the selected letter lines (all the day's when none is
     * selected), and "Préparer ce courrier…" beside a letter line selected alone.
     */
    public void enableLetterBatch(Consumer<List<WorklistItem>> openBatch) {
        Button letters = new Button(messages.get("letters.batch.open"));
        letters.setId("letterBatchButton");
        letters.setMinWidth(Region.USE_PREF_SIZE);
        letters.setOnAction(event -> openBatch.accept(List.copyOf(model.selection())));
        letters.disableProperty().bind(model.loadingProperty().or(model.busyProperty()));
        toolbarBar.getChildren().add(letters);
        line.letterBatch(openBatch);
    }

    /** Rebuilds the tree from the groups, every group open. */
    private void fill() {
        TreeItem<WorklistRow> root = new TreeItem<>();
        for (WorklistGroup group : model.groups()) {
            TreeItem<WorklistRow> header = new TreeItem<>(WorklistRow.header(group));
            header.setExpanded(true);
            for (WorklistItem item : group.items()) {
                header.getChildren().add(new TreeItem<>(WorklistRow.line(group, item)));
            }
            root.getChildren().add(header);
        }
        table.getSelectionModel().clearSelection();
        table.setRoot(root);
    }

    /** What to do, and by when when a date applies (see {@link WorklistLines#action}). */
    static String actionText(WorklistItem item, Messages messages, Formats formats) {
        return WorklistLines.action(item, messages, formats);
    }

    private static TreeTableColumn<WorklistRow, String> textColumn(String id, String title,
                                                                  Function<WorklistRow, String> value) {
        TreeTableColumn<WorklistRow, String> column = new TreeTableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().getValue() == null ? "" : value.apply(c.getValue().getValue())));
        return column;
    }

    /**
     * The debtor's name on a line; on a group's row, the group's title, which may run over the row's other cells
     * (they are empty there) instead of being cut to the first column's width.
     */
    private static final class GroupTitleCell extends TreeTableCell<WorklistRow, String> {
        private final Label title = new Label();
        /** The skin clips a cell to its bounds: lifted on a group's row so its title can run over. */
        private Node clip;

        GroupTitleCell() {
            title.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add("worklist-group-title");
            // The skin sets its clip when it is created, after the first items may have been shown.
            skinProperty().addListener((obs, old, skin) -> {
                clip = getClip();
                clipUnlessGroup();
            });
        }

        private void clipUnlessGroup() {
            WorklistRow row = isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
            setClip(row != null && row.isHeader() ? null : clip);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            WorklistRow row = empty ? null : getTableRow().getItem();
            if (row != null && row.isHeader()) {
                title.setText(text);
                setText(null);
                setGraphic(title);
            } else {
                setGraphic(null);
                setText(empty ? null : text);
            }
            clipUnlessGroup();
        }
    }

    /** Short badges for what the controller must know before deciding (broken promise, exclusions, limitation). */
    private final class FlagsCell extends TreeTableCell<WorklistRow, WorklistRow> {
        @Override
        protected void updateItem(WorklistRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null || row.isHeader() || row.item().flags().isEmpty()) {
                setGraphic(null);
                return;
            }
            HBox badges = new HBox(4);
            badges.setAlignment(Pos.CENTER_LEFT);
            row.item().flags().stream().sorted().forEach(flag -> {
                Label badge = new Label(messages.get("worklist.badge." + flag));
                badge.getStyleClass().addAll("worklist-badge", "worklist-badge-" + flag);
                badges.getChildren().add(badge);
            });
            setGraphic(badges);
        }
    }

}
