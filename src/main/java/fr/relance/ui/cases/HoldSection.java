package fr.relance.ui.cases;

import fr.relance.ui.cases.CaseMeasuresViewModel.Form;
import fr.relance.ui.cases.CaseMeasuresViewModel.HoldLine;
import fr.relance.ui.common.Columns;
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

/** Holds in force or to come, lifted early from here; the form puts the debtor or the selected invoice on hold. */
final class HoldSection {

    private HoldSection() {
    }

    static VBox of(MeasureControls c) {
        CaseMeasuresViewModel model = c.model;
        Columns columns = new Columns(c.formats);
        TableView<HoldLine> table = c.table("holdsTable", model.holds(), "measures.hold.empty", 2);
        var target = columns.text(c.messages.get("measures.hold.column.target"), c.model.texts()::holdTarget);
        var period = columns.text(c.messages.get("measures.hold.column.period"),
                (HoldLine line) -> model.texts().period(line.hold()));
        var reason = columns.text(c.messages.get("measures.hold.column.reason"), (HoldLine line) -> line.hold().reason());
        target.setPrefWidth(130);
        period.setPrefWidth(180);
        table.getColumns().addAll(java.util.List.of(target, period, reason));
        Button lift = c.button("liftHoldButton", "measures.hold.lift",
                () -> model.liftHold(table.getSelectionModel().getSelectedItem()));
        lift.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));

        TextField why = c.text("holdReason", "measures.hold.reason");
        why.setPromptText(c.messages.get("measures.hold.reason.prompt"));
        DatePicker from = c.date("holdFrom", "measures.hold.from");
        from.setValue(model.today());
        DatePicker until = c.date("holdUntil", "measures.hold.untilField");
        VBox fromField = c.field("measures.hold.from", from, Form.HOLD, "from");
        VBox untilField = c.field("measures.hold.untilField", until, Form.HOLD, "until");
        VBox reasonField = c.field("measures.hold.reason", why, Form.HOLD, "reason");
        fromField.setPrefWidth(155);
        untilField.setPrefWidth(155);
        fromField.setMinWidth(145);
        untilField.setMinWidth(145);
        HBox inputs = new HBox(8, reasonField, fromField, untilField);
        HBox.setHgrow(reasonField, Priority.ALWAYS);

        Label invoice = new Label();
        invoice.setId("holdInvoiceLabel");
        invoice.getStyleClass().add("text-muted");
        invoice.setWrapText(true);
        invoice.textProperty().bind(Bindings.createStringBinding(
                () -> model.texts().selectedInvoice(model.selectedItemProperty().get()), model.selectedItemProperty()));
        Button holdDebtor = c.button("holdDebtorButton", "measures.hold.debtorAction",
                () -> model.holdDebtor(from.getValue(), until.getValue(), why.getText()));
        Button holdInvoice = c.button("holdInvoiceButton", "measures.hold.invoiceAction",
                () -> model.holdSelectedInvoice(from.getValue(), until.getValue(), why.getText()));
        holdDebtor.disableProperty().bind(model.busyProperty());
        holdInvoice.disableProperty().bind(model.busyProperty().or(model.selectedItemProperty().isNull()));
        HBox actions = new HBox(8, holdDebtor, holdInvoice);
        actions.setAlignment(Pos.CENTER_LEFT);

        model.savedProperty(Form.HOLD).addListener((obs, old, now) -> {
            why.clear();
            from.setValue(model.today());
            until.setValue(null);
        });
        return c.section("holdSection", "measures.hold.title", table, lift, inputs, invoice,
                c.error(Form.HOLD, "invoice"), actions, c.error(Form.HOLD, CaseMeasuresViewModel.FORM_FIELD));
    }
}
