package fr.relance.domain;

import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/** French company identifiers: SIREN (9 digits) and SIRET (14 digits), both protected by a Luhn check digit. */
public final class Siren {

    private Siren() {
    }

    /** Spaces are tolerated ("732 829 320"); use {@link #normalize} before storing. */
    public static boolean isValidSiren(String value) {
        String digits = normalize(value);
        return digits.matches("\\d{9}") && LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits);
    }

    public static boolean isValidSiret(String value) {
        String digits = normalize(value);
        return digits.matches("\\d{14}") && LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid(digits);
    }

    public static String normalize(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}
