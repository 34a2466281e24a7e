package fr.relance.imports;

import fr.relance.domain.DebtorDetails;
import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Turns the text cells of one row into a {@link LedgerEntry}, following a {@link ColumnMapping}. One instance
 * per imported file: it remembers the document numbers met so far to reject duplicates.
 *
 * <p>Rules, in the order they are checked:
 * <ul>
 * <li>an empty row, or one whose cells are all blank, is {@link RowOutcome.Skipped}; extra cells beyond the
 *     header (trailing separators) are ignored and missing ones read as blank;</li>
 * <li>in a bank statement ({@link ColumnMapping#isBankStatement()}) a credit is a payment of a debtor still to
 *     be found, and a line without a credit is {@link RowOutcome.NotReceived};</li>
 * <li>a mapped cell holding U+FFFD (bytes the file's charset could not decode) rejects the row
 *     ({@code import.reject.encoding}): a name or number read wrong would be imported silently otherwise;</li>
 * <li>the kind comes from the type column (avoir/credit note/AV, règlement/paiement/payment/encaissement,
 *     anything else an invoice); a negative amount makes an invoice a credit note, and every amount is stored
 *     positive;</li>
 * <li>a missing due date is the issue date plus {@link #DEFAULT_PAYMENT_TERM_DAYS} days;</li>
 * <li>an open amount must lie between 0 and the amount (same sign as the amount in the file); 0 means the
 *     document is paid: {@link RowOutcome.Settled};</li>
 * <li>an invoice or credit-note number met earlier in the file rejects the later line
 *     ({@code import.reject.duplicate}), whatever its amount: the same line exported twice and two documents
 *     sharing a number are both errors of the export that the user must see.</li>
 * </ul>
 */
public final class LedgerRowConverter {

    /**
     * Code de commerce L441-10: without agreed terms, payment is due 30 days after receipt of the goods or
     * completion of the service; the issue date is the closest date an export gives.
     */
    public static final int DEFAULT_PAYMENT_TERM_DAYS = 30;

    private static final java.util.regex.Pattern CURRENCY_CODE = java.util.regex.Pattern.compile("[A-Z]{3}");

    static final String MISSING = "import.reject.missing";
    static final String BAD_NUMBER = "import.reject.badNumber";
    static final String BAD_DATE = "import.reject.badDate";
    static final String ZERO_AMOUNT = "import.reject.zeroAmount";
    static final String DUPLICATE = "import.reject.duplicate";
    static final String ENCODING = "import.reject.encoding";
    static final String OPEN_ABOVE_AMOUNT = "import.reject.openAboveAmount";
    static final String BAD_CURRENCY = "import.reject.badCurrency";

    private static final char REPLACEMENT = '\uFFFD';

    private final ColumnMapping mapping;
    private final List<String> header;
    private final SeenNumbers seenNumbers = new SeenNumbers();

    /** @param header the file's header cells, named in rejections */
    public LedgerRowConverter(ColumnMapping mapping, List<String> header) {
        this.mapping = mapping;
        this.header = List.copyOf(header);
    }

    public RowOutcome convert(SourceRow row) {
        if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
            return new RowOutcome.Skipped(row.lineNumber());
        }
        Cells cells = new Cells(row);
        for (LedgerField field : mapping.columns().keySet()) {
            String value = cells.raw(field);
            if (value != null && value.indexOf(REPLACEMENT) >= 0) {
                return cells.reject(field, ENCODING, value);
            }
        }
        try {
            return convert(cells);
        } catch (Rejection rejection) {
            return new RowOutcome.Rejected(rejection.line);
        }
    }

    private RowOutcome convert(Cells cells) {
        if (mapping.isBankStatement()) {
            return bankLine(cells);
        }
        String debtorCode = cells.required(LedgerField.DEBTOR_CODE);
        BigDecimal signedAmount = cells.amount(LedgerField.AMOUNT_INCL_VAT, true);
        if (signedAmount.signum() == 0) {
            throw cells.rejection(LedgerField.AMOUNT_INCL_VAT, ZERO_AMOUNT);
        }
        EntryKind kind = DocumentTypes.kindOf(cells.text(LedgerField.DOCUMENT_TYPE));
        if (kind == EntryKind.INVOICE && signedAmount.signum() < 0) {
            kind = EntryKind.CREDIT_NOTE;
        }
        String number = kind == EntryKind.PAYMENT ? cells.text(LedgerField.NUMBER) : cells.required(LedgerField.NUMBER);
        LocalDate date = cells.date(LedgerField.ISSUE_DATE, true);
        LocalDate dueDate = null;
        if (kind != EntryKind.PAYMENT) {
            dueDate = cells.date(LedgerField.DUE_DATE, false);
            dueDate = dueDate != null ? dueDate : date.plusDays(DEFAULT_PAYMENT_TERM_DAYS);
        }
        BigDecimal amount = signedAmount.abs();
        BigDecimal openAmount = openAmount(cells, signedAmount);
        BigDecimal amountExclVat = cells.amount(LedgerField.AMOUNT_EXCL_VAT, false);
        String currency = currency(cells);
        DebtorDetails details = DebtorCells.read(cells::text);

        if (kind != EntryKind.PAYMENT && !seenNumbers.add(number)) {
            throw cells.rejection(LedgerField.NUMBER, DUPLICATE, number);
        }
        if (openAmount != null && openAmount.signum() == 0) {
            return new RowOutcome.Settled(cells.row.lineNumber(), kind, debtorCode, number);
        }
        return new RowOutcome.Entry(new LedgerEntry(cells.row.lineNumber(), kind, debtorCode,
                cells.text(LedgerField.DEBTOR_NAME), number, date, dueDate, amount, openAmount,
                amountExclVat == null ? null : amountExclVat.abs(), currency, cells.text(LedgerField.REFERENCE),
                details));
    }

    /**
     * A bank-statement line: a credit is a payment from a debtor not known yet ({@code debtorCode} empty, the
     * label as reference, for {@link PayerResolver}); a debit, a negative amount or no amount at all is money
     * that did not come in, skipped.
     */
    private RowOutcome bankLine(Cells cells) {
        BigDecimal credit = cells.amount(LedgerField.AMOUNT_INCL_VAT, false);
        if (credit == null || credit.signum() <= 0) {
            return new RowOutcome.NotReceived(cells.row.lineNumber());
        }
        LocalDate date = cells.date(LedgerField.ISSUE_DATE, true);
        String label = cells.required(LedgerField.REFERENCE);
        return new RowOutcome.Entry(new LedgerEntry(cells.row.lineNumber(), EntryKind.PAYMENT, "", null, null, date,
                null, credit, null, null, currency(cells), label, DebtorDetails.NONE));
    }

    /** The open amount as a positive number, read with the sign convention of the amount. */
    private static BigDecimal openAmount(Cells cells, BigDecimal signedAmount) {
        BigDecimal open = cells.amount(LedgerField.OPEN_AMOUNT, false);
        if (open == null) {
            return null;
        }
        BigDecimal sameSign = signedAmount.signum() < 0 ? open.negate() : open;
        if (sameSign.signum() < 0) {
            // more than paid (or the wrong sign): not something to chase as it stands
            throw cells.rejection(LedgerField.OPEN_AMOUNT, BAD_NUMBER);
        }
        if (sameSign.compareTo(signedAmount.abs()) > 0) {
            throw cells.rejection(LedgerField.OPEN_AMOUNT, OPEN_ABOVE_AMOUNT, cells.raw(LedgerField.OPEN_AMOUNT),
                    cells.raw(LedgerField.AMOUNT_INCL_VAT));
        }
        return sameSign;
    }

    private static String currency(Cells cells) {
        String text = cells.text(LedgerField.CURRENCY);
        if (text == null) {
            return null;
        }
        String code = switch (text.toUpperCase(Locale.ROOT)) {
            case "€", "EURO", "EUROS" -> "EUR";
            case "$" -> "USD";
            case "£" -> "GBP";
            default -> text.toUpperCase(Locale.ROOT);
        };
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw cells.rejection(LedgerField.CURRENCY, BAD_CURRENCY);
        }
        return code;
    }

    /** Access to the mapped cells of one row, and the rejections that name them. */
    private final class Cells {

        private final SourceRow row;

        Cells(SourceRow row) {
            this.row = row;
        }

        /** The cell as read, or null when the field is unmapped or the row is shorter. */
        String raw(LedgerField field) {
            int column = mapping.column(field);
            return column < 0 || column >= row.cells().size() ? null : row.cells().get(column);
        }

        /** The trimmed cell, or null when blank. */
        String text(LedgerField field) {
            String raw = raw(field);
            return raw == null || raw.isBlank() ? null : raw.strip();
        }

        String required(LedgerField field) {
            String text = text(field);
            if (text == null) {
                throw rejection(field, MISSING, columnName(field));
            }
            return text;
        }

        BigDecimal amount(LedgerField field, boolean required) {
            String text = required ? required(field) : text(field);
            if (text == null) {
                return null;
            }
            BigDecimal amount = Numbers.parseAmount(text);
            if (amount == null) {
                throw rejection(field, BAD_NUMBER, text);
            }
            return amount;
        }

        LocalDate date(LedgerField field, boolean required) {
            String text = required ? required(field) : text(field);
            if (text == null) {
                return null;
            }
            LocalDate date = Dates.parse(text);
            if (date == null) {
                throw rejection(field, BAD_DATE, text);
            }
            return date;
        }

        String columnName(LedgerField field) {
            int column = mapping.column(field);
            return column >= 0 && column < header.size() ? header.get(column) : field.name();
        }

        Rejection rejection(LedgerField field, String reasonKey, String... args) {
            return new Rejection(new RejectedLine(row.lineNumber(), columnName(field), reasonKey,
                    args.length == 0 ? List.of(String.valueOf(raw(field))) : List.of(args), raw(field)));
        }

        RowOutcome reject(LedgerField field, String reasonKey, String value) {
            return new RowOutcome.Rejected(rejection(field, reasonKey, value).line);
        }
    }

    /** Unwinds the checks of one row; cheap since it keeps no stack trace. */
    private static final class Rejection extends RuntimeException {
        private final transient RejectedLine line;

        Rejection(RejectedLine line) {
            super(line.reasonKey(), null, false, false);
            this.line = line;
        }
    }
}
