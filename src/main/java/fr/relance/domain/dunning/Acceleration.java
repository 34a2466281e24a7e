package fr.relance.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The acceleration clause (clause de déchéance du terme) of a payment plan applies: an instalment was missed
 * beyond the grace days, so the whole remaining balance is due at once and goes back to the next dunning step.
 * The caller records it as a case event.
 *
 * @param missed           the first instalment missed beyond the grace days
 * @param applicableFrom   first day the clause applies: the missed due date + the grace days + 1
 * @param remainingBalance what is still owed under the plan, due at once
 */
public record Acceleration(Instalment missed, LocalDate applicableFrom, BigDecimal remainingBalance) {
}
