package fr.relance.ui.cases;

import fr.relance.ui.common.Pickers;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.common.Columns;
import fr.relance.ui.common.Dialogs;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The timeline of the case file: the events table with its kind filter, and the forms that append to it. */
final class TimelinePane extends BorderPane {

    /** The filter's "every kind" choice (a ComboBox handles a null item poorly). */
    private static final String ALL = "";

    private final TimelineViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Dialogs dialogs;
    private final TableView<TimelineEntry> table;

    TimelinePane(TimelineViewModel model, Messages messages, Formats formats, Dialogs dialogs) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.dialogs = dialogs;
        setId("timelinePane");
        this.table = table();

        Label title = new Label(messages.get("timeline.title"));
        title.getStyleClass().add("title-4");
        ComboBox<String> filter = kindFilter();
        Button reverse = new Button(messages.get("timeline.reverse"));
        reverse.setId("reverseButton");
        reverse.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            TimelineEntry selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.canBeReversed();
        }, table.getSelectionModel().selectedItemProperty()));
        reverse.setOnAction(event -> askReasonAndReverse());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, filter, reverse);
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

        ScrollPane forms = new ScrollPane(new VBox(8, noteForm(), new Separator(), callForm()));
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
        filter.setConverter(Pickers.display(kind -> kind.isEmpty() ? messages.get("timeline.kind.all") : kindLabel(kind)));
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
        date.setMaxWidth(110);
        var kind = columns.text(messages.get("timeline.column.kind"), (TimelineEntry e) -> kindLabel(e.event().kind()));
        kind.setPrefWidth(170);
        var author = columns.text(messages.get("timeline.column.author"), (TimelineEntry e) -> e.event().author());
        author.setPrefWidth(100);
        var amount = columns.money(messages.get("timeline.column.amount"), (TimelineEntry e) -> e.event().amount(),
                false);
        amount.setPrefWidth(110);
        var summary = columns.text(messages.get("timeline.column.summary"), this::summary);
        summary.setPrefWidth(360);
        events.getColumns().addAll(List.of(date, kind, author, amount, summary));
        events.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(TimelineEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeAll("reversed-event", "reversal-event");
                if (!empty && entry != null && entry.reversed()) {
                    getStyleClass().add("reversed-event");
                } else if (!empty && entry != null && entry.isReversal()) {
                    getStyleClass().add("reversal-event");
                }
            }
        });
        return events;
    }

    private String kindLabel(String kind) {
        String key = "timeline.kind." + kind;
        return messages.has(key) ? messages.get(key) : kind;
    }

    /** Calls are stored as "OUTCOME: notes"; the outcome reads in the user's language. */
    private String summary(TimelineEntry entry) {
        CaseEvent event = entry.event();
        String text = event.summary() == null ? "" : event.summary();
        if (CaseEvent.CALL.equals(event.kind())) {
            for (CallOutcome outcome : CallOutcome.values()) {
                if (text.equals(outcome.name()) || text.startsWith(outcome.name() + ": ")) {
                    text = messages.get("call.outcome." + outcome.name()) + text.substring(outcome.name().length());
                    break;
                }
            }
        }
        if (CaseEvent.PROMISE_MADE.equals(event.kind()) && text.matches("→ \\d{4}-\\d{2}-\\d{2}")) {
            // Stored as "→ 2026-11-30" by the journal: the promised date, read as the user writes dates.
            text = messages.get("timeline.promisedFor", formats.date(java.time.LocalDate.parse(text.substring(2))));
        }
        if (CaseEvent.DOCUMENT_ADDED.equals(event.kind())) {
            // Stored as "INVOICE_COPY · file.pdf" by DocumentRepository; the kind reads in the user's language.
            int dot = text.indexOf(" · ");
            if (dot > 0 && messages.has("document.kind." + text.substring(0, dot))) {
                text = messages.get("document.kind." + text.substring(0, dot)) + text.substring(dot);
            }
        }
        if (CaseEvent.REVERSAL.equals(event.kind())) {
            // Stored as "KIND: reason" by the repository; read "Annule « Note » : reason".
            int colon = text.indexOf(": ");
            if (colon > 0 && CaseEvent.KINDS.contains(text.substring(0, colon))) {
                text = messages.get("timeline.reversalOf", kindLabel(text.substring(0, colon)),
                        text.substring(colon + 2));
            }
        }
        text = EventSummaries.localize(event.kind(), text, messages, formats);
        if (entry.reversed()) {
            text = messages.get("timeline.reversedPrefix") + " " + text;
        }
        return text;
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
        TextArea text = new TextArea();
        text.setId("noteText");
        text.setPromptText(messages.get("timeline.note.prompt"));
        text.setAccessibleText(messages.get("timeline.note.title"));
        text.setWrapText(true);
        text.setPrefRowCount(2);
        Button add = new Button(messages.get("timeline.note.add"));
        add.setId("addNoteButton");
        add.setOnAction(event -> model.addNote(text.getText()));
        model.savedProperty().addListener((obs, old, now) -> text.clear());
        return new VBox(6, heading(messages.get("timeline.note.title")), text, add);
    }

    private VBox callForm() {
        ComboBox<CallOutcome> outcome = new ComboBox<>();
        outcome.setId("callOutcome");
        outcome.getItems().addAll(CallOutcome.values());
        outcome.setPromptText(messages.get("call.outcome"));
        outcome.setAccessibleText(messages.get("call.outcome"));
        outcome.setMaxWidth(Double.MAX_VALUE);
        outcome.setConverter(Pickers.display(value -> messages.get("call.outcome." + value.name())));
        outcome.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CallOutcome value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : messages.get("call.outcome." + value.name()));
            }
        });
        // After a reset to null a ComboBox shows an empty button instead of its prompt unless its cell says so.
        outcome.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(CallOutcome value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? messages.get("call.outcome")
                        : messages.get("call.outcome." + value.name()));
            }
        });
        TextArea notes = new TextArea();
        notes.setId("callNotes");
        notes.setPromptText(messages.get("call.notes"));
        notes.setAccessibleText(messages.get("call.notes"));
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        DatePicker nextCall = datePicker("nextCallDate", "call.nextCall");
        DatePicker promisedOn = datePicker("promiseDate", "call.promiseDate");
        TextField promisedAmount = new TextField();
        promisedAmount.setId("promiseAmount");
        promisedAmount.setPromptText("0,00");
        promisedAmount.setAccessibleText(messages.get("call.promiseAmount"));
        // Side by side: with the promise shown, the button still fits the form without scrolling.
        VBox date = new VBox(4, caption("call.promiseDate"), promisedOn);
        VBox amount = new VBox(4, caption("call.promiseAmount"), promisedAmount);
        HBox.setHgrow(date, Priority.ALWAYS);
        HBox.setHgrow(amount, Priority.ALWAYS);
        date.setPrefWidth(150);
        amount.setPrefWidth(150);
        HBox promise = new HBox(8, date, amount);
        promise.setAlignment(Pos.BOTTOM_LEFT);
        promise.setId("promiseFields");
        BooleanBinding promised = outcome.valueProperty().isEqualTo(CallOutcome.PROMISED);
        promise.visibleProperty().bind(promised);
        promise.managedProperty().bind(promised);
        Button log = new Button(messages.get("call.log"));
        log.setId("logCallButton");
        log.setOnAction(event -> model.logCall(outcome.getValue(), notes.getText(), nextCall.getValue(),
                promisedOn.getValue(), Formats.parseDecimal(promisedAmount.getText())));
        model.savedProperty().addListener((obs, old, now) -> {
            outcome.setValue(null);
            notes.clear();
            nextCall.setValue(null);
            promisedOn.setValue(null);
            promisedAmount.clear();
        });
        List<javafx.scene.Node> children = new ArrayList<>(List.of(heading(messages.get("call.title")), outcome,
                notes, caption("call.nextCall"), nextCall, promise, log));
        return new VBox(6, children.toArray(javafx.scene.Node[]::new));
    }

    private DatePicker datePicker(String id, String key) {
        DatePicker picker = Pickers.date(id, messages.get(key), formats);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
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
