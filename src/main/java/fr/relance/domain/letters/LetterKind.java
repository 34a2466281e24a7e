package fr.relance.domain.letters;

/** The letters Relance writes; each has a template per language and kind of debtor. */
public enum LetterKind {
    /** Courteous first reminder (relance amiable). */
    FIRST_REMINDER,
    /** Firm second reminder. */
    SECOND_REMINDER,
    /** Formal notice (mise en demeure), sent by registered letter with acknowledgement of receipt. */
    FORMAL_NOTICE,
    /** The payment plan (échéancier) the debtor signs: it acknowledges the debt. */
    PAYMENT_PLAN_AGREEMENT,
    /** Statement of account (relevé de compte). */
    STATEMENT,
    /** Cover letter handing the file over to the collection agency. */
    AGENCY_HANDOVER
}
