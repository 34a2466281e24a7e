package fr.relance.domain.dunning;

import fr.relance.domain.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A payment plan followed against the payments on an as-of date: one line per instalment, in due-date order.
 *
 * @param acceleration present when an instalment is missed beyond the grace days
 */
public record PlanFollowUp(List<InstalmentLine> lines, Optional<Acceleration> acceleration) {

    public PlanFollowUp {
        lines = List.copyOf(lines);
    }

    /** The first instalment missed on the as-of date, within the grace days or beyond them. */
    public Optional<Instalment> firstMissed() {
        return lines.stream().filter(l -> l.status() == InstalmentStatus.MISSED).map(InstalmentLine::instalment)
                .findFirst();
    }

    public BigDecimal paid() {
        return lines.stream().map(InstalmentLine::paid).reduce(Money.ZERO, BigDecimal::add);
    }

    /** What is still owed under the plan. */
    public BigDecimal remaining() {
        return lines.stream().map(InstalmentLine::outstanding).reduce(Money.ZERO, BigDecimal::add);
    }

    public boolean isCompleted() {
        return lines.stream().allMatch(l -> l.status() == InstalmentStatus.PAID);
    }
}
