package fr.relance.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Reads amounts as French and English accounting exports write them.
 *
 * <p>Accepted: {@code 1 234,56} (space, NBSP U+00A0, narrow NBSP U+202F or thin space as grouping),
 * {@code 1234.56}, {@code 1,234.56}, {@code 1.234,56}, {@code -12,50}, {@code 12,50-} (trailing minus, Sage),
 * {@code (12,50)} (accounting negative), with an optional {@code €} or {@code EUR} before or after.
 *
 * <p>Refused (null), because a wrong reading is worse than a rejected line: letters, two signs, exponents,
 * misplaced grouping ({@code 1,23,4}), more than two decimals unless they are zeros ({@code 12,3400} is 12.34),
 * and one separator followed by exactly three digits after a short non-zero integer part ({@code 1,000},
 * {@code 12.500}): English reads a thousand, French reads one; a factor of 1000 on a debt is not a guess to make.
 */
public final class Numbers {

    private static final Pattern GROUPING_SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009\\u2007']");
    private static final Pattern CURRENCY = Pattern.compile("(?i)€|\\bEUR\\b|\\bEUROS?\\b");
    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9.,]+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:X\\d{3})+");

    private Numbers() {
    }

    /**
     * The common case without regular expressions (they made most of an import's time): an optional minus,
     * digits, and at most one ',' or '.' followed by one or two digits, as "1234,56", "-12.5" or "80".
     * Anything else goes through the full rules; null here means "not this simple form", not "not an amount".
     */
    public static BigDecimal simple(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int separator = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.') {
                if (separator >= 0) {
                    return null;
                }
                separator = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        int digitsBefore = (separator < 0 ? length : separator) - start;
        int digitsAfter = separator < 0 ? 0 : length - separator - 1;
        if (digitsBefore == 0 || (separator >= 0 && (digitsAfter == 0 || digitsAfter > 2))) {
            return null;
        }
        return new BigDecimal(text.replace(',', '.')).setScale(2);
    }

    /** @return the amount with scale 2, or null when the text is blank or not an amount */
    public static BigDecimal parseAmount(String text) {
        if (text == null) {
            return null;
        }
        BigDecimal simple = simple(text);
        if (simple != null) {
            return simple;
        }
        String s = CURRENCY.matcher(text).replaceAll("");
        s = GROUPING_SPACES.matcher(s).replaceAll("").replace('\u2212', '-');
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-") || s.startsWith("+")) {
            negative |= s.charAt(0) == '-';
            s = s.substring(1);
        } else if (s.endsWith("-")) {
            negative = true;
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || !DIGITS_AND_SEPARATORS.matcher(s).matches()) {
            return null;
        }
        String plain = toPlain(s);
        if (plain == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.scale() > 2) {
            value = value.stripTrailingZeros();
            if (value.scale() > 2) {
                return null;
            }
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
        return negative ? value.negate() : value;
    }

    /** Turns digits with '.' and ',' into a BigDecimal literal, or null when the separators make no sense. */
    private static String toPlain(String s) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot < 0 && lastComma < 0) {
            return s;
        }
        char decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = lastDot > lastComma ? '.' : ',';
        } else {
            char only = lastDot >= 0 ? '.' : ',';
            boolean several = s.indexOf(only) != s.lastIndexOf(only);
            if (several) {
                // 1.234.567 or 1,234,567: grouping only, no decimals
                return groupedOrNull(s, only);
            }
            String integerPart = s.substring(0, s.indexOf(only));
            String fraction = s.substring(s.indexOf(only) + 1);
            if (fraction.length() == 3 && !integerPart.isEmpty() && integerPart.length() <= 3
                    && !integerPart.equals("0")) {
                return null; // 1,000 or 12.500: thousand or unit? see the class comment
            }
            decimal = only;
        }
        int at = s.lastIndexOf(decimal);
        String integerPart = s.substring(0, at);
        String fraction = s.substring(at + 1);
        if (fraction.isEmpty() && integerPart.isEmpty()) {
            return null;
        }
        if (fraction.indexOf('.') >= 0 || fraction.indexOf(',') >= 0 || integerPart.indexOf(decimal) >= 0) {
            return null;
        }
        char grouping = decimal == '.' ? ',' : '.';
        String integerDigits = integerPart.indexOf(grouping) >= 0 ? groupedOrNull(integerPart, grouping) : integerPart;
        if (integerDigits == null) {
            return null;
        }
        return (integerDigits.isEmpty() ? "0" : integerDigits) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    private static String groupedOrNull(String s, char grouping) {
        String marked = s.replace(grouping, 'X');
        if (!GROUPED.matcher(marked).matches()) {
            return null;
        }
        return s.replace(String.valueOf(grouping), "");
    }
}
