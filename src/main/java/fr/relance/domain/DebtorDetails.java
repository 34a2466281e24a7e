package fr.relance.domain;

/**
 * What an export may say about a debtor besides its code and name. Every field may be null: an import fills
 * only what the file gives and never blanks what the user entered.
 */
public record DebtorDetails(DebtorKind kind, String siren, String vatNumber, String email, String phone,
                            String street, String postcode, String city, String countryCode) {

    public static final DebtorDetails NONE = new DebtorDetails(null, null, null, null, null, null, null, null, null);
}
