package fr.relance.ui.common;

import fr.relance.domain.dunning.CallOutcome;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Noter un appel": the outcome, notes, the next-call date the worklist will bring back, and the promise when the
 * debtor promised to pay. Used in the case timeline and beside the worklist's call lines; the owner decides what
 * logging the call writes, and clears the form once it is saved.
 */
public final class CallForm extends VBox {

    /** What the form hands over when the user logs the call; the amount is null when not a number. */
    public interface Submit {
        void log(CallOutcome outcome, String notes, LocalDate nextCallOn, LocalDate promisedOn,
                 BigDecimal promisedAmount);
    }

    private final ComboBox<CallOutcome> outcome = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final DatePicker nextCall;
    private final DatePicker promisedOn;
    private final TextField promisedAmount = new TextField();

    /**
     * @param idPrefix prefix of the controls' ids ("" gives callOutcome, callNotes, ...; "worklist" gives
     *                 worklistCallOutcome, ...), so two forms never share an id
     */
    public CallForm(String idPrefix, String title, Messages messages, Formats formats, Submit submit) {
        super(6);
        outcome.setId(id(idPrefix, "callOutcome"));
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
        notes.setId(id(idPrefix, "callNotes"));
        notes.setPromptText(messages.get("call.notes"));
        notes.setAccessibleText(messages.get("call.notes"));
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        nextCall = datePicker(id(idPrefix, "nextCallDate"), messages.get("call.nextCall"), formats);
        promisedOn = datePicker(id(idPrefix, "promiseDate"), messages.get("call.promiseDate"), formats);
        promisedAmount.setId(id(idPrefix, "promiseAmount"));
        promisedAmount.setPromptText("0,00");
        promisedAmount.setAccessibleText(messages.get("call.promiseAmount"));
        // Side by side: with the promise shown, the button still fits the form without scrolling.
        VBox date = new VBox(4, caption(messages.get("call.promiseDate")), promisedOn);
        VBox amount = new VBox(4, caption(messages.get("call.promiseAmount")), promisedAmount);
        HBox.setHgrow(date, Priority.ALWAYS);
        HBox.setHgrow(amount, Priority.ALWAYS);
        date.setPrefWidth(150);
        amount.setPrefWidth(150);
        HBox promise = new HBox(8, date, amount);
        promise.setAlignment(Pos.BOTTOM_LEFT);
        promise.setId(id(idPrefix, "promiseFields"));
        BooleanBinding promised = outcome.valueProperty().isEqualTo(CallOutcome.PROMISED);
        promise.visibleProperty().bind(promised);
        promise.managedProperty().bind(promised);
        Button log = new Button(messages.get("call.log"));
        log.setId(id(idPrefix, "logCallButton"));
        log.setOnAction(event -> submit.log(outcome.getValue(), notes.getText(), nextCall.getValue(),
                promisedOn.getValue(), Formats.parseDecimal(promisedAmount.getText())));
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        getChildren().addAll(heading, outcome, notes, caption(messages.get("call.nextCall")), nextCall, promise, log);
    }

    /** A sentence under the title: what logging the call does here. */
    public CallForm withHelp(String text) {
        Label help = caption(text);
        getChildren().add(1, help);
        return this;
    }

    /** Back to empty, for the next call. */
    public void clear() {
        outcome.setValue(null);
        notes.clear();
        nextCall.setValue(null);
        promisedOn.setValue(null);
        promisedAmount.clear();
    }

    private static String id(String prefix, String id) {
        return prefix.isEmpty() ? id : prefix + Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static DatePicker datePicker(String id, String text, Formats formats) {
        DatePicker picker = Pickers.date(id, text, formats);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
