package fr.relance.imports.fec;

import fr.relance.domain.RejectedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the dates and amounts of a FEC line in the formats article A47 A-1 LPF prescribes. */
final class FecValues {

    /** "AAAAMMJJ" per the standard; STRICT so that 20260231 is refused, not moved to March. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Comma or dot decimal, optional sign, no thousands separator (the standard forbids one). */
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private FecValues() {
    }

    /** @return zero for an empty cell: software leave Credit empty on a debit line and the reverse */
    static BigDecimal amountOrZero(FecLine line, FecColumn column) {
        BigDecimal amount = amountOrNull(line, column);
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** @return null for an empty cell */
    static BigDecimal amountOrNull(FecLine line, FecColumn column) {
        String text = line.raw(column);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal simple = fr.relance.imports.Numbers.simple(text);
        if (simple != null) {
            return simple;
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw reject(line, column, "import.reject.badNumber", text);
        }
        String plain = text.replace(',', '.');
        plain = plain.startsWith("+") ? plain.substring(1) : plain;
        plain = plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
        return new BigDecimal(plain.startsWith(".") || plain.startsWith("-.") ? plain.replace(".", "0.") : plain);
    }

    /** @return null for an empty cell */
    static LocalDate dateOrNull(FecLine line, FecColumn column) {
        String text = line.raw(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw reject(line, column, "import.reject.badDate", text);
        }
    }

    static LocalDate requiredDate(FecLine line, FecColumn column) {
        LocalDate date = dateOrNull(line, column);
        if (date == null) {
            throw reject(line, column, "import.reject.badDate", "");
        }
        return date;
    }

    static LineRejectedException reject(FecLine line, FecColumn column, String reasonKey, String value) {
        return new LineRejectedException(new RejectedLine(line.lineNumber(), column.headerName(), reasonKey,
                List.of(value), value));
    }
}
