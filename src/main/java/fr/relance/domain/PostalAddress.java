package fr.relance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A postal address in the NF Z10-011 order: recipient (person or department), building, number and street,
 * PO box or lieu-dit, postcode and city, country. The debtor's name is the first printed line and is not part of
 * the address itself. Blank parts are simply absent: the norm forbids blank lines.
 */
public record PostalAddress(String recipient, String building, String street, String locality,
                            String postcode, String city, String countryCode) {

    public static final int MAX_LINE_LENGTH = 38;

    public PostalAddress {
        countryCode = countryCode == null || countryCode.isBlank() ? "FR" : countryCode.toUpperCase(Locale.ROOT);
    }

    public static PostalAddress france(String street, String postcode, String city) {
        return new PostalAddress(null, null, street, null, postcode, city, "FR");
    }

    /** The printed lines below the name: no blank line, the last French line is "postcode CITY" in capitals. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, recipient);
        addIfPresent(lines, building);
        addIfPresent(lines, street);
        addIfPresent(lines, locality);
        String cityLine = ((postcode == null ? "" : postcode.strip()) + " "
                + (city == null ? "" : city.strip().toUpperCase(Locale.FRANCE))).strip();
        addIfPresent(lines, cityLine);
        if (!"FR".equals(countryCode)) {
            lines.add(new Locale("", countryCode).getDisplayCountry(Locale.FRANCE).toUpperCase(Locale.FRANCE));
        }
        return lines;
    }

    public boolean isComplete() {
        return street != null && !street.isBlank() && postcode != null && !postcode.isBlank()
                && city != null && !city.isBlank();
    }

    private static void addIfPresent(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value.strip());
        }
    }
}
