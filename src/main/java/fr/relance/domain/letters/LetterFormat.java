package fr.relance.domain.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;

/**
 * Values as a letter prints them. French: "1 234,56 €" (narrow no-break space between thousands, no-break
 * space before the sign), "23 novembre 2026", "1er décembre 2026". English: "€1,234.56", "23 November 2026".
 */
public final class LetterFormat {

    private final LetterLanguage language;
    private final DateTimeFormatter longDate;

    public LetterFormat(LetterLanguage language) {
        this.language = language;
        this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    }

    public LetterLanguage language() {
        return language;
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** The long date of letters; in French the first of the month is "1er". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String text = longDate.format(date);
        if (language == LetterLanguage.FR && date.getDayOfMonth() == 1) {
            return "1er" + text.substring(1);
        }
        return text;
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }

    /** "123 456 789": a SIREN grouped by three, as printed on French letterheads. */
    public static String siren(String digits) {
        if (digits == null || digits.length() != 9) {
            return digits == null ? "" : digits;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /** "FR76 3000 6000 0112 3456 7890 189": an IBAN in groups of four. */
    public static String iban(String iban) {
        if (iban == null) {
            return "";
        }
        String compact = iban.replaceAll("\\s", "");
        return compact.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
