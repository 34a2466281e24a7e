package fr.relance.domain.dunning;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary of a worklist decision's timeline event, stored language-neutral as "WHAT[ → yyyy-MM-dd]: reason"
 * and read back to be shown in the user's language.
 *
 * @param what   the action of a dunning step ({@link DunningAction} name), or the kind of another line
 *               ({@link WorklistKind} name)
 * @param until  the day a postponed line comes back; null for a skip
 * @param reason why, as the controller wrote it
 */
public record DecisionSummary(String what, LocalDate until, String reason) {

    private static final Pattern STORED = Pattern.compile("([A-Z_]+)(?: → (\\d{4}-\\d{2}-\\d{2}))?: (.*)",
            Pattern.DOTALL);

    /** The summary of a decision on a line of this kind (its action for a dunning step). */
    public static DecisionSummary of(WorklistKind kind, DunningAction action, LocalDate until, String reason) {
        String what = kind == WorklistKind.DUNNING_STEP && action != null ? action.name() : kind.name();
        return new DecisionSummary(what, until, reason);
    }

    public String format() {
        return what + (until == null ? "" : " → " + until) + ": " + reason;
    }

    /** Empty for a summary written otherwise (before this format, or by hand). */
    public static Optional<DecisionSummary> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Matcher matcher = STORED.matcher(stored);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DecisionSummary(matcher.group(1),
                matcher.group(2) == null ? null : LocalDate.parse(matcher.group(2)), matcher.group(3)));
    }
}
