package fr.relance.domain;

/** What one line of a ledger export is. */
public enum EntryKind {
    INVOICE,
    CREDIT_NOTE,
    PAYMENT
}
