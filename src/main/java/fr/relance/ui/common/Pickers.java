package fr.relance.ui.common;

import fr.relance.text.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers in the user's date format, and display texts for choice lists. */
public final class Pickers {

    private Pickers() {
    }

    /**
     * A date picker reading and showing dd/MM/yyyy. Unreadable typing keeps the last good date instead of throwing
     * from the picker's commit, so a typo never ends in an error dialog or a lost value.
     */
    public static DatePicker date(String id, String accessibleText, Formats formats) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(accessibleText);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), formats.dateFormatter());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    /** For lists the user picks from but never types into: a null value shows as nothing. */
    public static <T> StringConverter<T> display(Function<T, String> text) {
        return display(text, "");
    }

    /** As {@link #display(Function)}, where a null value is a real choice ("all", "any") named {@code nullText}. */
    public static <T> StringConverter<T> display(Function<T, String> text, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                throw new UnsupportedOperationException("a choice list is not typed into");
            }
        };
    }
}
