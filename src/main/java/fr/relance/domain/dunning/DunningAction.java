package fr.relance.domain.dunning;

/** What a dunning step does; the names match the CHECK on dunning_step.action in V1__schema.sql. */
public enum DunningAction {
    EMAIL_REMINDER,
    REMINDER_LETTER,
    PHONE_CALL,
    /** Mise en demeure, sent as a registered letter with a deadline to pay (domain reference, section 5). */
    FORMAL_NOTICE,
    /** Proposal to hand the case to a collection agency (CPCE R124-1 ff.). */
    AGENCY_PROPOSAL,
    /** Review of the case for an order for payment or another legal route (domain reference, section 7). */
    LEGAL_REVIEW
}
