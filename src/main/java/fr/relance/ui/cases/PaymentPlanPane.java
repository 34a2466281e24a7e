package fr.relance.ui.cases;

import fr.relance.domain.dunning.AgreedPlan;
import fr.relance.domain.dunning.InstalmentLine;
import fr.relance.domain.dunning.InstalmentStatus;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.Dialogs;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The "Échéancier" tab of the case file: a new plan with its editable preview, or the plan being followed with
 * the status of each instalment; the plans that ended below.
 */
final class PaymentPlanPane extends BorderPane {

    private final PaymentPlanViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Dialogs dialogs;
    private final Columns columns;

    PaymentPlanPane(PaymentPlanViewModel model, Messages messages, Formats formats, Dialogs dialogs) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.dialogs = dialogs;
        this.columns = new Columns(formats);
        setId("paymentPlanPane");
        setPadding(new Insets(8, 0, 0, 0));

        Label error = label("planError", "danger");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        BorderPane.setMargin(error, new Insets(0, 0, 8, 0));
        setTop(error);

        BooleanBinding noActive = model.activeProperty().isNull();
        BooleanBinding nothingToSpread = Bindings.isEmpty(model.coverable());
        Node form = showWhen(new PlanForm(model, messages, formats),
                model.loadedProperty().and(noActive).and(nothingToSpread.not()));
        Node active = showWhen(activePlan(), noActive.not());
        Label nothing = label("planNothingOverdue", "text-muted");
        nothing.setText(messages.get("plan.nothingOverdue.text"));
        showWhen(nothing, model.loadedProperty().and(noActive).and(nothingToSpread));
        StackPane center = new StackPane(form, active, nothing);
        StackPane.setAlignment(nothing, Pos.TOP_LEFT);
        VBox content = new VBox(8, center, history());
        VBox.setVgrow(center, Priority.ALWAYS);
        // Below a small window the form keeps its size and scrolls rather than cutting its sentences.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
    }

    // ---- the plan being followed ----

    private Node activePlan() {
        Label title = label("planActiveTitle", "title-4");
        title.setText(messages.get("plan.active.title"));
        Label description = label("planDescription", null);
        Label signature = label("planSignature", "text-muted");
        model.activeProperty().addListener((obs, old, plan) -> {
            description.setText(plan == null ? "" : model.describe(plan));
            signature.setText(plan == null ? "" : model.signature(plan));
        });
        Label progress = label("planProgress", null);
        model.followUpProperty().addListener((obs, old, followUp) -> progress.setText(followUp == null ? ""
                : messages.get("plan.progress", formats.money(followUp.paid()), formats.money(followUp.remaining()))));
        Label alert = label("planAlert", "danger");
        alert.setWrapText(true);
        alert.textProperty().bind(model.alertProperty());
        alert.managedProperty().bind(alert.textProperty().isNotEmpty());
        alert.visibleProperty().bind(alert.managedProperty());

        Button cancel = new Button(messages.get("plan.cancel"));
        cancel.setId("planCancelButton");
        cancel.disableProperty().bind(model.busyProperty());
        cancel.setOnAction(event -> dialogs.askText(messages.get("plan.cancel.title"),
                messages.get("plan.cancel.reason")).ifPresent(model::cancelPlan));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(2, title, description, signature, progress), spacer, cancel);
        header.setAlignment(Pos.TOP_LEFT);

        TableView<InstalmentLine> table = new TableView<>(model.lines());
        table.setId("planLinesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<InstalmentLine, InstalmentLine> number = new TableColumn<>(messages.get("plan.column.number"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        number.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(InstalmentLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : String.valueOf(getIndex() + 1)); // lines in due-date order
            }
        });
        number.setSortable(false);
        number.setPrefWidth(50);
        number.setMaxWidth(60);
        var due = columns.date(messages.get("plan.column.dueDate"), (InstalmentLine l) -> l.instalment().dueDate());
        var amount = columns.money(messages.get("plan.column.amount"), (InstalmentLine l) -> l.instalment().amount(),
                false);
        var paid = columns.money(messages.get("plan.column.paid"), InstalmentLine::paid, true);
        var paidOn = columns.date(messages.get("plan.column.paidOn"), InstalmentLine::paidOn);
        TableColumn<InstalmentLine, InstalmentStatus> status = new TableColumn<>(messages.get("plan.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(InstalmentStatus value, boolean empty) {
                super.updateItem(value, empty);
                setText(null);
                if (empty || value == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(model.statusText(value));
                badge.getStyleClass().addAll("plan-badge", "plan-badge-" + value.name());
                setGraphic(badge);
            }
        });
        table.getColumns().addAll(List.of(number, due, amount, paid, paidOn, status));
        VBox box = new VBox(8, header, alert, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setId("activePlanBox");
        return box;
    }

    // ---- the plans that ended ----

    private Node history() {
        TableView<AgreedPlan> table = new TableView<>(model.history());
        table.setId("planHistoryTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(130);
        var agreed = columns.date(messages.get("plan.column.agreedOn"), AgreedPlan::agreedOn);
        agreed.setPrefWidth(100);
        var plan = columns.text(messages.get("plan.column.plan"), model::describe);
        plan.setPrefWidth(520);
        var status = columns.text(messages.get("plan.column.status"),
                (AgreedPlan p) -> messages.get("plan.planStatus." + p.status().name()));
        status.setPrefWidth(120);
        var ended = columns.date(messages.get("plan.column.endedOn"), AgreedPlan::endedOn);
        ended.setPrefWidth(100);
        var reason = columns.text(messages.get("plan.column.reason"), AgreedPlan::endReason);
        reason.setPrefWidth(200);
        table.getColumns().addAll(List.of(agreed, plan, status, ended, reason));
        TitledPane pane = new TitledPane(null, table);
        pane.setId("planHistory");
        pane.textProperty().bind(Bindings.createStringBinding(() -> messages.get("plan.history",
                model.history().size()), model.history()));
        pane.setExpanded(false);
        showWhen(pane, Bindings.isNotEmpty(model.history()));
        return pane;
    }

    // ---- helpers ----

    private static Node showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
        return node;
    }

    static Label label(String id, String styleClass) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
