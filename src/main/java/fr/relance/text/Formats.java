package fr.relance.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts and dates as the user reads them: in French "1 234,56 €" (narrow no-break space between thousands)
 * and "23/11/2026".
 */
public final class Formats {

    private final Locale locale;
    private final DateTimeFormatter dates;

    public Formats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
    }

    public String money(BigDecimal amount) {
        return money(amount, "EUR");
    }

    /** An amount in the given ISO 4217 currency: "1 234,56 €", "1 234,56 $US". */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public String percent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(4);
        return format.format(rate) + (Locale.FRANCE.getLanguage().equals(locale.getLanguage()) ? "\u00A0%" : "%");
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** "23/11/2026 09:02". */
    public String dateTime(LocalDateTime moment) {
        return moment == null ? "" : dates.format(moment) + " " + String.format(locale, "%02d:%02d",
                moment.getHour(), moment.getMinute());
    }

    public DateTimeFormatter dateFormatter() {
        return dates;
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A file size as a file manager shows it: "812 octets", "45,2 ko", "12,3 Mo" (in English: bytes, KB, MB). */
    public String fileSize(long bytes) {
        boolean french = Locale.FRANCE.getLanguage().equals(locale.getLanguage());
        if (bytes < 1024) {
            return integer(bytes) + (french ? (bytes < 2 ? " octet" : " octets") : (bytes == 1 ? " byte" : " bytes"));
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        String[] units = french ? new String[] {"ko", "Mo", "Go"} : new String[] {"KB", "MB", "GB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return format.format(value) + "\u00A0" + units[unit];
    }

    /** Reads "3,15", "3.15" or " 12 " as a decimal; null when it is not a number. */
    public static BigDecimal parseDecimal(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replaceAll("[\\s\\u00A0\\u202F%]", "").replace(',', '.');
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
