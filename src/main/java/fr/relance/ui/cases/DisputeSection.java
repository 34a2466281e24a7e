package fr.relance.ui.cases;

import fr.relance.domain.dunning.CaseMeasures.DisputeEntry;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.ui.cases.CaseMeasuresViewModel.Form;
import fr.relance.ui.common.Columns;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Disputes open and resolved, resolved from here; the form opens one on the invoice selected above. */
final class DisputeSection {

    private DisputeSection() {
    }

    static VBox of(MeasureControls c) {
        CaseMeasuresViewModel model = c.model;
        MeasureTexts texts = model.texts();
        Columns columns = new Columns(c.formats);
        TableView<DisputeEntry> table = c.table("disputesTable", model.disputes(), "measures.dispute.empty", 3);
        var invoice = columns.text(c.messages.get("measures.dispute.column.invoice"), DisputeEntry::invoiceNumber);
        var category = columns.text(c.messages.get("measures.dispute.column.category"), texts::disputeCategory);
        var opened = columns.date(c.messages.get("measures.dispute.column.opened"), DisputeEntry::openedOn);
        var state = columns.text(c.messages.get("measures.dispute.column.status"), texts::disputeOutcome);
        var note = columns.text(c.messages.get("measures.dispute.column.note"), DisputeEntry::note);
        invoice.setPrefWidth(115);
        category.setPrefWidth(105);
        opened.setPrefWidth(100);
        state.setPrefWidth(150);
        table.getColumns().addAll(List.of(invoice, category, opened, state, note));

        ComboBox<DisputeResolution> resolution = c.choice("disputeResolution", "measures.dispute.resolutionPrompt",
                value -> c.messages.get("measures.dispute.resolution." + value.name()));
        resolution.getItems().setAll(DisputeResolution.values());
        Button resolve = c.button("resolveDisputeButton", "measures.dispute.resolve",
                () -> model.resolveDispute(table.getSelectionModel().getSelectedItem(), resolution.getValue()));
        resolve.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            DisputeEntry selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.isOpen() || resolution.getValue() == null || model.busyProperty().get();
        }, table.getSelectionModel().selectedItemProperty(), resolution.valueProperty(), model.busyProperty()));
        HBox resolveRow = new HBox(8, resolution, resolve);
        HBox.setHgrow(resolution, Priority.ALWAYS);
        resolveRow.setAlignment(Pos.CENTER_LEFT);

        Label selected = new Label();
        selected.setId("disputeInvoiceLabel");
        selected.getStyleClass().add("text-muted");
        selected.setWrapText(true);
        selected.textProperty().bind(Bindings.createStringBinding(
                () -> texts.selectedInvoice(model.selectedItemProperty().get()), model.selectedItemProperty()));
        ComboBox<DisputeCategory> kind = c.choice("disputeCategory", "measures.dispute.categoryPrompt",
                value -> c.messages.get("measures.dispute.category." + value.name()));
        kind.getItems().setAll(DisputeCategory.values());
        TextField why = c.text("disputeNote", "measures.dispute.note");
        why.setPromptText(c.messages.get("measures.dispute.note.prompt"));
        Button open = c.button("openDisputeButton", "measures.dispute.openAction",
                () -> model.openDispute(kind.getValue(), why.getText()));
        open.disableProperty().bind(model.busyProperty().or(model.selectedItemProperty().isNull()));
        VBox kindField = c.field("measures.dispute.category", kind, Form.DISPUTE, "category");
        VBox noteField = c.field("measures.dispute.note", why, Form.DISPUTE, "note");
        HBox form = new HBox(8, kindField, noteField);
        HBox.setHgrow(noteField, Priority.ALWAYS);
        kindField.setPrefWidth(190);

        model.savedProperty(Form.DISPUTE).addListener((obs, old, now) -> {
            kind.setValue(null);
            why.clear();
            resolution.setValue(null);
        });
        return c.section("disputeSection", "measures.dispute.title", table, resolveRow, selected,
                c.error(Form.DISPUTE, "invoice"), form, open, c.error(Form.DISPUTE, CaseMeasuresViewModel.FORM_FIELD));
    }
}
