package fr.relance.domain.dunning;

/** Where a claim stands against its limitation date (prescription) on an as-of date. */
public enum LimitationStatus {
    OK,
    /** Within 6 months of the limitation date: act (court claim) or get an acknowledgement. */
    WARNING,
    /** The limitation date has passed: the claim can no longer be enforced in court. */
    TIME_BARRED
}
