package fr.relance.ui.cases;

import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.CaseStage;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.CaseMeasures;
import fr.relance.domain.dunning.CaseMeasures.PolicyOption;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.cases.CaseMeasuresViewModel.Form;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The case file's "Suivi" tab: the case and its policy, insolvency proceedings, holds, disputes, promises and
 * closing, two sections a row. Holds and disputes on one invoice act on the invoice selected in the open items
 * table above, which also gets a column saying which invoices are disputed or on hold.
 */
final class CaseMeasuresPane extends BorderPane {

    private final CaseMeasuresViewModel model;
    private final MeasureControls controls;
    private final Messages messages;

    CaseMeasuresPane(CaseMeasuresViewModel model, TableView<OpenItem> openItems, Messages messages,
                     Formats formats) {
        this.model = model;
        this.messages = messages;
        this.controls = new MeasureControls(model, messages, formats);
        setId("caseMeasuresPane");

        model.selectedItemProperty().bind(openItems.getSelectionModel().selectedItemProperty());
        openItems.getColumns().add(followUpColumn());

        Label status = new Label();
        status.setId("measuresStatus");
        status.getStyleClass().add("success");
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(caseSection(), 0, 0);
        grid.add(InsolvencySection.of(controls), 1, 0);
        grid.add(HoldSection.of(controls), 0, 1);
        grid.add(DisputeSection.of(controls), 1, 1);
        grid.add(PromiseSection.of(controls), 0, 2);
        grid.add(closingSection(), 1, 2);
        VBox content = new VBox(12, status, grid);
        content.setPadding(new Insets(0, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("caseMeasuresScroll");
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setPadding(new Insets(12, 0, 0, 0));
        setCenter(scroll);
    }

    /** Stage of the open case and the dunning policy, with the choice of another one. */
    private VBox caseSection() {
        Label stage = new Label();
        stage.setId("caseStage");
        stage.setWrapText(true);
        stage.getStyleClass().add("title-4");
        stage.textProperty().bind(Bindings.createStringBinding(
                () -> model.texts().stage(model.measuresProperty().get()), model.measuresProperty()));
        Label balance = new Label();
        balance.setId("caseMeasuresBalance");
        balance.textProperty().bind(Bindings.createStringBinding(
                () -> model.texts().balance(model.measuresProperty().get()), model.measuresProperty()));

        ComboBox<PolicyOption> policy = controls.choice("policyChoice", "measures.policy.prompt",
                model.texts()::policy);
        policy.setItems(model.policies());
        // The view-model refills the list only when it changed, before the measures: the choice is set after it.
        model.measuresProperty().addListener((obs, old, now) ->
                policy.setValue(now == null ? null : now.currentPolicy().orElse(null)));
        Button assign = controls.button("assignPolicyButton", "measures.policy.assign",
                () -> model.assignPolicy(policy.getValue()));
        assign.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            CaseMeasures measures = model.measuresProperty().get();
            return model.busyProperty().get() || policy.getValue() == null || measures == null
                    || policy.getValue().equals(measures.currentPolicy().orElse(null));
        }, model.busyProperty(), policy.valueProperty(), model.measuresProperty()));
        HBox choice = new HBox(8, policy, assign);
        HBox.setHgrow(policy, Priority.ALWAYS);
        choice.setAlignment(Pos.CENTER_LEFT);
        return controls.section("caseSection", "measures.case.title", stage, balance,
                controls.caption("measures.policy.caption"), choice, controls.error(Form.POLICY, "policy"),
                controls.error(Form.POLICY, CaseMeasuresViewModel.FORM_FIELD), stageChange());
    }

    /** Another stage by hand, with the reason: legal action when a lawyer takes over, amicable after an agreement. */
    private VBox stageChange() {
        ComboBox<CaseStage> next = controls.choice("stageChoice", "measures.stage.prompt",
                value -> messages.get("measures.stage." + value.name()));
        for (CaseStage value : CaseStage.values()) {
            if (value != CaseStage.CLOSED) {
                next.getItems().add(value);
            }
        }
        TextField why = controls.text("stageReason", "measures.stage.reason");
        why.setPromptText(messages.get("measures.stage.reason.prompt"));
        Button change = controls.button("changeStageButton", "measures.stage.change",
                () -> model.changeStage(next.getValue(), why.getText()));
        change.disableProperty().bind(model.busyProperty().or(model.measuresProperty().isNull()));
        VBox stageField = controls.field("measures.stage.caption", next, Form.STAGE, "stage");
        VBox reasonField = controls.field("measures.stage.reason", why, Form.STAGE, "reason");
        stageField.setPrefWidth(190);
        HBox row = new HBox(8, stageField, reasonField);
        HBox.setHgrow(reasonField, Priority.ALWAYS);
        model.savedProperty(Form.STAGE).addListener((obs, old, now) -> {
            next.setValue(null);
            why.clear();
        });
        return new VBox(6, row, change, controls.error(Form.STAGE, CaseMeasuresViewModel.FORM_FIELD));
    }

    /** Closing as paid, settled or written off; a write-off needs its reason. */
    private VBox closingSection() {
        ComboBox<CaseClosingReason> reason = controls.choice("closingReason", "measures.closing.reasonPrompt",
                value -> messages.get("measures.closing.reason." + value.name()));
        reason.getItems().setAll(CaseClosingReason.values());
        TextField note = controls.text("closingNote", "measures.closing.note");
        note.setPromptText(messages.get("measures.closing.note.prompt"));
        Button close = controls.button("closeCaseButton", "measures.closing.close",
                () -> model.closeCase(reason.getValue(), note.getText()));
        close.disableProperty().bind(model.busyProperty().or(model.measuresProperty().isNull()));
        model.savedProperty(Form.CLOSING).addListener((obs, old, now) -> {
            reason.setValue(null);
            note.clear();
        });
        return controls.section("closingSection", "measures.closing.title",
                controls.caption("measures.closing.caption"),
                controls.field("measures.closing.reason", reason, Form.CLOSING, "reason"),
                controls.field("measures.closing.note", note, Form.CLOSING, "note"), close,
                controls.error(Form.CLOSING, CaseMeasuresViewModel.FORM_FIELD));
    }

    /** "Litige", "Suspendue jusqu'au …" beside each open item, read from the measures. */
    private TableColumn<OpenItem, String> followUpColumn() {
        TableColumn<OpenItem, String> column = new TableColumn<>(messages.get("measures.column.followUp"));
        column.setId("followUpColumn");
        column.setPrefWidth(200);
        column.setCellValueFactory(cell -> {
            OpenItem item = cell.getValue();
            var text = new ReadOnlyStringWrapper();
            text.bind(Bindings.createStringBinding(() -> model.texts().followUp(item,
                    model.measuresProperty().get()), model.measuresProperty()));
            return text.getReadOnlyProperty();
        });
        return column;
    }
}
