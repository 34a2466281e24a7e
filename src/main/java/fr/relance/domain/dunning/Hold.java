package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dunning paused for a debtor or an invoice, both dates included: a hold until 15 March lets dunning resume on
 * 16 March.
 *
 * @param from   first day of the hold; null when only the end is known (debtor.on_hold_until)
 * @param until  last day of the hold
 * @param reason why, as the user typed it (shown in the timeline)
 */
public record Hold(LocalDate from, LocalDate until, String reason) {

    public static final String UNTIL_BEFORE_FROM = "hold.untilBeforeFrom";
    public static final String UNTIL_IN_PAST = "hold.untilInPast";
    public static final String REASON_REQUIRED = "hold.reasonRequired";

    public List<FieldProblem> validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (until == null) {
            problems.add(new FieldProblem("until", "validation.required"));
        } else if (from != null && until.isBefore(from)) {
            problems.add(new FieldProblem("until", UNTIL_BEFORE_FROM));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", REASON_REQUIRED));
        }
        return problems;
    }

    /**
     * Problems with a hold being put on {@code asOf}: those of {@link #validate()}, and a hold already over (its
     * last day before {@code asOf}) that would suspend nothing.
     */
    public List<FieldProblem> validate(LocalDate asOf) {
        List<FieldProblem> problems = validate();
        if (until != null && until.isBefore(asOf) && problems.stream().noneMatch(p -> p.field().equals("until"))) {
            problems.add(new FieldProblem("until", UNTIL_IN_PAST));
        }
        return problems;
    }

    /** Whether dunning is still held back on {@code asOf} or will be later (a hold starting in the future). */
    public boolean isCurrentOrFuture(LocalDate asOf) {
        return until != null && !asOf.isAfter(until);
    }

    /**
     * The hold lifted on {@code on}: dunning resumes that day, so the hold's last day becomes the day before. A
     * hold that had not started by then never applies: empty.
     */
    public Optional<Hold> liftedOn(LocalDate on) {
        LocalDate lastDay = on.minusDays(1);
        if (from != null && lastDay.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new Hold(from, until != null && until.isBefore(lastDay) ? until : lastDay,
                reason));
    }

    public boolean isActive(LocalDate asOf) {
        return (from == null || !asOf.isBefore(from)) && until != null && !asOf.isAfter(until);
    }
}
