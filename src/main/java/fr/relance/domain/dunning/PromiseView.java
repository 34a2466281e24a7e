package fr.relance.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the worklist needs to know of a debtor's latest promise to pay; whether it was kept is decided where the
 * payments are known.
 *
 * @param dueOn  the date the debtor promised to pay by; dunning pauses up to and including it
 * @param amount the amount promised
 * @param broken true once the promise is known not to have been kept
 */
public record PromiseView(LocalDate dueOn, BigDecimal amount, boolean broken) {

    /** Dunning waits: the date has not passed and nothing says the promise is broken. */
    public boolean isPending(LocalDate asOf) {
        return !broken && !asOf.isAfter(dueOn);
    }
}
