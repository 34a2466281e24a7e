package fr.relance.domain.dunning;

import java.time.LocalDate;

/** An action recorded in a debtor's timeline: which step of the policy, on which day. */
public record ExecutedAction(long debtorId, DunningAction action, int stepPosition, LocalDate on) {
}
