package fr.relance.domain.dunning;

/** Where one instalment of a payment plan stands on an as-of date. */
public enum InstalmentStatus {
    /** Fully covered by the payments. */
    PAID,
    /** Not yet due and partly covered. */
    PARTLY_PAID,
    /** Not yet due (due today included) and nothing received towards it. */
    DUE,
    /** Due date passed and not fully covered, whatever was paid towards it. */
    MISSED
}
