package fr.relance.imports;

import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last look at the entries read before anything is written, whatever the format: a value wider than the data
 * file's column (V1: account code 40, name 200, number 60, reference 200, ...) or an amount beyond DECIMAL(15,2) is
 * a rejected line, never a database error halfway through the import nor a value cut without a word; and one
 * document number listed twice (same kind) is imported once, the second line rejected when it says something else.
 */
final class EntryLimits {

    static final String TOO_LONG = "import.reject.tooLong";
    static final String AMOUNT_TOO_LARGE = "import.reject.amountTooLarge";
    /** DECIMAL(15,2): thirteen digits before the comma. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    private static final int SHOWN = 40;

    private EntryLimits() {
    }

    /** @param column the name of a field's column in the file, for the rejection */
    static Optional<RejectedLine> check(LedgerEntry e, java.util.function.Function<LedgerField, String> column) {
        Object[][] widths = {
                {LedgerField.DEBTOR_CODE, e.debtorCode(), 40},
                {LedgerField.DEBTOR_NAME, e.debtorName(), 200},
                {LedgerField.NUMBER, e.number(), 60},
                {LedgerField.REFERENCE, e.reference(), 200},
                {LedgerField.CURRENCY, e.currency(), 3},
                {LedgerField.SIREN, e.details().siren(), 9},
                {LedgerField.VAT_NUMBER, e.details().vatNumber(), 20},
                {LedgerField.EMAIL, e.details().email(), 254},
                {LedgerField.PHONE, e.details().phone(), 30},
                {LedgerField.POSTCODE, e.details().postcode(), 10},
                {LedgerField.COUNTRY, e.details().countryCode(), 2}};
        for (Object[] width : widths) {
            String value = (String) width[1];
            int max = (Integer) width[2];
            if (value != null && value.strip().length() > max) {
                LedgerField field = (LedgerField) width[0];
                String shown = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
                return Optional.of(new RejectedLine(e.lineNumber(), column.apply(field), TOO_LONG,
                        List.of(String.valueOf(max), String.valueOf(value.strip().length())), shown));
            }
        }
        for (BigDecimal amount : new BigDecimal[] {e.amount(), e.openAmount(), e.amountExclVat()}) {
            if (amount != null && amount.abs().compareTo(MAX_AMOUNT) > 0) {
                return Optional.of(new RejectedLine(e.lineNumber(), column.apply(LedgerField.AMOUNT_INCL_VAT),
                        AMOUNT_TOO_LARGE, List.of(amount.toPlainString()), amount.toPlainString()));
            }
        }
        return Optional.empty();
    }

    /** Keeps the first line of each document number; a later one saying the same is dropped, another rejected. */
    static final class Duplicates {
        private final Map<String, LedgerEntry> first = new HashMap<>();

        /** @return empty to keep the entry, else why it is not */
        Optional<RejectedLine> check(LedgerEntry e, java.util.function.Function<LedgerField, String> column) {
            if (e.kind() == EntryKind.PAYMENT) {
                return Optional.empty();
            }
            String key = (e.kind() == EntryKind.CREDIT_NOTE ? "C:" : "I:") + e.number().strip();
            LedgerEntry earlier = first.putIfAbsent(key, e);
            if (earlier == null) {
                return Optional.empty();
            }
            return Optional.of(new RejectedLine(e.lineNumber(), column.apply(LedgerField.NUMBER),
                    LedgerRowConverter.DUPLICATE, List.of(e.number()), e.number()));
        }
    }
}
