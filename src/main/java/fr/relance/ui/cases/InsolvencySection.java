package fr.relance.ui.cases;

import fr.relance.domain.dunning.InsolvencyProceeding;
import fr.relance.ui.cases.CaseMeasuresViewModel.Form;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Insolvency proceedings: marked from the BODACC notice (kind, judgment, publication) with the claim-filing
 * deadline it starts; lifted by a reversal.
 */
final class InsolvencySection {

    private InsolvencySection() {
    }

    static VBox of(MeasureControls c) {
        CaseMeasuresViewModel model = c.model;
        MeasureTexts texts = model.texts();
        Label summary = new Label();
        summary.setId("insolvencySummary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.measuresProperty().get() == null ? ""
                : texts.insolvency(model.measuresProperty().get().insolvency()), model.measuresProperty()));
        Label claim = new Label();
        claim.setId("claimStatus");
        claim.setWrapText(true);
        claim.getStyleClass().add("title-4");
        claim.textProperty().bind(Bindings.createStringBinding(() -> model.measuresProperty().get() == null ? ""
                : texts.claim(model.measuresProperty().get().insolvency()), model.measuresProperty()));
        claim.managedProperty().bind(claim.textProperty().isNotEmpty());
        claim.visibleProperty().bind(claim.managedProperty());
        BooleanBinding marked = Bindings.createBooleanBinding(() -> model.measuresProperty().get() != null
                && model.measuresProperty().get().insolvency() != null, model.measuresProperty());

        Button lift = c.button("liftInsolvencyButton", "measures.insolvency.lift", model::liftInsolvency);
        lift.disableProperty().bind(model.busyProperty());
        lift.managedProperty().bind(marked);
        lift.visibleProperty().bind(marked);

        ComboBox<InsolvencyProceeding> kind = c.choice("insolvencyKind", "measures.insolvency.kindPrompt",
                value -> c.messages.get("measures.insolvency.kind." + value.name()));
        kind.getItems().setAll(InsolvencyProceeding.values());
        DatePicker opened = c.date("insolvencyOpenedOn", "measures.insolvency.openedOn");
        DatePicker published = c.date("insolvencyPublishedOn", "measures.insolvency.publishedOn");
        VBox openedField = c.field("measures.insolvency.openedOn", opened, Form.INSOLVENCY, "openedOn");
        VBox publishedField = c.field("measures.insolvency.publishedOn", published, Form.INSOLVENCY, "publishedOn");
        HBox dates = new HBox(8, openedField, publishedField);
        HBox.setHgrow(openedField, Priority.ALWAYS);
        HBox.setHgrow(publishedField, Priority.ALWAYS);
        Button mark = c.button("markInsolvencyButton", "measures.insolvency.mark",
                () -> model.markInsolvency(kind.getValue(), opened.getValue(), published.getValue()));
        mark.disableProperty().bind(model.busyProperty());
        VBox form = new VBox(6, c.field("measures.insolvency.kind", kind, Form.INSOLVENCY, "kind"), dates,
                c.caption("measures.insolvency.effect"), mark);
        form.managedProperty().bind(marked.not());
        form.visibleProperty().bind(marked.not());

        model.savedProperty(Form.INSOLVENCY).addListener((obs, old, now) -> {
            kind.setValue(null);
            opened.setValue(null);
            published.setValue(null);
        });
        return c.section("insolvencySection", "measures.insolvency.title", summary, claim, lift, form,
                c.error(Form.INSOLVENCY, CaseMeasuresViewModel.FORM_FIELD));
    }
}
