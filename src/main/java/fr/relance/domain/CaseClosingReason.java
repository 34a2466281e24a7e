package fr.relance.domain;

/** Why a collection case was closed (collection_case.closed_reason). */
public enum CaseClosingReason {
    /** Everything claimed was paid. */
    PAID,
    /** Ended by an agreement (transaction): what is left was settled by credit notes or allocations. */
    SETTLED,
    /** Given up as unrecoverable: the invoices still open leave the ledger of receivables (CGI 272-1, section 9). */
    WRITTEN_OFF
}
