package fr.relance.domain.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A dunning step as a worklist decision recorded it (executed or skipped). Decisions are history and are never
 * rewritten, but a policy can be edited afterwards (steps inserted, removed, moved) or the debtor given another
 * one, so the position recorded then may name another step now. {@link #placeIn} says where the debtor stands in
 * the policy as it is today; docs/architecture.md ("Editing a policy in use") explains the choice.
 *
 * @param position   the step's position on the day of the decision
 * @param offsetDays the step's offset that day; null when the decision named no stored step (kept as recorded)
 * @param action     the action carried out or skipped
 * @param on         the day of the decision
 */
public record RecordedStep(int position, Integer offsetDays, DunningAction action, LocalDate on) {

    /**
     * @param currentPosition where the recorded step is in {@code policy} today, when it is still one of its steps
     *                        (same stored identity, whatever its offset or rank now); empty when it was deleted or
     *                        belongs to another policy
     */
    public LastAction placeIn(DunningPolicy policy, OptionalInt currentPosition) {
        if (currentPosition.isPresent()) {
            return new LastAction(currentPosition.getAsInt(), on);
        }
        if (offsetDays == null) {
            return new LastAction(position, on);
        }
        // The steps counted as done, from the first on: those not later than the recorded one, those milder than
        // it, and those doing the same thing (no second formal notice because the new policy sends it later).
        // The first step that is none of these comes next, so no escalation is ever skipped.
        int done = 0;
        List<DunningStep> steps = policy.stepsInOrder();
        for (DunningStep step : steps) {
            boolean notLater = step.offsetDays() <= offsetDays;
            boolean milder = level(step.action()) < level(action);
            if (!(notLater || milder || step.action() == action)) {
                break;
            }
            done = step.position();
        }
        return new LastAction(done, on);
    }

    /** How far an action goes: amicable contacts, then the formal notice, the agency, the court. */
    private static int level(DunningAction action) {
        if (action == null) {
            return 0;
        }
        return switch (action) {
            case EMAIL_REMINDER, REMINDER_LETTER, PHONE_CALL -> 0;
            case FORMAL_NOTICE -> 1;
            case AGENCY_PROPOSAL -> 2;
            case LEGAL_REVIEW -> 3;
        };
    }
}
