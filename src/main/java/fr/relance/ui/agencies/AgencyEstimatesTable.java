package fr.relance.ui.agencies;

import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;

/** Expected fees per agency against a balance, with what speaks against the handover. */
public final class AgencyEstimatesTable extends TableView<AgencyFeeEstimate> {

    public AgencyEstimatesTable(String id, ObservableList<AgencyFeeEstimate> estimates, Supplier<BigDecimal> maxShare,
                                Messages messages, Formats formats, String placeholder) {
        super(estimates);
        setId(id);
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        setPlaceholder(empty);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns columns = new Columns(formats);
        var name = columns.text(messages.get("agency.column.name"), (AgencyFeeEstimate e) -> e.agency().name());
        name.setPrefWidth(160);
        var fees = columns.text(messages.get("agency.column.fees"), (AgencyFeeEstimate e) ->
                AgencyTexts.feeModel(e.agency(), messages, formats));
        fees.setPrefWidth(250);
        var fee = columns.money(messages.get("agency.estimate.column.fee"), AgencyFeeEstimate::fee, false);
        fee.setPrefWidth(160);
        var share = columns.text(messages.get("agency.estimate.column.share"),
                (AgencyFeeEstimate e) -> formats.percent(e.share()));
        share.setPrefWidth(125);
        var net = columns.money(messages.get("agency.estimate.column.net"), AgencyFeeEstimate::net, false);
        net.setPrefWidth(120);
        var warnings = columns.text(messages.get("agency.estimate.column.warnings"),
                (AgencyFeeEstimate e) -> AgencyTexts.warnings(e, maxShare.get(), messages, formats));
        warnings.setPrefWidth(320);
        // Several warnings may apply: they wrap in the cell rather than hide behind an ellipsis.
        warnings.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        getColumns().addAll(List.of(name, fees, fee, share, net, warnings));
        setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(AgencyFeeEstimate estimate, boolean empty) {
                super.updateItem(estimate, empty);
                getStyleClass().remove("estimate-warning");
                if (!empty && estimate != null && !estimate.worthIt()) {
                    getStyleClass().add("estimate-warning");
                }
            }
        });
    }
}
