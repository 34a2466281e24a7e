package fr.relance.ui.agencies;

import fr.relance.text.Formats;
import fr.relance.text.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The case file's "Agence" tab: expected fees per agency against the case's balance, with the warnings. */
public final class CaseAgencyPane extends VBox {

    public CaseAgencyPane(CaseAgencyViewModel model, Messages messages, Formats formats) {
        super(8);
        setId("caseAgencyPane");
        setPadding(new Insets(8, 0, 0, 0));
        Label title = new Label(messages.get("case.agencies.title"));
        title.getStyleClass().add("title-4");
        Label balance = new Label();
        balance.setId("caseAgencyBalance");
        balance.setWrapText(true);
        balance.getStyleClass().add("text-muted");
        balance.textProperty().bind(Bindings.createStringBinding(() -> model.balanceProperty().get() == null ? ""
                        : messages.get("case.agencies.balance", formats.money(model.balanceProperty().get()),
                        formats.percent(model.maxShareProperty().get())),
                model.balanceProperty(), model.maxShareProperty()));
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        AgencyEstimatesTable table = new AgencyEstimatesTable("caseAgencyTable", model.estimates(),
                () -> model.maxShareProperty().get(), messages, formats, messages.get("case.agencies.empty"));
        getChildren().addAll(title, balance, error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }
}
