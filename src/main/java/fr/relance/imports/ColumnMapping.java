package fr.relance.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which column (0-based) of a file holds which {@link LedgerField}. Unmapped fields are absent from the map.
 * Guessed from the header, corrected by the user, and saved as a {@link MappingPreset} for the next file with
 * the same header.
 */
public record ColumnMapping(Map<LedgerField, Integer> columns) {

    public ColumnMapping {
        EnumMap<LedgerField, Integer> copy = new EnumMap<>(LedgerField.class);
        columns.forEach((field, column) -> {
            if (column == null || column < 0) {
                throw new IllegalArgumentException("column of " + field + " must be >= 0: " + column);
            }
            copy.put(field, column);
        });
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /**
     * Recognises the usual French and English headers, whatever the accents, case and punctuation. Each column
     * goes to one field at most and each field takes the first column that names it.
     */
    public static ColumnMapping guess(List<String> header) {
        List<String> names = header.stream().map(HeaderNames::normalise).toList();
        EnumMap<LedgerField, Integer> found = new EnumMap<>(LedgerField.class);
        boolean[] taken = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            LedgerField field = HeaderAliases.EXACT.get(names.get(i));
            if (field != null && !found.containsKey(field)) {
                found.put(field, i);
                taken[i] = true;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            for (LedgerField field : HeaderAliases.AMBIGUOUS.getOrDefault(names.get(i), List.of())) {
                if (!taken[i] && !found.containsKey(field)) {
                    found.put(field, i);
                    taken[i] = true;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String padded = " " + names.get(i) + " ";
            for (Map.Entry<String, LedgerField> keyword : HeaderAliases.KEYWORDS.entrySet()) {
                if (!taken[i] && !found.containsKey(keyword.getValue())
                        && padded.contains(" " + keyword.getKey() + " ")) {
                    found.put(keyword.getValue(), i);
                    taken[i] = true;
                }
            }
        }
        bankStatementAmounts(names, found);
        return new ColumnMapping(found);
    }

    /**
     * A bank statement has no customer code and no document number; its "Crédit" column is the money received
     * (the amount of a payment) and its "Débit" column money going out. Only then: in a ledger export with
     * both columns, "Débit" stays the amount of the invoices.
     */
    private static void bankStatementAmounts(List<String> names, Map<LedgerField, Integer> found) {
        if (found.containsKey(LedgerField.DEBTOR_CODE) || found.containsKey(LedgerField.NUMBER)) {
            return;
        }
        int credit = indexOf(names, HeaderAliases.BANK_CREDIT);
        if (credit < 0) {
            return;
        }
        int debit = indexOf(names, HeaderAliases.BANK_DEBIT);
        found.values().removeIf(column -> column == credit || column == debit);
        found.put(LedgerField.AMOUNT_INCL_VAT, credit);
        if (debit >= 0) {
            found.put(LedgerField.DEBIT, debit);
        } else {
            found.remove(LedgerField.DEBIT);
        }
    }

    private static int indexOf(List<String> names, java.util.regex.Pattern pattern) {
        for (int i = 0; i < names.size(); i++) {
            if (pattern.matcher(names.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A bank statement: a date, an amount (the credit) and a label, but neither a customer code nor a document
     * number. Its credits are payments whose debtor is found later from the label.
     */
    public boolean isBankStatement() {
        return !has(LedgerField.DEBTOR_CODE) && !has(LedgerField.NUMBER) && has(LedgerField.ISSUE_DATE)
                && has(LedgerField.AMOUNT_INCL_VAT) && has(LedgerField.REFERENCE);
    }

    /** The fields this mapping needs: a bank statement's date, credit and label, else {@link LedgerField#required()}. */
    public List<LedgerField> requiredFields() {
        if (isBankStatement()) {
            return List.of(LedgerField.ISSUE_DATE, LedgerField.AMOUNT_INCL_VAT, LedgerField.REFERENCE);
        }
        return java.util.Arrays.stream(LedgerField.values()).filter(LedgerField::required).toList();
    }

    /**
     * The header reduced to what {@link #guess} looks at, to find the preset saved for files of the same shape.
     */
    public static String headerSignature(List<String> header) {
        return header.stream().map(HeaderNames::normalise).collect(Collectors.joining("|"));
    }

    /** @return the column of the field, or -1 when unmapped */
    public int column(LedgerField field) {
        return columns.getOrDefault(field, -1);
    }

    public boolean has(LedgerField field) {
        return columns.containsKey(field);
    }

    public ColumnMapping with(LedgerField field, int column) {
        EnumMap<LedgerField, Integer> copy = new EnumMap<>(LedgerField.class);
        copy.putAll(columns);
        copy.put(field, column);
        return new ColumnMapping(copy);
    }

    public ColumnMapping without(LedgerField field) {
        EnumMap<LedgerField, Integer> copy = new EnumMap<>(LedgerField.class);
        copy.putAll(columns);
        copy.remove(field);
        return new ColumnMapping(copy);
    }

    /** Required fields without a column, in enum order; empty when the file can be imported. */
    public List<LedgerField> missingRequired() {
        List<LedgerField> missing = new ArrayList<>();
        for (LedgerField field : requiredFields()) {
            if (!columns.containsKey(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Required fields unmapped or mapped beyond the last column of a file of {@code columnCount} columns. */
    public List<LedgerField> missingRequired(int columnCount) {
        List<LedgerField> missing = new ArrayList<>();
        for (LedgerField field : requiredFields()) {
            if (column(field) < 0 || column(field) >= columnCount) {
                missing.add(field);
            }
        }
        return missing;
    }
}
