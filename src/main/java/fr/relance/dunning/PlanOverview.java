package fr.relance.dunning;

import fr.relance.domain.Money;
import fr.relance.domain.dunning.AgreedPlan;
import fr.relance.domain.dunning.PlanFollowUp;
import fr.relance.domain.dunning.PlanInvoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the case file's plan tab shows for a debtor on a date.
 *
 * @param coverable  the invoices a new plan would spread: overdue, not disputed, with their balance
 * @param active     the plan being followed, if any
 * @param followUp   that plan's instalments against the money received; empty with no active plan
 * @param history    the plans that ended, newest first
 * @param graceDays  days after an unpaid instalment before the acceleration clause applies
 * @param endedNow   plans the follow-up run for this overview has just ended (their events were written)
 */
public record PlanOverview(List<PlanInvoice> coverable, Optional<AgreedPlan> active, Optional<PlanFollowUp> followUp,
                           List<AgreedPlan> history, int graceDays, int endedNow) {

    public PlanOverview {
        coverable = List.copyOf(coverable);
        history = List.copyOf(history);
    }

    /** The overdue balance a new plan must add up to. */
    public BigDecimal balance() {
        return coverable.stream().map(PlanInvoice::balance).reduce(Money.ZERO, BigDecimal::add);
    }
}
