package fr.relance.ui.policies;

import fr.relance.domain.dunning.DunningAction;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * One step of the policy being edited, as the table shows it: numbers as typed (read when saving), its position,
 * and the problems found on each of its fields (by field name: "offsetDays", "minAmount", ...).
 */
public final class StepRow {

    /** What the row holds, to tell whether anything changed since it was loaded. */
    record State(Long id, String offset, DunningAction action, String template, String minAmount, String minGap,
                 String deadline) {
    }

    private final Long id;
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper();
    private final StringProperty offset = new SimpleStringProperty("");
    private final ObjectProperty<DunningAction> action = new SimpleObjectProperty<>();
    private final ObjectProperty<String> template = new SimpleObjectProperty<>("");
    private final StringProperty minAmount = new SimpleStringProperty("");
    private final StringProperty minGap = new SimpleStringProperty("");
    private final StringProperty deadline = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    /** @param id the stored step, null for a step added in this edit */
    StepRow(Long id) {
        this.id = id;
    }

    public Long id() {
        return id;
    }

    /** What the list watches for changes. */
    Observable[] observables() {
        return new Observable[] {offset, action, template, minAmount, minGap, deadline};
    }

    State state() {
        return new State(id, strip(offset.get()), action.get(), template.get() == null ? "" : template.get(),
                strip(minAmount.get()), strip(minGap.get()), strip(deadline.get()));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    void setPosition(int value) {
        position.set(value);
    }

    /** 1 for the first step. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public StringProperty offsetProperty() {
        return offset;
    }

    public ObjectProperty<DunningAction> actionProperty() {
        return action;
    }

    /** The template code; "" for none. */
    public ObjectProperty<String> templateProperty() {
        return template;
    }

    public StringProperty minAmountProperty() {
        return minAmount;
    }

    public StringProperty minGapProperty() {
        return minGap;
    }

    /** Days given to pay, for a formal notice only. */
    public StringProperty deadlineProperty() {
        return deadline;
    }

    /** The problems on this row's fields, by field name; the table marks those cells. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** The fields of a step, in column order. */
    public static final List<String> FIELDS = List.of("offsetDays", "action", "templateCode", "minAmount", "minGapDays",
            "deadlineDays");
}
