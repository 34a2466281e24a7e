package fr.relance.domain.dunning;

/** Where a signed payment plan stands (payment_plan.status). */
public enum PlanStatus {
    /** Being followed: its instalments fall due and the debtor is not dunned meanwhile. */
    ACTIVE,
    /** Every instalment paid. */
    COMPLETED,
    /** An instalment missed beyond the grace days: the acceleration clause applied. */
    DEFAULTED,
    /** Ended by the creditor before its term. */
    CANCELLED
}
