package fr.relance.ui.aging;

import fr.relance.ui.common.Pickers;
import fr.relance.domain.DebtorKind;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** The aging list's filter bar: search, case stage, debtor kind, disputes, minimum total, minimum lateness. */
final class AgingFilterBar extends FlowPane {

    private final TextField search = new TextField();

    AgingFilterBar(AgingFilters filters, Messages messages) {
        super(10, 6);
        setId("agingFilterBar");
        setAlignment(Pos.CENTER_LEFT);

        search.setId("nameFilter");
        search.setPromptText(messages.get("aging.filter.prompt"));
        search.setAccessibleText(messages.get("aging.filter.prompt"));
        search.textProperty().bindBidirectional(filters.nameProperty());
        search.setPrefColumnCount(13);

        ComboBox<CaseFilter> stage = new ComboBox<>();
        stage.setId("caseFilter");
        stage.getItems().setAll(CaseFilter.values());
        stage.setConverter(Pickers.display(value -> messages.get("aging.filter.case." + value.name())));
        stage.valueProperty().bindBidirectional(filters.caseStageProperty());
        stage.setAccessibleText(messages.get("aging.filter.case"));

        ComboBox<DebtorKind> kind = new ComboBox<>();
        kind.setId("kindFilter");
        kind.getItems().add(null);
        kind.getItems().addAll(DebtorKind.values());
        kind.setConverter(Pickers.display(value -> messages.get("aging.filter.kind." + value.name()),
                messages.get("aging.filter.kind.ANY")));
        kind.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DebtorKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(messages.get("aging.filter.kind." + (item == null ? "ANY" : item.name())));
            }
        });
        kind.valueProperty().bindBidirectional(filters.kindProperty());
        kind.setAccessibleText(messages.get("aging.filter.kind"));

        CheckBox disputed = new CheckBox(messages.get("aging.filter.disputed"));
        disputed.setId("disputedFilter");
        disputed.selectedProperty().bindBidirectional(filters.disputedOnlyProperty());

        TextField minTotal = new TextField();
        minTotal.setId("minTotalFilter");
        minTotal.setPromptText(messages.get("aging.filter.minTotal"));
        minTotal.setAccessibleText(messages.get("aging.filter.minTotal"));
        minTotal.setPrefColumnCount(8);
        minTotal.textProperty().addListener((obs, old, text) -> filters.minTotalProperty().set(Formats.parseDecimal(text)));

        TextField minDays = new TextField();
        minDays.setId("minDaysFilter");
        minDays.setPromptText(messages.get("aging.filter.minDays"));
        minDays.setAccessibleText(messages.get("aging.filter.minDays"));
        minDays.setPrefColumnCount(8);
        minDays.textProperty().addListener((obs, old, text) -> {
            BigDecimal days = Formats.parseDecimal(text);
            filters.minDaysOverdueProperty().set(days == null ? null : days.longValue());
        });

        Button clear = new Button(messages.get("aging.filter.clear"));
        clear.setId("clearFiltersButton");
        clear.setOnAction(event -> {
            filters.clear();
            minTotal.clear();
            minDays.clear();
        });

        getChildren().addAll(search, stage, kind, disputed, minTotal, minDays, clear);
    }

    TextField searchField() {
        return search;
    }

}
