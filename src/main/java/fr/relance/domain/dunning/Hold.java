package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dunning paused for a debtor or an invoice, both dates included: a hold until 15 March lets dunning resume on
 * 16 March.
 *
 * @param from   first day of the hold; null when only the end is known (debtor.on_hold_until)
 * @param until  last day of the hold
 * @param reason why, as the user typed it (shown in the timeline)
 */
public record Hold(LocalDate from, LocalDate until, String reason) {

    public List<FieldProblem> validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (until == null) {
            problems.add(new FieldProblem("until", "validation.required"));
        } else if (from != null && until.isBefore(from)) {
            problems.add(new FieldProblem("until", "hold.untilBeforeFrom"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "hold.reasonRequired"));
        }
        return problems;
    }

    public boolean isActive(LocalDate asOf) {
        return (from == null || !asOf.isBefore(from)) && until != null && !asOf.isAfter(until);
    }
}
