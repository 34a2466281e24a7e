package fr.relance.documents;

import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * The words and formats a letter prints in its own language (French, or English for foreign debtors), which may
 * differ from the user's: labels come from the same bundles as the UI, amounts and dates from {@link Formats}.
 */
final class LetterTexts {

    private final Locale locale;
    private final Messages messages;
    private final Formats formats;
    private final DateTimeFormatter monthYear;

    LetterTexts(Locale language) {
        this.locale = Messages.uiLocale(language == null ? Locale.FRANCE : language);
        this.messages = new Messages(locale);
        this.formats = new Formats(locale);
        this.monthYear = DateTimeFormatter.ofPattern(french() ? "MMMM yyyy" : "d MMMM yyyy", locale);
    }

    Messages messages() {
        return messages;
    }

    Locale locale() {
        return locale;
    }

    boolean french() {
        return "fr".equals(locale.getLanguage());
    }

    String money(BigDecimal amount) {
        return formats.money(amount);
    }

    String date(LocalDate date) {
        return formats.date(date);
    }

    String percent(BigDecimal rate) {
        return formats.percent(rate);
    }

    String integer(long value) {
        return formats.integer(value);
    }

    /** A share capital: "50 000 €" when whole, with the cents otherwise. */
    String capital(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 0) {
            return formats.money(amount);
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(amount);
    }

    /** "14 août 2025", "1er août 2025"; "14 August 2025". */
    String longDate(LocalDate date) {
        if (!french()) {
            return monthYear.format(date);
        }
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + monthYear.format(date);
    }
}
