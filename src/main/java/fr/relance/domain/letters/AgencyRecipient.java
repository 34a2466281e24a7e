package fr.relance.domain.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * The collection agency a case is handed over to, as the cover letter addresses it.
 *
 * @param addressLines        the postal lines below the name (street, postcode and city)
 * @param agreementSignedOn   the written agreement required before any action (CPCE R124-3); null when unknown
 */
public record AgencyRecipient(String name, String contactName, List<String> addressLines,
                              LocalDate agreementSignedOn) {

    public AgencyRecipient {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}
