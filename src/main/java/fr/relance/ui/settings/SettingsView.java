package fr.relance.ui.settings;

import fr.relance.ui.common.Pickers;
import fr.relance.domain.HalfYearRates;
import fr.relance.ui.common.Columns;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Paramètres: company identity and rates table. */
public final class SettingsView extends BorderPane {

    private final SettingsViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final TabPane tabs;

    /** @param moreTabs tabs other screens contribute, after the company and the rates (the dunning policies) */
    public SettingsView(SettingsViewModel model, Messages messages, Formats formats, Tab... moreTabs) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("settingsView");
        setPadding(new Insets(16));
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("title-2");
        setTop(title);
        tabs = new TabPane(
                tab("companyTab", messages.get("settings.company.tab"), companyForm()),
                tab("ratesTab", messages.get("settings.rates.tab"), ratesPane()));
        tabs.getTabs().addAll(moreTabs);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane.setMargin(tabs, new Insets(12, 0, 0, 0));
        setCenter(tabs);
    }

    /** A tab of another feature (agency directory, letter templates, ...), after the built-in ones. */
    /** Adds a tab built by another screen (it keeps its own id and selection behaviour). */
    public void addTab(Tab tab) {
        tabs.getTabs().add(tab);
    }

    public void addTab(String id, String title, javafx.scene.Node content) {
        tabs.getTabs().add(tab(id, title, content));
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private ScrollPane companyForm() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(16));
        int row = 0;
        for (String field : SettingsViewModel.COMPANY_FIELDS) {
            Label label = new Label(messages.get("company." + field));
            TextField input = new TextField();
            input.setId("company-" + field);
            input.setAccessibleText(messages.get("company." + field));
            input.setPrefColumnCount(30);
            input.textProperty().bindBidirectional(model.companyField(field));
            label.setLabelFor(input);
            Label error = errorLabel("company-" + field + "-error", model.companyErrors(), field, input);
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, label, new VBox(2, input, error));
        }
        Button save = new Button(messages.get("common.save"));
        save.setId("saveCompanyButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(event -> model.saveCompany());
        Button revert = new Button(messages.get("common.revert"));
        revert.setId("revertCompanyButton");
        revert.setOnAction(event -> model.revertCompany());
        Label status = new Label();
        status.setId("companyStatus");
        status.textProperty().bind(model.companyStatusProperty());
        save.setMinWidth(Region.USE_PREF_SIZE);
        revert.setMinWidth(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        HBox actions = new HBox(10, save, revert);
        actions.setAlignment(Pos.CENTER_LEFT);
        grid.add(actions, 1, row++);
        grid.add(status, 1, row);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox ratesPane() {
        Columns columns = new Columns(formats);
        TableView<HalfYearRates> table = new TableView<>(model.rateRows());
        table.setId("ratesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(columns.text(messages.get("rates.column.halfYear"),
                r -> messages.get("rates.halfYear", r.halfYear().half(), r.halfYear().year())));
        table.getColumns().add(columns.text(messages.get("rates.column.ecb"), r -> formats.percent(r.ecbRate())));
        table.getColumns().add(columns.text(messages.get("rates.column.b2b"),
                r -> formats.percent(r.b2bPenaltyRate())));
        table.getColumns().add(columns.text(messages.get("rates.column.legalPrivate"),
                r -> formats.percent(r.legalRatePrivate())));
        table.getColumns().add(columns.text(messages.get("rates.column.legalOther"),
                r -> formats.percent(r.legalRateOther())));
        table.getColumns().add(columns.text(messages.get("rates.column.floor"),
                r -> formats.percent(r.contractualFloor())));

        TextField year = rateField("newRateYear", "rates.year", model.newYearProperty(), "year");
        year.setPrefColumnCount(5);
        ComboBox<Integer> half = new ComboBox<>(FXCollections.observableArrayList(1, 2));
        half.setId("newRateHalf");
        half.setAccessibleText(messages.get("rates.half"));
        half.valueProperty().bindBidirectional(model.newHalfProperty());
        half.setConverter(Pickers.display(value -> messages.get("rates.half." + value)));
        TextField ecb = rateField("newRateEcb", "rates.column.ecb", model.newEcbProperty(), "ecb");
        TextField legalPrivate = rateField("newRateLegalPrivate", "rates.column.legalPrivate",
                model.newLegalPrivateProperty(), "legalPrivate");
        TextField legalOther = rateField("newRateLegalOther", "rates.column.legalOther",
                model.newLegalOtherProperty(), "legalOther");
        Button add = new Button(messages.get("rates.add"));
        add.setId("addRateButton");
        add.getStyleClass().add("accent");
        add.setOnAction(event -> model.addRate());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(4);
        form.addRow(0, new Label(messages.get("rates.year")), new Label(messages.get("rates.half")),
                new Label(messages.get("rates.column.ecb")), new Label(messages.get("rates.column.legalPrivate")),
                new Label(messages.get("rates.column.legalOther")));
        form.addRow(1, year, half, ecb, legalPrivate, legalOther, add);

        Label errors = new Label();
        errors.setId("rateErrors");
        errors.getStyleClass().add("danger");
        errors.setWrapText(true);
        errors.textProperty().bind(Bindings.createStringBinding(() -> model.rateErrors().entrySet().stream()
                .map(e -> messages.get("rates.field." + e.getKey()) + " : " + e.getValue())
                .sorted().reduce((a, b) -> a + "\n" + b).orElse(""), model.rateErrors()));
        Label status = new Label();
        status.setId("rateStatus");
        status.textProperty().bind(model.rateStatusProperty());

        Label hint = new Label(messages.get("rates.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox pane = new VBox(10, table, hint, form, errors, status);
        pane.setPadding(new Insets(16));
        VBox.setVgrow(table, Priority.ALWAYS);
        return pane;
    }

    private TextField rateField(String id, String labelKey, javafx.beans.property.StringProperty property,
                                String errorKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(messages.get(labelKey));
        field.setPrefColumnCount(7);
        field.textProperty().bindBidirectional(property);
        model.rateErrors().addListener((MapChangeListener<String, String>) change ->
                markInvalid(field, model.rateErrors().get(errorKey)));
        return field;
    }

    private Label errorLabel(String id, ObservableMap<String, String> errors, String field, TextField input) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMaxWidth(480);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        errors.addListener((MapChangeListener<String, String>) change -> {
            String message = errors.get(field);
            error.setText(message == null ? "" : message);
            markInvalid(input, message);
        });
        return error;
    }

    private static void markInvalid(TextField input, String message) {
        input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), message != null);
        input.setTooltip(message == null ? null : new Tooltip(message));
    }
}
