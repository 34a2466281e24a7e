package fr.relance.domain.agency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fee an agency would charge if it collected the whole balance, against that balance: percentage of what is
 * collected plus the fixed fee, rounded half-up to the cent. Small claims may not be worth handing over; the
 * warnings say so before the handover.
 *
 * @param fee      the expected fee, null when nothing is due
 * @param share    the fee in percent of the balance (two decimals), null when nothing is due
 * @param warnings empty when nothing stands against the handover
 */
public record AgencyFeeEstimate(CollectionAgency agency, BigDecimal balance, BigDecimal fee, BigDecimal share,
                                Set<FeeWarning> warnings) {

    /** The share of the balance a fee may take before the warning, unless the settings say otherwise. */
    public static final BigDecimal DEFAULT_MAX_SHARE = new BigDecimal("25");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AgencyFeeEstimate {
        warnings = Set.copyOf(warnings);
    }

    /**
     * @param balance  what the debtor owes (the case's balance)
     * @param maxShare the largest acceptable fee, in percent of the balance
     */
    public static AgencyFeeEstimate of(CollectionAgency agency, BigDecimal balance, BigDecimal maxShare) {
        Set<FeeWarning> warnings = EnumSet.noneOf(FeeWarning.class);
        if (!agency.agreementOnFile()) {
            warnings.add(FeeWarning.AGREEMENT_MISSING);
        }
        if (agency.archived()) {
            warnings.add(FeeWarning.ARCHIVED);
        }
        if (balance == null || balance.signum() <= 0) {
            warnings.add(FeeWarning.NOTHING_DUE);
            return new AgencyFeeEstimate(agency, balance, null, null, warnings);
        }
        BigDecimal fee = expectedFee(agency, balance);
        BigDecimal share = fee.multiply(HUNDRED).divide(balance, 2, RoundingMode.HALF_UP);
        if (share.compareTo(maxShare) > 0) {
            warnings.add(FeeWarning.FEE_SHARE_ABOVE_THRESHOLD);
        }
        if (agency.minimumClaim() != null && balance.compareTo(agency.minimumClaim()) < 0) {
            warnings.add(FeeWarning.BELOW_MINIMUM_CLAIM);
        }
        return new AgencyFeeEstimate(agency, balance, fee, share, warnings);
    }

    /** Commission on the whole balance plus the fixed fee, to the cent. */
    public static BigDecimal expectedFee(CollectionAgency agency, BigDecimal balance) {
        BigDecimal fee = BigDecimal.ZERO;
        if (agency.commissionPercent() != null) {
            fee = fee.add(balance.multiply(agency.commissionPercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP));
        }
        if (agency.fixedFee() != null) {
            fee = fee.add(agency.fixedFee());
        }
        return fee.setScale(2, RoundingMode.HALF_UP);
    }

    /** What the creditor keeps if the agency collects everything. */
    public BigDecimal net() {
        return fee == null ? null : balance.subtract(fee);
    }

    public boolean worthIt() {
        return warnings.isEmpty();
    }
}
