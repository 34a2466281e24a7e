package fr.relance.imports;

import java.util.List;

/**
 * The file as a whole cannot be imported (empty, not text, missing required column, wrong FEC column count...).
 * Nothing is imported. The reason is a message key with its arguments, worded by the UI.
 */
public final class ImportException extends RuntimeException {

    private final String reasonKey;
    private final List<String> reasonArgs;

    public ImportException(String reasonKey, List<String> reasonArgs, Throwable cause) {
        super(reasonKey + " " + reasonArgs, cause);
        this.reasonKey = reasonKey;
        this.reasonArgs = List.copyOf(reasonArgs);
    }

    public ImportException(String reasonKey, String... reasonArgs) {
        this(reasonKey, List.of(reasonArgs), null);
    }

    public String reasonKey() {
        return reasonKey;
    }

    public List<String> reasonArgs() {
        return reasonArgs;
    }
}
