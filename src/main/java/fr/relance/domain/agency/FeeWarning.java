package fr.relance.domain.agency;

/** Why handing a case over to an agency deserves a second thought. */
public enum FeeWarning {
    /** The expected fee would take more of the balance than the share set in the settings. */
    FEE_SHARE_ABOVE_THRESHOLD,
    /** The balance is below the smallest claim the agency takes. */
    BELOW_MINIMUM_CLAIM,
    /** No signed agreement on file: CPCE R124-3 requires one before the agency acts. */
    AGREEMENT_MISSING,
    /** The agency is archived: it is no longer offered for new cases. */
    ARCHIVED,
    /** Nothing is due: there is nothing to hand over. */
    NOTHING_DUE
}
