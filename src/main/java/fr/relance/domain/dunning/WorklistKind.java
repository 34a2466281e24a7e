package fr.relance.domain.dunning;

/** Why a line is in the actions of the day. */
public enum WorklistKind {
    /** The next step of the debtor's policy is due. */
    DUNNING_STEP,
    /** The next-call date agreed during a call is reached. */
    CALL_BACK,
    /** A promise to pay was not kept: flagged, and it carries the next step too. */
    BROKEN_PROMISE,
    /** Insolvency proceedings opened: declare the claim within 2 months of the BODACC publication. */
    CLAIM_FILING,
    /** Some invoices reach their limitation date within 6 months (domain reference, section 8). */
    LIMITATION_WARNING,
    /** A payment plan's instalment is unpaid; the acceleration clause applies after the grace days (deadline). */
    INSTALMENT_MISSED,
    /** A payment plan defaulted (acceleration clause): the remaining balance goes to the next step at once. */
    PLAN_DEFAULTED,
    /**
     * A registered letter posted with no news (neither delivered nor returned) after La Poste's delays: look up its
     * tracking number, then record the delivery or the return in the case file.
     */
    REGISTERED_LETTER_TRACKING
}
