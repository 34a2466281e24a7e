package fr.relance.ui.aging;

import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The selected debtor's open invoices and credit notes, under the aging list. */
final class AgingDetailTable extends TableView<OpenItem> {

    AgingDetailTable(ObservableList<OpenItem> items, Messages messages, Formats formats, Supplier<LocalDate> asOf) {
        super(items);
        setId("agingDetailTable");
        setAccessibleText(messages.get("aging.detail.title"));
        setPlaceholder(new Label(messages.get("aging.detail.placeholder")));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Columns columns = new Columns(formats);
        TableColumn<OpenItem, String> number = columns.text(messages.get("case.column.number"),
                item -> item.kind() == InvoiceKind.CREDIT_NOTE
                        ? item.number() + " (" + messages.get("invoice.kind.CREDIT_NOTE") + ")" : item.number());
        number.setPrefWidth(170);
        getColumns().add(number);
        getColumns().add(columns.date(messages.get("case.column.issued"), OpenItem::issueDate));
        getColumns().add(columns.date(messages.get("case.column.due"), OpenItem::dueDate));
        getColumns().add(columns.money(messages.get("case.column.amount"),
                item -> item.kind() == InvoiceKind.CREDIT_NOTE ? item.amount().negate() : item.amount(),
                OpenItem::currency, false));
        getColumns().add(columns.money(messages.get("case.column.balance"), OpenItem::balance, OpenItem::currency,
                false));
        getColumns().add(columns.integer(messages.get("case.column.daysLate"), item -> {
            long days = item.daysPastDue(asOf.get());
            return item.kind() == InvoiceKind.INVOICE && days > 0 ? days : null;
        }));
        getColumns().add(columns.text(messages.get("aging.detail.disputed"),
                item -> item.disputed() ? messages.get("aging.detail.disputed.yes") : ""));
        for (TableColumn<OpenItem, ?> column : getColumns()) {
            column.setMinWidth(90);
        }
    }
}
