package fr.relance.domain.dunning;

/** How a dispute ended; any resolution resumes dunning on the invoice (for what is left of its balance). */
public enum DisputeResolution {
    /** The creditor agreed and issued a credit note. */
    CREDIT_NOTE,
    /** The invoice was shown to be right. */
    JUSTIFIED,
    /** The debtor's claim was turned down. */
    REJECTED
}
