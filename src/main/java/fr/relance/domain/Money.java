package fr.relance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Exact money: BigDecimal with two decimals, rounded half-up to the cent where the rules say so. */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String value) {
        return cents(new BigDecimal(value));
    }

    static void requireCents(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " has more than two decimals: " + amount);
        }
    }
}
