package fr.relance.ui.cases;

import fr.relance.domain.dunning.CaseMeasures.PromiseEntry;
import fr.relance.ui.cases.CaseMeasuresViewModel.Form;
import fr.relance.ui.common.Columns;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Promises to pay with where each stands from the payments; the form records one, an open one can be cancelled. */
final class PromiseSection {

    private PromiseSection() {
    }

    static VBox of(MeasureControls c) {
        CaseMeasuresViewModel model = c.model;
        Columns columns = new Columns(c.formats);
        TableView<PromiseEntry> table = c.table("promisesTable", model.promises(), "measures.promise.empty", 3);
        var made = columns.date(c.messages.get("measures.promise.column.made"),
                (PromiseEntry p) -> p.promise().promisedOn());
        var due = columns.date(c.messages.get("measures.promise.column.due"), (PromiseEntry p) -> p.promise().dueDate());
        var amount = columns.money(c.messages.get("measures.promise.column.amount"),
                (PromiseEntry p) -> p.promise().amount(), false);
        var paid = columns.money(c.messages.get("measures.promise.column.paid"), PromiseEntry::paid, false);
        var state = columns.text(c.messages.get("measures.promise.column.status"), model.texts()::promiseStatus);
        made.setPrefWidth(90);
        due.setPrefWidth(90);
        amount.setPrefWidth(110);
        paid.setPrefWidth(110);
        table.getColumns().addAll(List.of(made, due, amount, paid, state));
        Button cancel = c.button("cancelPromiseButton", "measures.promise.cancel",
                () -> model.cancelPromise(table.getSelectionModel().getSelectedItem()));
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            PromiseEntry selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.isOpen() || model.busyProperty().get();
        }, table.getSelectionModel().selectedItemProperty(), model.busyProperty()));

        DatePicker dueDate = c.date("measurePromiseDue", "measures.promise.due");
        TextField sum = c.text("measurePromiseAmount", "measures.promise.amount");
        sum.setPromptText("0,00");
        VBox dueField = c.field("measures.promise.due", dueDate, Form.PROMISE, "dueDate");
        VBox amountField = c.field("measures.promise.amount", sum, Form.PROMISE, "amount");
        HBox form = new HBox(8, dueField, amountField);
        HBox.setHgrow(dueField, Priority.ALWAYS);
        HBox.setHgrow(amountField, Priority.ALWAYS);
        Label balance = new Label();
        balance.setId("promiseBalance");
        balance.getStyleClass().add("text-muted");
        balance.textProperty().bind(Bindings.createStringBinding(
                () -> model.texts().balance(model.measuresProperty().get()), model.measuresProperty()));
        Button record = c.button("recordPromiseButton", "measures.promise.record",
                () -> model.recordPromise(dueDate.getValue(), sum.getText()));
        record.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(12, record, balance);
        actions.setAlignment(Pos.CENTER_LEFT);

        model.savedProperty(Form.PROMISE).addListener((obs, old, now) -> {
            dueDate.setValue(null);
            sum.clear();
        });
        return c.section("promiseSection", "measures.promise.title", table, cancel, form, actions,
                c.error(Form.PROMISE, CaseMeasuresViewModel.FORM_FIELD));
    }
}
