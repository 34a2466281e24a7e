package fr.relance.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a debtor's payment plan means for dunning on an as-of date (see {@link AgreedPlan#standing}).
 *
 * @param date   ON_TRACK: the next instalment's due date; MISSED: the last day of grace before the acceleration
 *               clause applies; DEFAULTED: the day it applied
 * @param amount ON_TRACK: what is left to pay of the next instalment; MISSED: the arrears; DEFAULTED: the
 *               remaining balance due at once
 */
public record PlanStanding(long planId, State state, LocalDate date, BigDecimal amount) {

    public enum State {
        /** Instalments paid as they fall due: no dunning. */
        ON_TRACK,
        /** An instalment is unpaid but the grace days run: no dunning yet, a reminder to call the debtor. */
        MISSED,
        /** The acceleration clause applied: the remaining balance goes back to the next dunning step. */
        DEFAULTED
    }
}
