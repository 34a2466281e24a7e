package fr.relance.ui.aging;

import fr.relance.ui.common.Pickers;
import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingRow;
import fr.relance.domain.Dso;
import fr.relance.exports.AgingExport;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.EmptyState;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Balance âgée: binds the aging view-model to a table with a totals row. */
public final class AgingView extends BorderPane {

    private final AgingViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Columns columns;
    private AgingFilterBar filterBar;

    private final Runnable openImport;

    public AgingView(AgingViewModel model, Messages messages, Formats formats, LongConsumer openDebtor,
                     Runnable openImport) {
        this.model = model;
        this.openImport = openImport;
        this.messages = messages;
        this.formats = formats;
        this.columns = new Columns(formats);
        setId("agingView");
        setPadding(new Insets(16));

        TableView<AgingRow> table = new TableView<>();
        table.setId("agingTable");
        table.setAccessibleText(messages.get("aging.title"));
        TableView<AgingRow> totalsTable = new TableView<>();
        totalsTable.setId("agingTotals");
        totalsTable.getStyleClass().add("totals-table");
        buildColumns(table, totalsTable);

        SortedList<AgingRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("aging.noMatch")));
        table.setRowFactory(view -> {
            TableRow<AgingRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openDebtor.accept(row.getItem().debtorId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER
                    && table.getSelectionModel().getSelectedItem() != null) {
                openDebtor.accept(table.getSelectionModel().getSelectedItem().debtorId());
            }
        });

        totalsTable.setItems(FXCollections.observableArrayList());
        model.totalsProperty().addListener((obs, old, totals) ->
                totalsTable.getItems().setAll(totals == null ? List.of() : List.of(totals)));
        totalsTable.setFixedCellSize(30);
        totalsTable.setPrefHeight(34);
        totalsTable.setMinHeight(34);
        totalsTable.setMaxHeight(34);
        totalsTable.setFocusTraversable(false);
        totalsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.select(row));

        VBox tables = new VBox(table, totalsTable);
        VBox.setVgrow(table, Priority.ALWAYS);
        AgingDetailTable detail = new AgingDetailTable(model.selectedItems(), messages, formats,
                () -> model.asOfProperty().get());
        SplitPane split = new SplitPane(tables, detail);
        split.setId("agingSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(detail, false);
        AgingChart chart = new AgingChart(model.topDebtors(), messages);
        VBox list = new VBox(8, chart, split);
        VBox.setVgrow(split, Priority.ALWAYS);

        StackPane content = new StackPane(list, emptyState());
        filterBar = new AgingFilterBar(model.filters(), messages);
        VBox top = new VBox(8, toolbar(), filterBar);
        filterBar.visibleProperty().bind(model.ledgerEmptyProperty().not());
        filterBar.managedProperty().bind(filterBar.visibleProperty());
        setTop(top);
        setCenter(content);
        BorderPane.setMargin(content, new Insets(8, 0, 0, 0));
        list.visibleProperty().bind(model.ledgerEmptyProperty().not());
        installSearchShortcut();
    }

    /** Ctrl+F (Cmd+F on macOS) jumps to the search field while the aging list is on screen. */
    private void installSearchShortcut() {
        KeyCombination shortcut = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        Runnable focusSearch = () -> {
            if (isVisible() && getScene() != null) {
                filterBar.searchField().requestFocus();
                filterBar.searchField().selectAll();
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(shortcut, focusSearch);
            }
            if (scene != null) {
                scene.getAccelerators().put(shortcut, focusSearch);
            }
        });
    }

    private HBox toolbar() {
        Label title = new Label(messages.get("aging.title"));
        title.getStyleClass().add("title-2");

        Label asOfLabel = new Label(messages.get("aging.asOf"));
        DatePicker asOf = Pickers.date("asOfPicker", messages.get("aging.asOf"), formats);
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOfLabel.setLabelFor(asOf);

        ComboBox<String> currency = new ComboBox<>(model.currencies());
        currency.setId("currencySelector");
        currency.setAccessibleText(messages.get("aging.currency"));
        currency.valueProperty().bindBidirectional(model.currencyProperty());
        currency.visibleProperty().bind(Bindings.size(model.currencies()).greaterThan(1));
        currency.managedProperty().bind(currency.visibleProperty());

        MenuItem xlsx = new MenuItem(messages.get("aging.export.xlsx"));
        xlsx.setId("exportXlsx");
        xlsx.setOnAction(event -> model.export(AgingExport.Format.XLSX));
        MenuItem csv = new MenuItem(messages.get("aging.export.csv"));
        csv.setId("exportCsv");
        csv.setOnAction(event -> model.export(AgingExport.Format.CSV));
        MenuButton export = new MenuButton(messages.get("aging.export"), null, xlsx, csv);
        export.setId("exportButton");
        export.setAccessibleText(messages.get("aging.export"));
        export.disableProperty().bind(model.exportingProperty().or(model.ledgerEmptyProperty()));
        export.setMinWidth(Region.USE_PREF_SIZE);

        Button refresh = new Button(messages.get("aging.refresh"));
        refresh.setId("refreshButton");
        refresh.setOnAction(event -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());

        Label summary = new Label();
        summary.setId("agingSummary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            AgingRow totals = model.totalsProperty().get();
            if (totals == null) {
                return "";
            }
            String dso = messages.get(totals.dso().capped() ? "aging.summary.dsoCapped" : "aging.summary.dso",
                    totals.dso().wholeDays());
            return messages.get("aging.summary", model.rows().size(), formats.money(totals.total(),
                    totals.currency()), formats.money(totals.overdue(), totals.currency())) + " · " + dso;
        }, model.totalsProperty(), model.rows()));

        summary.getStyleClass().add("text-muted");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.visibleProperty().bind(model.ledgerEmptyProperty().not());
        title.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new VBox(2, title, summary), spacer, asOfLabel, asOf, currency, refresh, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox emptyState() {
        Button load = new Button(messages.get("demo.load"));
        load.setId("loadDemoButton");
        load.getStyleClass().add("accent");
        load.setOnAction(event -> model.loadDemoData());
        load.disableProperty().bind(model.demoRunningProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("demoProgress");
        progress.setPrefWidth(320);
        progress.progressProperty().bind(model.demoProgressProperty());
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("cancelDemoButton");
        cancel.setOnAction(event -> model.cancelDemoData());
        HBox running = new HBox(10, progress, cancel);
        running.setAlignment(Pos.CENTER);
        running.visibleProperty().bind(model.demoRunningProperty());
        running.managedProperty().bind(running.visibleProperty());

        Button importFile = new Button(messages.get("aging.empty.import"));
        importFile.setId("emptyImportButton");
        importFile.setOnAction(event -> openImport.run());
        importFile.disableProperty().bind(model.demoRunningProperty());
        HBox actions = new HBox(10, importFile, load);
        actions.setAlignment(Pos.CENTER);

        VBox empty = EmptyState.of("agingEmptyState", messages.get("aging.empty.title"),
                messages.get("aging.empty.text"), actions, running);
        empty.visibleProperty().bind(model.ledgerEmptyProperty());
        return empty;
    }

    private void buildColumns(TableView<AgingRow> table, TableView<AgingRow> totals) {
        TableColumn<AgingRow, String> name = columns.text(messages.get("aging.column.debtor"), AgingRow::debtorName);
        name.setId("debtorColumn");
        name.setPrefWidth(170);
        name.setMinWidth(140);
        TableColumn<AgingRow, String> totalsLabel = columns.text("", row -> messages.get("aging.totals"));
        pair(name, totalsLabel);
        table.getColumns().add(name);
        totals.getColumns().add(totalsLabel);

        for (AgingBucket bucket : AgingBucket.values()) {
            addMoneyColumns(table, totals, "bucket-" + bucket.name(), messages.get("aging.bucket." + bucket.name()),
                    row -> row.bucket(bucket));
        }
        addMoneyColumns(table, totals, "creditsColumn", messages.get("aging.column.credits"),
                AgingRow::unallocatedCredits);
        addMoneyColumns(table, totals, "totalColumn", messages.get("aging.column.total"), AgingRow::total);

        TableColumn<AgingRow, Number> oldest = columns.integer(messages.get("aging.column.oldest"),
                AgingRow::oldestDaysPastDue);
        oldest.setId("oldestColumn");
        oldest.setPrefWidth(72);
        TableColumn<AgingRow, Number> oldestTotal = columns.integer("", AgingRow::oldestDaysPastDue);
        pair(oldest, oldestTotal);
        TableColumn<AgingRow, Number> count = columns.integer(messages.get("aging.column.count"),
                AgingRow::openInvoiceCount);
        count.setId("countColumn");
        count.setPrefWidth(76);
        TableColumn<AgingRow, Number> countTotal = columns.integer("", AgingRow::openInvoiceCount);
        pair(count, countTotal);
        TableColumn<AgingRow, Dso> dso = dsoColumn(messages.get("aging.column.dso"));
        dso.setId("dsoColumn");
        dso.setPrefWidth(58);
        TableColumn<AgingRow, Dso> dsoTotal = dsoColumn("");
        pair(dso, dsoTotal);
        table.getColumns().addAll(List.of(oldest, count, dso));
        totals.getColumns().addAll(List.of(oldestTotal, countTotal, dsoTotal));
    }

    private void addMoneyColumns(TableView<AgingRow> table, TableView<AgingRow> totals, String id, String title,
                                 Function<AgingRow, BigDecimal> value) {
        TableColumn<AgingRow, BigDecimal> column = columns.money(title, value, AgingRow::currency, true);
        column.setPrefWidth(104);
        column.setMinWidth(96);
        column.setId(id);
        TableColumn<AgingRow, BigDecimal> totalColumn = columns.money("", value, AgingRow::currency, true);
        pair(column, totalColumn);
        table.getColumns().add(column);
        totals.getColumns().add(totalColumn);
    }

    /** Whole days; "≥ n" when the sales history ran out before the balance. */
    private TableColumn<AgingRow, Dso> dsoColumn(String title) {
        TableColumn<AgingRow, Dso> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dso()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Dso dso, boolean empty) {
                super.updateItem(dso, empty);
                setText(empty || dso == null ? null
                        : (dso.capped() ? "≥ " : "") + formats.integer(dso.wholeDays()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setComparator(java.util.Comparator.comparing(Dso::days));
        return column;
    }

    /** The totals row follows the main table's column widths. */
    private static void pair(TableColumn<AgingRow, ?> main, TableColumn<AgingRow, ?> total) {
        total.prefWidthProperty().bind(main.widthProperty());
        total.setSortable(false);
        total.setReorderable(false);
    }

}
