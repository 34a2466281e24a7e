package fr.relance.domain.dunning;

import java.time.LocalDate;

/**
 * The last dunning step executed (or skipped) in the debtor's open case.
 *
 * @param position the step's position in the policy
 * @param on       the day it was executed or skipped
 */
public record LastAction(int position, LocalDate on) {
}
