package fr.relance.domain;

/** Professional or consumer: decides penalties, indemnities and limitation (domain reference, section 1). */
public enum DebtorKind {
    B2B,
    CONSUMER
}
