package fr.relance.ui.imports;

import fr.relance.imports.ColumnMapping;
import fr.relance.imports.LedgerField;
import fr.relance.imports.SourceRow;
import fr.relance.text.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The column-mapping step: for each {@link LedgerField}, the column of the file that holds it (null for none),
 * chosen among the header's names, and which required fields still lack one.
 */
public final class ColumnMappingModel {

    /** What the column lists show for "no column". */
    public static final String NO_COLUMN = "—";

    private final Messages messages;
    private final Map<LedgerField, ObjectProperty<Integer>> columns = new EnumMap<>(LedgerField.class);
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<String> choices = FXCollections.observableArrayList(NO_COLUMN);
    private final ReadOnlyObjectWrapper<List<LedgerField>> missing = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper missingMessage = new ReadOnlyStringWrapper("");
    private List<SourceRow> sample = List.of();

    ColumnMappingModel(Messages messages) {
        this.messages = messages;
        for (LedgerField field : LedgerField.values()) {
            ObjectProperty<Integer> column = new SimpleObjectProperty<>();
            column.addListener((obs, old, now) -> updateMissing());
            columns.put(field, column);
        }
        updateMissing();
    }

    /** Takes a new file's header, sample rows and mapping (guessed, or a preset's). */
    void reset(List<String> names, List<SourceRow> rows, ColumnMapping mapping) {
        header.setAll(names);
        List<String> all = new ArrayList<>();
        all.add(NO_COLUMN);
        all.addAll(names);
        choices.setAll(all);
        sample = List.copyOf(rows);
        for (LedgerField field : LedgerField.values()) {
            int column = mapping.column(field);
            columns.get(field).set(column >= 0 && column < names.size() ? column : null);
        }
        updateMissing();
    }

    public ObjectProperty<Integer> columnProperty(LedgerField field) {
        return columns.get(field);
    }

    /** The header's names with {@link #NO_COLUMN} first: what a field's list offers. */
    public ObservableList<String> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    public ObservableList<String> header() {
        return FXCollections.unmodifiableObservableList(header);
    }

    /** The choice shown for a column index (null: none). */
    public String choiceOf(Integer column) {
        return column == null || column < 0 || column >= header.size() ? NO_COLUMN : header.get(column);
    }

    /** The column index of a choice; null for {@link #NO_COLUMN} or an unknown name. */
    public Integer columnOf(String choice) {
        if (choice == null || NO_COLUMN.equals(choice)) {
            return null;
        }
        int index = choices.indexOf(choice);
        return index <= 0 ? null : index - 1;
    }

    /** The first non-blank value of the field's column in the sample rows, to show what was picked. */
    public String example(LedgerField field) {
        Integer column = columns.get(field).get();
        if (column == null) {
            return "";
        }
        for (SourceRow row : sample) {
            if (column < row.cells().size() && !row.cells().get(column).isBlank()) {
                return row.cells().get(column).strip();
            }
        }
        return "";
    }

    public ColumnMapping mapping() {
        Map<LedgerField, Integer> mapped = new EnumMap<>(LedgerField.class);
        columns.forEach((field, column) -> {
            if (column.get() != null) {
                mapped.put(field, column.get());
            }
        });
        return new ColumnMapping(mapped);
    }

    public ReadOnlyObjectProperty<List<LedgerField>> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Empty when every required field has a column; else a sentence naming those that do not. */
    public ReadOnlyStringProperty missingMessageProperty() {
        return missingMessage.getReadOnlyProperty();
    }

    private void updateMissing() {
        List<LedgerField> now = mapping().missingRequired(header.size());
        missing.set(Collections.unmodifiableList(now));
        missingMessage.set(now.isEmpty() ? "" : messages.get("import.mapping.missing", String.join(", ",
                now.stream().map(field -> messages.get("import.field." + field.name())).toList())));
    }
}
