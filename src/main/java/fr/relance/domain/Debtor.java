package fr.relance.domain;

import java.util.Objects;

/** A customer who owes money: a company (B2B) or a consumer. */
public record Debtor(long id, String accountCode, String name, DebtorKind kind, String siren, String vatNumber,
                     PostalAddress address, String language) {

    public Debtor {
        Objects.requireNonNull(accountCode, "accountCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        language = language == null || language.isBlank() ? "fr" : language;
    }

    public Debtor withId(long newId) {
        return new Debtor(newId, accountCode, name, kind, siren, vatNumber, address, language);
    }
}
