package fr.relance.ui.cases;

import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.CallForm;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.Dialogs;
import fr.relance.ui.common.Pickers;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The timeline of the case file: the events table (recorded and read from the ledger) with its filters, and the
 * forms that append to it: a note, a call, a written acknowledgement of debt.
 */
final class TimelinePane extends BorderPane {

    /** The filter's "every kind" choice (a ComboBox handles a null item poorly). */
    private static final String ALL = "";
    /** The acknowledgement's "every open invoice" choice. */
    private static final Long ALL_INVOICES = -1L;

    private final TimelineViewModel model;
    private final ObservableList<OpenItem> openItems;
    private final Messages messages;
    private final Formats formats;
    private final Dialogs dialogs;
    private final TimelineText text;
    private final TableView<TimelineEntry> table;

    /** @param openItems the debtor's open items, for the acknowledgement's choice of invoice */
    TimelinePane(TimelineViewModel model, ObservableList<OpenItem> openItems, Messages messages, Formats formats,
                 Dialogs dialogs) {
        this.model = model;
        this.openItems = openItems;
        this.messages = messages;
        this.formats = formats;
        this.dialogs = dialogs;
        this.text = new TimelineText(messages, formats);
        setId("timelinePane");
        this.table = table();

        Label title = new Label(messages.get("timeline.title"));
        title.getStyleClass().add("title-4");
        ComboBox<String> filter = kindFilter();
        CheckBox ledger = new CheckBox(messages.get("timeline.showLedger"));
        ledger.setId("showLedgerEvents");
        ledger.setMinWidth(Region.USE_PREF_SIZE);
        ledger.selectedProperty().bindBidirectional(model.showLedgerProperty());
        Button reverse = new Button(messages.get("timeline.reverse"));
        reverse.setId("reverseButton");
        reverse.setMinWidth(Region.USE_PREF_SIZE);
        reverse.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            TimelineEntry selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.canBeReversed();
        }, table.getSelectionModel().selectedItemProperty()));
        reverse.setOnAction(event -> askReasonAndReverse());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, ledger, filter, reverse);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("timelineError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        VBox center = new VBox(8, bar, error, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(center);

        CallForm call = new CallForm("", messages.get("call.title"), messages, formats, model::logCall);
        model.savedProperty().addListener((obs, old, now) -> call.clear());
        ScrollPane forms = new ScrollPane(new VBox(8, noteForm(), new Separator(), call, new Separator(),
                acknowledgementForm()));
        forms.setId("timelineForms");
        forms.setFitToWidth(true);
        forms.setPrefWidth(330);
        forms.setMinWidth(300);
        forms.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane.setMargin(forms, new Insets(0, 0, 0, 12));
        setRight(forms);
    }

    private ComboBox<String> kindFilter() {
        ComboBox<String> filter = new ComboBox<>();
        filter.setId("timelineKindFilter");
        filter.getItems().add(ALL);
        filter.getItems().addAll(model.kinds());
        filter.setValue(ALL);
        filter.setConverter(Pickers.display(kind -> kind.isEmpty() ? messages.get("timeline.kind.all")
                : text.kind(kind)));
        filter.setPrefWidth(240);
        filter.setAccessibleText(messages.get("timeline.filter"));
        filter.valueProperty().addListener((obs, old, kind) ->
                model.kindFilterProperty().set(kind == null || kind.isEmpty() ? null : kind));
        return filter;
    }

    private TableView<TimelineEntry> table() {
        Columns columns = new Columns(formats);
        TableView<TimelineEntry> events = new TableView<>(model.entries());
        events.setId("timelineTable");
        Label placeholder = new Label(messages.get("case.timeline.empty.text"));
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(520);
        placeholder.getStyleClass().add("text-muted");
        events.setPlaceholder(placeholder);
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var date = columns.date(messages.get("timeline.column.date"), (TimelineEntry e) -> e.event().occurredOn());
        date.setPrefWidth(95);
        date.setMinWidth(95);
        date.setMaxWidth(110);
        var kind = columns.text(messages.get("timeline.column.kind"), (TimelineEntry e) -> text.kind(e.event().kind()));
        kind.setPrefWidth(185);
        var author = columns.text(messages.get("timeline.column.author"), (TimelineEntry e) -> text.author(e.event()));
        author.setPrefWidth(115);
        var amount = columns.money(messages.get("timeline.column.amount"), (TimelineEntry e) -> e.event().amount(),
                false);
        amount.setPrefWidth(110);
        var summary = columns.text(messages.get("timeline.column.summary"), text::summary);
        summary.setPrefWidth(360);
        events.getColumns().addAll(List.of(date, kind, author, amount, summary));
        events.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(TimelineEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeAll("reversed-event", "reversal-event", "ledger-event");
                if (!empty && entry != null && entry.reversed()) {
                    getStyleClass().add("reversed-event");
                } else if (!empty && entry != null && entry.isReversal()) {
                    getStyleClass().add("reversal-event");
                } else if (!empty && entry != null && entry.fromLedger()) {
                    getStyleClass().add("ledger-event");
                }
            }
        });
        return events;
    }

    private void askReasonAndReverse() {
        TimelineEntry selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        dialogs.askText(messages.get("timeline.reverse.title"), messages.get("timeline.reverse.reason"))
                .ifPresent(reason -> model.reverse(selected, reason));
    }

    private VBox noteForm() {
        TextArea note = new TextArea();
        note.setId("noteText");
        note.setPromptText(messages.get("timeline.note.prompt"));
        note.setAccessibleText(messages.get("timeline.note.title"));
        note.setWrapText(true);
        note.setPrefRowCount(2);
        Button add = new Button(messages.get("timeline.note.add"));
        add.setId("addNoteButton");
        add.setOnAction(event -> model.addNote(note.getText()));
        model.savedProperty().addListener((obs, old, now) -> note.clear());
        return new VBox(6, heading(messages.get("timeline.note.title")), note, add);
    }

    /** A written acknowledgement of debt: the day it was signed, one invoice or all, and what the document is. */
    private VBox acknowledgementForm() {
        Label help = caption("timeline.ack.help");
        DatePicker signedOn = Pickers.date("acknowledgedOn", messages.get("timeline.ack.date"), formats);
        signedOn.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Long> invoice = new ComboBox<>();
        invoice.setId("acknowledgedInvoice");
        invoice.setAccessibleText(messages.get("timeline.ack.invoice"));
        invoice.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            Long chosen = invoice.getValue();
            invoice.getItems().setAll(ALL_INVOICES);
            openItems.stream().filter(item -> item.kind() == InvoiceKind.INVOICE)
                    .forEach(item -> invoice.getItems().add(item.invoiceId()));
            invoice.setValue(invoice.getItems().contains(chosen) ? chosen : ALL_INVOICES);
        };
        openItems.addListener((ListChangeListener<OpenItem>) change -> fill.run());
        fill.run();
        Function<Long, String> label = id -> {
            if (ALL_INVOICES.equals(id)) {
                return messages.get("timeline.ack.allInvoices");
            }
            Map<Long, OpenItem> byId = openItems.stream()
                    .collect(Collectors.toMap(OpenItem::invoiceId, item -> item, (a, b) -> a));
            OpenItem item = byId.get(id);
            return item == null ? "" : messages.get("timeline.ack.invoiceLine", item.number(),
                    formats.money(item.balance()));
        };
        invoice.setConverter(Pickers.display(label));
        TextArea note = new TextArea();
        note.setId("acknowledgementNote");
        note.setPromptText(messages.get("timeline.ack.note"));
        note.setAccessibleText(messages.get("timeline.ack.note"));
        note.setWrapText(true);
        note.setPrefRowCount(2);
        Button record = new Button(messages.get("timeline.ack.record"));
        record.setId("recordAcknowledgementButton");
        record.setOnAction(event -> model.acknowledgeDebt(signedOn.getValue(),
                ALL_INVOICES.equals(invoice.getValue()) ? null : invoice.getValue(), note.getText()));
        model.savedProperty().addListener((obs, old, now) -> {
            signedOn.setValue(null);
            invoice.setValue(ALL_INVOICES);
            note.clear();
        });
        return new VBox(6, heading(messages.get("timeline.ack.title")), help, caption("timeline.ack.date"), signedOn,
                caption("timeline.ack.invoice"), invoice, note, record);
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }
}
