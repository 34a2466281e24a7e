package fr.relance.domain.dunning;

import fr.relance.domain.Money;
import fr.relance.domain.PartPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment plan the debtor signed, as kept on file: its instalments, the invoices it spreads and how it ended.
 *
 * @param createdOn  the day the plan was entered, when the invoices' balances it spreads were taken
 * @param endedOn    the day it was completed, defaulted or cancelled; null while ACTIVE
 * @param endReason  why it was cancelled (as the user typed it); null otherwise
 */
public record AgreedPlan(long id, long debtorId, PaymentPlan plan, Frequency frequency, PlanStatus status,
                         LocalDate createdOn, LocalDate endedOn, String endReason, List<PlanInvoice> invoices) {

    /**
     * Days an instalment may stay unpaid after its due date before the acceleration clause applies (the whole
     * remaining balance due at once). UNSURE: plans commonly give 8 days; the contract may say otherwise, so it is
     * one named constant, shown in the plan tab.
     */
    public static final int GRACE_DAYS = 8;

    public AgreedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
    }

    public LocalDate agreedOn() {
        return plan.agreedOn();
    }

    public BigDecimal total() {
        return plan.total();
    }

    /**
     * The instalments against the money applied to the plan's invoices since it was entered.
     *
     * @param appliedByInvoice payments and credit notes applied to each invoice (see {@link PlanInvoice#moneyApplied})
     */
    public PlanFollowUp followUp(Map<Long, List<PartPayment>> appliedByInvoice, LocalDate asOf, int graceDays) {
        return plan.follow(PlanInvoice.moneyApplied(invoices, appliedByInvoice), asOf, graceDays);
    }

    /**
     * What the plan means for dunning on {@code asOf}; empty when it does not concern that day (not signed yet,
     * completed or cancelled by then). A plan that ended later is followed as it stood on that day, so an earlier
     * date replays what the worklist showed then.
     */
    public Optional<PlanStanding> standing(Map<Long, List<PartPayment>> appliedByInvoice, LocalDate asOf,
                                           int graceDays) {
        if (agreedOn() == null || asOf.isBefore(agreedOn())) {
            return Optional.empty();
        }
        boolean ended = status != PlanStatus.ACTIVE && endedOn != null && !asOf.isBefore(endedOn);
        if (ended && status != PlanStatus.DEFAULTED) {
            return Optional.empty();
        }
        PlanFollowUp followUp = followUp(appliedByInvoice, ended ? endedOn : asOf, graceDays);
        if (ended) {
            return Optional.of(new PlanStanding(id, PlanStanding.State.DEFAULTED, endedOn, followUp.remaining()));
        }
        if (followUp.acceleration().isPresent()) {
            Acceleration acceleration = followUp.acceleration().get();
            return Optional.of(new PlanStanding(id, PlanStanding.State.DEFAULTED, acceleration.applicableFrom(),
                    acceleration.remainingBalance()));
        }
        if (followUp.isCompleted()) {
            return Optional.empty();
        }
        Optional<Instalment> missed = followUp.firstMissed();
        if (missed.isPresent()) {
            BigDecimal arrears = followUp.lines().stream().filter(l -> l.status() == InstalmentStatus.MISSED)
                    .map(InstalmentLine::outstanding).reduce(Money.ZERO, BigDecimal::add);
            return Optional.of(new PlanStanding(id, PlanStanding.State.MISSED,
                    missed.get().dueDate().plusDays(graceDays), arrears));
        }
        InstalmentLine next = followUp.lines().stream().filter(l -> l.status() != InstalmentStatus.PAID)
                .findFirst().orElseThrow();
        return Optional.of(new PlanStanding(id, PlanStanding.State.ON_TRACK, next.instalment().dueDate(),
                next.outstanding()));
    }
}
