package fr.relance.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Rates in percent for one half-year (domain reference, section 4).
 *
 * @param ecbRate          ECB main refinancing rate in force on 1 January or 1 July
 * @param legalRatePrivate legal interest rate when the creditor is a private person
 * @param legalRateOther   legal interest rate in all other cases (our creditor is a company)
 */
public record HalfYearRates(HalfYear halfYear, BigDecimal ecbRate, BigDecimal legalRatePrivate,
                            BigDecimal legalRateOther) {

    /** Code de commerce L441-10: the B2B default is the ECB rate + 10 points. */
    public static final BigDecimal B2B_MARGIN_POINTS = BigDecimal.TEN;

    public static final BigDecimal MAX_RATE = new BigDecimal("100");

    public HalfYearRates {
        Objects.requireNonNull(halfYear, "halfYear");
        requireRate(ecbRate, "ecbRate");
        requireRate(legalRatePrivate, "legalRatePrivate");
        requireRate(legalRateOther, "legalRateOther");
    }

    public BigDecimal b2bPenaltyRate() {
        return ecbRate.add(B2B_MARGIN_POINTS);
    }

    /** Code de commerce L441-10: a contractual rate may not be lower than three times the legal rate. */
    public BigDecimal contractualFloor() {
        return legalRateOther.multiply(BigDecimal.valueOf(3));
    }

    public static boolean isValidRate(BigDecimal rate) {
        return rate != null && rate.signum() >= 0 && rate.compareTo(MAX_RATE) <= 0;
    }

    private static void requireRate(BigDecimal rate, String what) {
        if (!isValidRate(rate)) {
            throw new IllegalArgumentException(what + " must be between 0 and 100: " + rate);
        }
    }
}
