package fr.relance.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as accounting exports write them: {@code dd/MM/yyyy}, {@code d/M/yyyy}, {@code dd-MM-yyyy},
 * {@code dd.MM.yyyy}, {@code dd/MM/yy} (years 2000-2099, as EBP writes them), {@code yyyy-MM-dd},
 * {@code yyyy/MM/dd}, {@code yyyyMMdd} (FEC), each optionally followed by a time ({@code 2026-11-23 00:00:00},
 * {@code 2026-11-23T00:00}, {@code 23/11/2026 00:00}) which is ignored.
 *
 * <p>Day first is assumed for slashed dates: French and UK exports never put the month first, and a US export
 * of receivables to a French credit controller is rare enough to be rejected by the impossible dates it makes.
 */
public final class Dates {

    private static final Pattern TIME_SUFFIX = Pattern.compile("[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?Z?$");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([/-])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /** Outside this window a date is a typo (0026, 9999 "no due date" markers), not an invoice date. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    private Dates() {
    }

    private static int twoDigits(String text, int at) {
        char a = text.charAt(at);
        char b = text.charAt(at + 1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
    }

    /** @return the date, or null when the text is blank, not a date, or an impossible one (31/02/2026) */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
            // The common French form dd/MM/yyyy, without regular expressions (they made most of an import's time)
            int day = twoDigits(text, 0);
            int month = twoDigits(text, 3);
            int year = twoDigits(text, 6) * 100 + twoDigits(text, 8);
            if (day >= 0 && month >= 0 && year >= 0) {
                return of(year, month, day);
            }
        }
        String s = TIME_SUFFIX.matcher(text.strip()).replaceFirst("");
        Matcher m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(4));
            return of(m.group(4).length() == 2 ? 2000 + year : year, m.group(3), m.group(1));
        }
        m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), m.group(3), m.group(4));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
        }
        return null;
    }

    private static LocalDate of(int year, String month, String day) {
        return of(year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
