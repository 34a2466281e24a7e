package fr.relance.ui.cases;

import fr.relance.domain.dunning.Frequency;
import fr.relance.domain.dunning.PlanInvoice;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Pickers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A new payment plan: the balance to spread and the split (count, frequency, first date, signature date) on the
 * left; on the right the preview, whose dates and amounts are edited in place, the total against the balance and
 * why the plan cannot be saved yet.
 */
final class PlanForm extends HBox {

    private final PaymentPlanViewModel model;
    private final PlanDraft draft;
    private final Messages messages;
    private final Formats formats;

    PlanForm(PaymentPlanViewModel model, Messages messages, Formats formats) {
        super(16);
        this.model = model;
        this.draft = model.draft();
        this.messages = messages;
        this.formats = formats;
        setId("planForm");
        Label balanceCaption = PaymentPlanPane.label(null, "text-muted");
        balanceCaption.setText(messages.get("plan.balance"));
        Label balance = PaymentPlanPane.label("planBalance", "title-3");
        balance.textProperty().bind(Bindings.createStringBinding(() -> formats.money(draft.balanceProperty().get()),
                draft.balanceProperty()));
        Label invoices = PaymentPlanPane.label("planInvoices", "text-muted");
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
        Label agreement = PaymentPlanPane.label("planAgreementNote", "text-muted");
        agreement.setWrapText(true);
        agreement.setMinHeight(Region.USE_PREF_SIZE);
        agreement.setText(messages.get("plan.agreementNote", model.graceDays()));
        VBox left = new VBox(8, new VBox(0, balanceCaption, balance, invoices), fields, agreement);
        left.setPrefWidth(330);
        left.setMinWidth(330);
        left.setMaxWidth(330);

        TableView<PlanDraft.Row> preview = previewTable();
        Label total = PaymentPlanPane.label("planTotal", null);
        total.textProperty().bind(Bindings.createStringBinding(() -> messages.get("plan.total",
                formats.money(draft.totalProperty().get()), formats.money(draft.balanceProperty().get())),
                draft.totalProperty(), draft.balanceProperty()));
        total.setMinWidth(Region.USE_PREF_SIZE);
        Label difference = PaymentPlanPane.label("planDifference", null);
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

        Label reason = PaymentPlanPane.label("planBlockedReason", "danger");
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
        getChildren().addAll(left, right);
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

    private void addField(GridPane grid, int row, String key, Node control) {
        Label caption = PaymentPlanPane.label(null, "text-muted");
        caption.setText(messages.get(key));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setLabelFor(control);
        grid.add(caption, 0, row);
        grid.add(control, 1, row);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }
}
