package fr.relance.domain.agency;

/** What can follow a case the agency did not collect in full. */
public enum NextStepKind {
    /** Insolvency proceedings: the claim is declared to the court-appointed representative. */
    CLAIM_DECLARATION,
    /** Simplified small-claims procedure by a commissaire de justice (CPCE L125-1), up to 5,000 EUR. */
    SMALL_CLAIMS_PROCEDURE,
    /** Order for payment (injonction de payer). */
    ORDER_FOR_PAYMENT,
    /** Give up: the loss is recorded and the VAT recovered (CGI 272-1). */
    WRITE_OFF
}
