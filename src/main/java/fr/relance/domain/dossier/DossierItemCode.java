package fr.relance.domain.dossier;

/**
 * The default items of a dossier, from what an agency or a court expects (domain reference, sections 6 and 7).
 * Each is ticked automatically from the case's own data where it can be.
 */
public enum DossierItemCode {
    /** A copy of every claimed invoice (INVOICE_COPY documents naming the invoice numbers). */
    INVOICE_COPIES,
    /** The statement of account: produced from the ledger by the dossier export. */
    STATEMENT_OF_ACCOUNT,
    /** The reminders sent (letters, e-mails) recorded on the timeline. */
    REMINDERS_SENT,
    /** The formal notice and its registered-letter proof (delivered, or returned uncollected: it still counts). */
    FORMAL_NOTICE_WITH_PROOF,
    /** Correspondence with the debtor. */
    CORRESPONDENCE,
    /** The contract or the terms of sale showing the late-penalty clause. */
    TERMS_WITH_PENALTY_CLAUSE,
    /** The purchase order or the delivery proof. */
    ORDER_OR_DELIVERY_PROOF,
    /** Who the debtor is: a company by its SIREN and address, a consumer by its address (no SIREN). */
    DEBTOR_IDENTITY,
    /** No claimed invoice under an open dispute. */
    NO_OPEN_DISPUTE;

    /** An open dispute is resolved in the case file's "Suivi" tab, never ticked away by hand. */
    public boolean manualTickAllowed() {
        return this != NO_OPEN_DISPUTE;
    }
}
