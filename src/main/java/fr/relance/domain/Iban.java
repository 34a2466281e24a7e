package fr.relance.domain;

import java.util.Locale;
import org.apache.commons.validator.routines.IBANValidator;

/** IBAN checksum (ISO 13616, mod 97) and country format, via Commons Validator. */
public final class Iban {

    private Iban() {
    }

    public static boolean isValid(String value) {
        return IBANValidator.getInstance().isValid(normalize(value));
    }

    /** "fr76 3000 6000 ..." becomes "FR7630006000...". */
    public static String normalize(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u00A0\\u202F]", "").toUpperCase(Locale.ROOT);
    }

    /** Groups of four for display and printing. */
    public static String formatted(String value) {
        return normalize(value).replaceAll("(.{4})(?!$)", "$1 ");
    }
}
