package fr.relance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What lateness adds to one invoice: penalties or interest per slice, and the fixed recovery indemnity.
 * {@link #penalties()} is the sum of the printed slice amounts, so a letter's table always adds up.
 */
public record LateCharges(List<PenaltySlice> slices, BigDecimal indemnity) {

    public LateCharges {
        slices = List.copyOf(slices);
    }

    public BigDecimal penalties() {
        return slices.stream().map(PenaltySlice::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return penalties().add(indemnity);
    }
}
