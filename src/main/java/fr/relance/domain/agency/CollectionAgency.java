package fr.relance.domain.agency;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A collection agency of the directory (société de recouvrement, CPCE R124-1 ff.).
 *
 * @param id                  null until stored
 * @param commissionPercent   its share of what it collects, in percent; null when it charges none
 * @param fixedFee            its fixed fee per case handed over, null when none
 * @param minimumClaim        the smallest claim it takes, null when it takes any
 * @param agreementSignedOn   the date of the signed agreement (R124-3), null when unknown
 * @param agreementDocumentId the signed agreement as a stored document; null: the agreement is missing
 * @param archived            no longer offered for new cases; kept for the cases that refer to it
 */
public record CollectionAgency(Long id, String name, String siren, String street, String addressExtra,
                               String postcode, String city, String contactName, String email, String phone,
                               BigDecimal commissionPercent, BigDecimal fixedFee, BigDecimal minimumClaim,
                               LocalDate agreementSignedOn, Long agreementDocumentId, String insuranceReference,
                               String notes, boolean archived) {

    /** Whether the signed agreement is on file: without it no case may be handed over (R124-3). */
    public boolean agreementOnFile() {
        return agreementDocumentId != null;
    }

    public CollectionAgency withId(long newId) {
        return new CollectionAgency(newId, name, siren, street, addressExtra, postcode, city, contactName, email,
                phone, commissionPercent, fixedFee, minimumClaim, agreementSignedOn, agreementDocumentId,
                insuranceReference, notes, archived);
    }

    public CollectionAgency withAgreement(Long documentId) {
        return new CollectionAgency(id, name, siren, street, addressExtra, postcode, city, contactName, email,
                phone, commissionPercent, fixedFee, minimumClaim, agreementSignedOn, documentId, insuranceReference,
                notes, archived);
    }

    public CollectionAgency withArchived(boolean value) {
        return new CollectionAgency(id, name, siren, street, addressExtra, postcode, city, contactName, email,
                phone, commissionPercent, fixedFee, minimumClaim, agreementSignedOn, agreementDocumentId,
                insuranceReference, notes, value);
    }
}
