package fr.relance.domain;

public enum InvoiceKind {
    INVOICE,
    CREDIT_NOTE
}
