package fr.relance.ui.agencies;

import fr.relance.domain.agency.CollectionAgency;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.Pickers;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Paramètres > Agences: the directory on the left, the agency's form on the right, the fee simulation below. */
public final class AgenciesView extends BorderPane {

    private final AgenciesViewModel model;
    private final Messages messages;
    private final Formats formats;

    public AgenciesView(AgenciesViewModel model, Messages messages, Formats formats) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        setId("agenciesView");
        setPadding(new Insets(12));

        Label hint = new Label(messages.get("agency.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        BorderPane.setMargin(hint, new Insets(0, 0, 8, 0));
        setTop(hint);

        SplitPane directory = new SplitPane(directory(), form());
        directory.setDividerPositions(0.55);
        SplitPane main = new SplitPane(directory, simulation());
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.68);
        setCenter(main);
    }

    private Node directory() {
        TableView<CollectionAgency> table = new TableView<>(model.agencies());
        table.setId("agenciesTable");
        Label empty = new Label(messages.get("agency.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns columns = new Columns(formats);
        var name = columns.text(messages.get("agency.column.name"), (CollectionAgency a) -> a.archived()
                ? a.name() + " (" + messages.get("agency.archived") + ")" : a.name());
        name.setPrefWidth(140);
        var fees = columns.text(messages.get("agency.column.fees"),
                (CollectionAgency a) -> AgencyTexts.feeModel(a, messages, formats));
        fees.setPrefWidth(190);
        var minimum = columns.money(messages.get("agency.column.minimum"), CollectionAgency::minimumClaim, false);
        minimum.setPrefWidth(90);
        TableColumn<CollectionAgency, CollectionAgency> agreement = new TableColumn<>(
                messages.get("agency.column.agreement"));
        agreement.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        agreement.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CollectionAgency agency, boolean empty) {
                super.updateItem(agency, empty);
                getStyleClass().remove("danger");
                if (empty || agency == null) {
                    setText(null);
                } else if (agency.agreementOnFile()) {
                    setText(agency.agreementSignedOn() == null ? messages.get("agency.agreement.onFile")
                            : messages.get("agency.agreement.onFileSince", formats.date(agency.agreementSignedOn())));
                } else {
                    setText(messages.get("agency.agreement.missing"));
                    getStyleClass().add("danger");
                }
            }
        });
        agreement.setPrefWidth(130);
        var contact = columns.text(messages.get("agency.column.contact"), (CollectionAgency a) ->
                String.join(" · ", java.util.stream.Stream.of(a.contactName(), a.phone(), a.email())
                        .filter(s -> s != null && !s.isBlank()).toList()));
        contact.setPrefWidth(160);
        table.getColumns().addAll(List.of(name, fees, minimum, agreement, contact));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, agency) -> {
            if (agency != null) {
                model.edit(agency);
            }
        });
        model.editingProperty().addListener((obs, old, agency) -> {
            if (agency == null) {
                table.getSelectionModel().clearSelection();
            }
        });

        Button add = new Button(messages.get("agency.new"));
        add.setId("newAgencyButton");
        add.setOnAction(event -> {
            table.getSelectionModel().clearSelection();
            model.newAgency();
        });
        CheckBox archived = new CheckBox(messages.get("agency.showArchived"));
        archived.setId("showArchivedAgencies");
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());
        Label title = new Label(messages.get("agency.title"));
        title.getStyleClass().add("title-4");
        add.setMinWidth(Region.USE_PREF_SIZE);
        archived.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, add, archived);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, bar, table);
        box.setPadding(new Insets(0, 8, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(0, 8, 8, 12));
        int row = 0;
        for (String field : AgenciesViewModel.FIELDS) {
            TextInputControl input = "notes".equals(field) ? new TextArea() : new TextField();
            if (input instanceof TextArea area) {
                area.setPrefRowCount(3);
                area.setWrapText(true);
            } else {
                ((TextField) input).setPrefColumnCount(24);
            }
            input.setId("agency-" + field);
            input.setAccessibleText(messages.get("agency.field." + field));
            input.textProperty().bindBidirectional(model.field(field));
            Label label = new Label(messages.get("agency.field." + field));
            label.setLabelFor(input);
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, label, new VBox(2, input, error(field, input)));
        }
        DatePicker signedOn = Pickers.date("agency-agreementSignedOn",
                messages.get("agency.field.agreementSignedOn"), formats);
        signedOn.valueProperty().bindBidirectional(model.agreementSignedOnProperty());
        Label signedOnLabel = new Label(messages.get("agency.field.agreementSignedOn"));
        signedOnLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row++, signedOnLabel,
                new VBox(2, signedOn, error("agreementSignedOn", signedOn.getEditor())));
        grid.add(agreementRow(), 0, row++, 2, 1);

        Button save = new Button(messages.get("agency.save"));
        save.setId("saveAgencyButton");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> model.save());
        Button archive = new Button();
        archive.setId("archiveAgencyButton");
        archive.textProperty().bind(Bindings.createStringBinding(() -> model.editingProperty().get() != null
                        && model.editingProperty().get().archived() ? messages.get("agency.unarchive")
                        : messages.get("agency.archive"), model.editingProperty()));
        archive.disableProperty().bind(model.editingProperty().isNull());
        archive.setOnAction(event -> model.toggleArchived());
        Button delete = new Button(messages.get("agency.delete"));
        delete.setId("deleteAgencyButton");
        delete.disableProperty().bind(model.editingProperty().isNull());
        delete.setOnAction(event -> model.delete());
        for (Button button : List.of(save, archive, delete)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, save, archive, delete);
        grid.add(actions, 0, row++, 2, 1);
        Label status = new Label();
        status.setId("agencyStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        grid.add(status, 0, row, 2, 1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** The signed agreement: on file (open, replace) or flagged missing (attach). */
    private Node agreementRow() {
        Label state = new Label();
        state.setId("agencyAgreementState");
        state.setWrapText(true);
        Button attach = new Button();
        attach.setId("attachAgreementButton");
        Button open = new Button(messages.get("agency.agreement.open"));
        open.setId("openAgreementButton");
        open.setOnAction(event -> model.openAgreement());
        attach.setOnAction(event -> model.attachAgreement());
        model.editingProperty().addListener((obs, old, agency) -> showAgreement(agency, state, attach, open));
        showAgreement(null, state, attach, open);
        attach.disableProperty().bind(model.editingProperty().isNull().or(model.busyProperty()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button(messages.get("document.cancel"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancelAttach());
        attach.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, attach, open, progress, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, state, buttons);
    }

    private void showAgreement(CollectionAgency agency, Label state, Button attach, Button open) {
        state.getStyleClass().remove("danger");
        boolean onFile = agency != null && agency.agreementOnFile();
        if (onFile) {
            state.setText(agency.agreementSignedOn() == null ? messages.get("agency.agreement.onFile")
                    : messages.get("agency.agreement.onFileSince", formats.date(agency.agreementSignedOn())));
        } else {
            state.setText(messages.get("agency.agreement.missing"));
            state.getStyleClass().add("danger");
        }
        attach.setText(messages.get(onFile ? "agency.agreement.replace" : "agency.agreement.attach"));
        open.setVisible(onFile);
        open.setManaged(onFile);
    }

    private Node simulation() {
        TextField maxShare = new TextField();
        maxShare.setId("agencyMaxShare");
        maxShare.setPrefColumnCount(5);
        maxShare.setAccessibleText(messages.get("agency.maxShare"));
        maxShare.textProperty().bindBidirectional(model.maxShareTextProperty());
        Button apply = new Button(messages.get("agency.maxShare.save"));
        apply.setId("saveMaxShareButton");
        apply.setOnAction(event -> model.saveMaxShare());
        TextField balance = new TextField();
        balance.setId("agencySimulatedBalance");
        balance.setPromptText(messages.get("agency.simulate.prompt"));
        balance.setAccessibleText(messages.get("agency.simulate"));
        balance.setPrefColumnCount(10);
        balance.textProperty().bindBidirectional(model.simulatedBalanceProperty());
        HBox controls = new HBox(8, new Label(messages.get("agency.simulate")), balance, error("simulation", balance),
                new Region(), new Label(messages.get("agency.maxShare")), maxShare, apply,
                error("maxShare", maxShare));
        HBox.setHgrow(controls.getChildren().get(3), Priority.ALWAYS);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(messages.get("agency.estimate.title"));
        title.getStyleClass().add("title-4");
        AgencyEstimatesTable table = new AgencyEstimatesTable("agencySimulationTable", model.estimates(),
                () -> model.maxShareProperty().get(), messages, formats, messages.get("agency.simulate.empty"));
        model.maxShareProperty().addListener((obs, old, now) -> table.refresh());
        VBox box = new VBox(8, title, controls, table);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Label error(String field, TextInputControl input) {
        Label error = new Label();
        error.setId("agency-" + field + "-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMaxWidth(360);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        model.errors().addListener((MapChangeListener<String, String>) change -> {
            String message = model.errors().get(field);
            error.setText(message == null ? "" : message);
            input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), message != null);
            input.setTooltip(message == null ? null : new Tooltip(message));
        });
        return error;
    }
}
