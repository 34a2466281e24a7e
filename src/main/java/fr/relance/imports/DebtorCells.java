package fr.relance.imports;

import fr.relance.domain.DebtorDetails;
import fr.relance.domain.DebtorKind;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds {@link DebtorDetails} from the optional columns. Values are taken as written (trimmed): checking a
 * SIREN or an e-mail is the domain's job, and an import never blanks what the user entered, so a blank cell is
 * null.
 */
final class DebtorCells {

    private static final java.util.regex.Pattern IDENTIFIER_NOISE = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F.]");
    private static final java.util.regex.Pattern CONSUMER = java.util.regex.Pattern.compile(
            "particuliers?|consommateurs?|consumers?|b2c|prive|private|individual|personne physique");
    private static final java.util.regex.Pattern BUSINESS = java.util.regex.Pattern.compile(
            "professionnels?|pro|entreprises?|societes?|b2b|business|company|companies|personne morale");
    private static final java.util.regex.Pattern COUNTRY_CODE = java.util.regex.Pattern.compile("[a-z]{2}");

    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("france", "FR"), Map.entry("belgique", "BE"), Map.entry("belgium", "BE"),
            Map.entry("suisse", "CH"), Map.entry("switzerland", "CH"), Map.entry("luxembourg", "LU"),
            Map.entry("allemagne", "DE"), Map.entry("germany", "DE"), Map.entry("espagne", "ES"),
            Map.entry("spain", "ES"), Map.entry("italie", "IT"), Map.entry("italy", "IT"),
            Map.entry("royaume uni", "GB"), Map.entry("united kingdom", "GB"), Map.entry("pays bas", "NL"),
            Map.entry("netherlands", "NL"), Map.entry("portugal", "PT"), Map.entry("monaco", "MC"));

    private DebtorCells() {
    }

    static DebtorDetails read(Function<LedgerField, String> cell) {
        DebtorDetails details = new DebtorDetails(kind(cell.apply(LedgerField.DEBTOR_KIND)),
                compact(cell.apply(LedgerField.SIREN)), compact(cell.apply(LedgerField.VAT_NUMBER)),
                cell.apply(LedgerField.EMAIL), cell.apply(LedgerField.PHONE), cell.apply(LedgerField.STREET),
                cell.apply(LedgerField.POSTCODE), cell.apply(LedgerField.CITY),
                country(cell.apply(LedgerField.COUNTRY)));
        return details.equals(DebtorDetails.NONE) ? DebtorDetails.NONE : details;
    }

    private static String compact(String value) {
        return value == null ? null : IDENTIFIER_NOISE.matcher(value).replaceAll("").toUpperCase(java.util.Locale.ROOT);
    }

    /** Unknown words give null: the debtor keeps the kind the user chose or the default. */
    private static DebtorKind kind(String value) {
        String s = HeaderNames.normalise(value);
        if (CONSUMER.matcher(s).matches()) {
            return DebtorKind.CONSUMER;
        }
        if (BUSINESS.matcher(s).matches()) {
            return DebtorKind.B2B;
        }
        return null;
    }

    private static String country(String value) {
        if (value == null) {
            return null;
        }
        String s = HeaderNames.normalise(value);
        if (COUNTRY_CODE.matcher(s).matches()) {
            return s.toUpperCase(java.util.Locale.ROOT);
        }
        return COUNTRIES.get(s);
    }
}
