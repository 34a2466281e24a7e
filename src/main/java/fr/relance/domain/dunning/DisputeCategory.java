package fr.relance.domain.dunning;

/** Why the debtor contests an invoice. */
public enum DisputeCategory {
    PRICE,
    QUANTITY,
    QUALITY,
    NOT_RECEIVED,
    ALREADY_PAID,
    /** Needs a note: the category alone says nothing. */
    OTHER
}
