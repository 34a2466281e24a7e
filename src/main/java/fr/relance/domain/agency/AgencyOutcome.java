package fr.relance.domain.agency;

import java.math.BigDecimal;

/** How a case ended at the agency: everything paid, part of it, or nothing. */
public enum AgencyOutcome {
    PAID,
    PARTLY_PAID,
    FAILED;

    /**
     * @param collected what the agency collected while it held the case
     * @param remaining what the debtor still owes once the agency's collections are counted
     */
    public static AgencyOutcome of(BigDecimal collected, BigDecimal remaining) {
        if (remaining.signum() <= 0) {
            return PAID;
        }
        return collected.signum() > 0 ? PARTLY_PAID : FAILED;
    }
}
