package fr.relance.ui.cases;

import fr.relance.domain.dunning.AgreedPlan;
import fr.relance.domain.dunning.Frequency;
import fr.relance.domain.dunning.InstalmentLine;
import fr.relance.domain.dunning.InstalmentStatus;
import fr.relance.domain.dunning.PlanInvoice;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.Dialogs;
import fr.relance.ui.common.Pickers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The "Échéancier" tab of the case file: a new plan with its editable preview, or the plan being followed with
 * the status of each instalment; the plans that ended below.
 */
final class PaymentPlanPane extends BorderPane {

    private final PaymentPlanViewModel model;
    private final PlanDraft draft;
    private final Messages messages;
    private final Formats formats;
    private final Dialogs dialogs;
    private final Columns columns;

    PaymentPlanPane(PaymentPlanViewModel model, Messages messages, Formats formats, Dialogs dialogs) {
        this.model = model;
        this.draft = model.draft();
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
        Node form = showWhen(newPlanForm(), model.loadedProperty().and(noActive).and(nothingToSpread.not()));
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

    // ---- a new plan ----

    private Node newPlanForm() {
        Label balanceCaption = label(null, "text-muted");
        balanceCaption.setText(messages.get("plan.balance"));
        Label balance = label("planBalance", "title-3");
        balance.textProperty().bind(Bindings.createStringBinding(() -> formats.money(draft.balanceProperty().get()),
                draft.balanceProperty()));
        Label invoices = label("planInvoices", "text-muted");
        invoices.setWrapText(true);
        invoices.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip numbers = new Tooltip();
        numbers.setWrapText(true);
        numbers.setMaxWidth(420);
        invoices.setTooltip(numbers);
        model.coverable().addListener((ListChangeListener<PlanInvoice>) change -> {
            List<PlanInvoice> covered = model.coverable();
            invoices.setText(covered.isEmpty() ? "" : messages.get("plan.invoices", covered.size(),
                    formats.date(covered.stream().map(PlanInvoice::dueDate).min(LocalDate::compareTo).orElseThrow())));
            numbers.setText(covered.stream().map(PlanInvoice::number).collect(Collectors.joining(", ")));
        });

        SpinnerValueFactory.IntegerSpinnerValueFactory counts = new SpinnerValueFactory.IntegerSpinnerValueFactory(2,
                PlanDraft.MAX_COUNT, draft.countProperty().get());
        // A typo keeps the last good count instead of throwing from the spinner's commit.
        counts.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException | NullPointerException e) {
                    return counts.getValue();
                }
            }
        });
        Spinner<Integer> count = new Spinner<>(counts);
        count.setId("planCount");
        count.setEditable(true);
        count.setAccessibleText(messages.get("plan.count"));
        count.setMaxWidth(Double.MAX_VALUE);
        count.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != draft.countProperty().get()) {
                draft.countProperty().set(now);
            }
        });
        draft.countProperty().addListener((obs, old, now) -> count.getValueFactory().setValue(now.intValue()));

        ComboBox<Frequency> frequency = new ComboBox<>();
        frequency.setId("planFrequency");
        frequency.getItems().addAll(Frequency.MONTHLY, Frequency.WEEKLY, Frequency.QUARTERLY);
        frequency.setConverter(Pickers.display(f -> messages.get("plan.frequency." + f.name())));
        frequency.setAccessibleText(messages.get("plan.frequency"));
        frequency.setMaxWidth(Double.MAX_VALUE);
        frequency.valueProperty().bindBidirectional(draft.frequencyProperty());

        DatePicker first = Pickers.date("planFirstDate", messages.get("plan.firstDate"), formats);
        first.valueProperty().bindBidirectional(draft.firstDateProperty());
        first.setMaxWidth(Double.MAX_VALUE);
        DatePicker agreed = Pickers.date("planAgreedOn", messages.get("plan.agreedOn"), formats);
        agreed.valueProperty().bindBidirectional(draft.agreedOnProperty());
        agreed.setMaxWidth(Double.MAX_VALUE);

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        addField(fields, 0, "plan.count", count);
        addField(fields, 1, "plan.frequency", frequency);
        addField(fields, 2, "plan.firstDate", first);
        addField(fields, 3, "plan.agreedOn", agreed);
        Label agreement = label("planAgreementNote", "text-muted");
        agreement.setWrapText(true);
        agreement.setMinHeight(Region.USE_PREF_SIZE);
        agreement.setText(messages.get("plan.agreementNote", model.graceDays()));
        VBox left = new VBox(8, new VBox(0, balanceCaption, balance, invoices), fields, agreement);
        left.setPrefWidth(330);
        left.setMinWidth(330);
        left.setMaxWidth(330);

        TableView<PlanDraft.Row> preview = previewTable();
        Label total = label("planTotal", null);
        total.textProperty().bind(Bindings.createStringBinding(() -> messages.get("plan.total",
                formats.money(draft.totalProperty().get()), formats.money(draft.balanceProperty().get())),
                draft.totalProperty(), draft.balanceProperty()));
        total.setMinWidth(Region.USE_PREF_SIZE);
        Label difference = label("planDifference", null);
        difference.setMinWidth(Region.USE_PREF_SIZE);
        difference.textProperty().bind(Bindings.createStringBinding(() -> messages.get("plan.difference",
                formats.money(draft.differenceProperty().get())), draft.differenceProperty()));
        draft.differenceProperty().addListener((obs, old, now) -> difference.getStyleClass().setAll("label",
                now.signum() == 0 ? "success" : "danger"));
        difference.getStyleClass().add("success");
        Button absorb = new Button(messages.get("plan.absorb"));
        absorb.setId("planAbsorbButton");
        absorb.disableProperty().bind(Bindings.createBooleanBinding(() ->
                draft.differenceProperty().get().signum() == 0, draft.differenceProperty()));
        absorb.setOnAction(event -> draft.absorbDifference());
        absorb.setMinWidth(Region.USE_PREF_SIZE);
        HBox totals = new HBox(24, total, difference);
        totals.setAlignment(Pos.CENTER_LEFT);

        Label reason = label("planBlockedReason", "danger");
        reason.setWrapText(true);
        reason.textProperty().bind(draft.blockedReasonProperty());
        Button save = new Button(messages.get("plan.save"));
        save.setId("planSaveButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(event -> model.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(12, reason, absorb, save);
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMaxWidth(Double.MAX_VALUE);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox right = new VBox(8, preview, totals, actions);
        VBox.setVgrow(preview, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox form = new HBox(16, left, right);
        form.setId("planForm");
        return form;
    }

    private TableView<PlanDraft.Row> previewTable() {
        TableView<PlanDraft.Row> table = new TableView<>(draft.rows());
        table.setId("planPreviewTable");
        table.setEditable(true);
        table.setPlaceholder(new Label(messages.get("plan.preview.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);

        TableColumn<PlanDraft.Row, Number> number = new TableColumn<>(messages.get("plan.column.number"));
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setEditable(false);
        number.setPrefWidth(50);
        number.setMaxWidth(60);

        TableColumn<PlanDraft.Row, LocalDate> date = new TableColumn<>(messages.get("plan.column.dueDate"));
        date.setId("planDateColumn");
        date.setCellValueFactory(c -> c.getValue().dueDateProperty());
        date.setCellFactory(TextFieldTableCell.forTableColumn(dateConverter()));
        date.setOnEditCommit(event -> {
            if (event.getNewValue() != null) {
                event.getRowValue().dueDateProperty().set(event.getNewValue());
            }
            table.refresh();
        });
        date.setPrefWidth(130);

        TableColumn<PlanDraft.Row, BigDecimal> amount = new TableColumn<>(messages.get("plan.column.amount"));
        amount.setId("planAmountColumn");
        amount.setCellValueFactory(c -> c.getValue().amountProperty());
        amount.setCellFactory(column -> {
            TextFieldTableCell<PlanDraft.Row, BigDecimal> cell = new TextFieldTableCell<>(moneyConverter());
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        amount.setOnEditCommit(event -> {
            if (event.getNewValue() != null) {
                event.getRowValue().amountProperty().set(event.getNewValue());
            }
            table.refresh();
        });
        amount.setPrefWidth(140);

        TableColumn<PlanDraft.Row, String> problem = new TableColumn<>(messages.get("plan.column.problem"));
        problem.setCellValueFactory(c -> c.getValue().problemProperty());
        problem.setEditable(false);
        problem.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
                getStyleClass().remove("danger");
                if (!empty && text != null && !text.isEmpty()) {
                    getStyleClass().add("danger");
                }
            }
        });
        problem.setPrefWidth(320);
        table.getColumns().addAll(List.of(number, date, amount, problem));
        return table;
    }

    /** dd/MM/yyyy, or d/M/yyyy as people type it; null (the edit is dropped) when unreadable. */
    private StringConverter<LocalDate> dateConverter() {
        DateTimeFormatter loose = DateTimeFormatter.ofPattern("d/M/uuuu");
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return formats.date(value);
            }

            @Override
            public LocalDate fromString(String text) {
                String typed = text == null ? "" : text.strip();
                for (DateTimeFormatter format : List.of(formats.dateFormatter(), loose)) {
                    try {
                        return LocalDate.parse(typed, format);
                    } catch (DateTimeParseException e) {
                        // try the next way of writing it
                    }
                }
                return null;
            }
        };
    }

    /** "1 234,56 €" shown; "1234,56", "1 234.56" or "1 234,56 €" read; null when not an amount in cents. */
    private StringConverter<BigDecimal> moneyConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(BigDecimal value) {
                return formats.money(value);
            }

            @Override
            public BigDecimal fromString(String text) {
                BigDecimal value = Formats.parseDecimal(text == null ? null : text.replace("€", ""));
                return value == null || value.stripTrailingZeros().scale() > 2 ? null : value.setScale(2);
            }
        };
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

    private void addField(GridPane grid, int row, String key, Node control) {
        Label caption = label(null, "text-muted");
        caption.setText(messages.get(key));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setLabelFor(control);
        grid.add(caption, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    private static Node showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
        return node;
    }

    private static Label label(String id, String styleClass) {
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
