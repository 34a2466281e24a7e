package fr.relance.domain;

import java.math.BigDecimal;

/** The creditor: the SME that uses Relance, as printed on its letters. */
public record Company(String legalName, String legalForm, BigDecimal shareCapital, String siren, String siret,
                      String vatNumber, String rcsCity, String street, String addressExtra, String postcode,
                      String city, String phone, String email, String iban, String bic, String signatoryName,
                      String signatoryTitle, byte[] logo, String logoMimeType) {

    public static Company empty() {
        return new Company("", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
