package fr.relance.domain;

import java.util.List;

/**
 * A line of an import file that cannot be taken, with why. The reason is a message key with its arguments
 * (for example {@code import.reject.badDate} with the text read), so the UI and the CSV export of rejections
 * can word it in the user's language.
 *
 * @param column the column's header as in the file, or null when the whole line is at fault
 * @param value  the text that was read, or null
 */
public record RejectedLine(int lineNumber, String column, String reasonKey, List<String> reasonArgs,
                           String value) {

    public RejectedLine {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }
}
