package fr.relance.domain.dunning;

/** Where the declaration of a claim in insolvency proceedings stands. */
public enum ClaimFilingStatus {
    /** Not filed, deadline not passed: shown in the worklist with its deadline. */
    TO_FILE,
    /** Not filed and the deadline has passed: only a court-granted relief (relevé de forclusion) remains. */
    OVERDUE,
    /** Declared to the court-appointed representative (mandataire judiciaire). */
    FILED
}
