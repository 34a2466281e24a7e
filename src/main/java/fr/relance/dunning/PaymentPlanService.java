package fr.relance.dunning;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.PartPayment;
import fr.relance.domain.dunning.Acceleration;
import fr.relance.domain.dunning.AgreedPlan;
import fr.relance.domain.dunning.Frequency;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.dunning.InstalmentLine;
import fr.relance.domain.dunning.PaymentPlan;
import fr.relance.domain.dunning.PlanFollowUp;
import fr.relance.domain.dunning.PlanInvoice;
import fr.relance.domain.dunning.PlanStanding;
import fr.relance.domain.dunning.PlanStatus;
import fr.relance.store.Database;
import fr.relance.store.PaymentPlanRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Payment plans (échéanciers): a new plan spreads the debtor's overdue balance, the signed plan is saved with its
 * events, and the follow-up ends it (completed, or defaulted under the acceleration clause) from the money applied
 * to its invoices. Input is checked against the domain's rules first; nothing is written on a refusal.
 * <p>
 * The follow-up runs when the worklist is computed and when a case file shows its plan. It never looks past the
 * real today ({@code clock}), and the events it writes are dated on the day each thing happened, never after the
 * as-of date: replaying an earlier date writes nothing dated in the future.
 */
public final class PaymentPlanService {

    public static final String NOTHING_OVERDUE = "plan.nothingOverdue";
    public static final String AGREED_REQUIRED = "plan.agreedRequired";
    public static final String FREQUENCY_REQUIRED = "plan.frequencyRequired";

    /** The timeline is evidence for a French court or accountant: its summaries are written in French. */
    private static final Messages EVIDENCE = new Messages(Locale.FRANCE);
    private static final Formats FORMATS = new Formats(Locale.FRANCE);

    /** What one follow-up ended. */
    public record FollowUpReport(int defaulted, int completed) {
    }

    private final PaymentPlanRepository plans;
    private final ReceivablesRepository receivables;
    private final String user;
    private final Clock clock;
    private final int graceDays;

    /** @param user the name written as author of the events */
    public PaymentPlanService(Database database, String user, Clock clock) {
        this(database, user, clock, AgreedPlan.GRACE_DAYS);
    }

    public PaymentPlanService(Database database, String user, Clock clock, int graceDays) {
        this.plans = new PaymentPlanRepository(database);
        this.receivables = new ReceivablesRepository(database);
        this.user = user;
        this.clock = clock;
        this.graceDays = graceDays;
    }

    /** The debtor's plans on {@code asOf}, after following up its active plan (which may end it). */
    public PlanOverview overview(long debtorId, LocalDate asOf) {
        FollowUpReport report = followUp(debtorId, asOf);
        List<AgreedPlan> all = plans.plansOf(debtorId);
        Optional<AgreedPlan> active = all.stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst();
        Optional<PlanFollowUp> followUp = active.map(plan -> plan.followUp(
                plans.moneyApplied(invoiceIds(List.of(plan)), asOf), asOf, graceDays));
        List<AgreedPlan> history = all.stream().filter(p -> p.status() != PlanStatus.ACTIVE).toList();
        return new PlanOverview(coverable(debtorId, asOf), active, followUp, history, graceDays,
                report.defaulted() + report.completed());
    }

    /** The invoices a plan may spread on {@code asOf}: overdue, not disputed, with a balance. */
    public List<PlanInvoice> coverable(long debtorId, LocalDate asOf) {
        return receivables.openItemsOf(debtorId, asOf).stream()
                .filter(item -> isOpenInvoice(item) && !item.disputed() && item.daysPastDue(asOf) > 0)
                .map(item -> new PlanInvoice(item.invoiceId(), item.number(), item.dueDate(), item.amount(),
                        item.balance()))
                .toList();
    }

    /**
     * Saves the plan the debtor signed on {@code agreedOn}, spreading the overdue balance of {@code asOf}. Refused
     * (nothing written) when there is nothing overdue, when the instalments do not add up to that balance to the
     * cent, start in the past, are out of order, not positive or fewer than two, or when the agreement is missing
     * or in the future. The same plan saved twice is saved once.
     *
     * @return the plan's id
     */
    public long save(long debtorId, Frequency frequency, List<Instalment> instalments, LocalDate agreedOn,
                     LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (agreedOn == null) {
            problems.add(new FieldProblem("agreedOn", AGREED_REQUIRED));
        }
        if (frequency == null) {
            problems.add(new FieldProblem("frequency", FREQUENCY_REQUIRED));
        }
        List<PlanInvoice> invoices = coverable(debtorId, asOf);
        if (invoices.isEmpty()) {
            problems.add(new FieldProblem("instalments", NOTHING_OVERDUE));
        }
        PaymentPlan plan = new PaymentPlan(instalments == null ? List.of() : instalments, agreedOn);
        if (!invoices.isEmpty()) {
            problems.addAll(plan.validate(balance(invoices), asOf));
        }
        InvalidInputException.refuseIfAny(problems);
        return plans.save(new PaymentPlanRepository.NewPlan(debtorId, plan, frequency, invoices, asOf, user,
                agreedSummary(plan, frequency))).planId();
    }

    /**
     * Cancels the plan on {@code asOf}, with the reason; the case goes back to its stage before the plan. A plan
     * already ended (a second click) is left as it is.
     *
     * @return true when this call cancelled it
     */
    public boolean cancel(long planId, String reason, LocalDate asOf) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", WorklistService.REASON_REQUIRED);
        }
        Optional<AgreedPlan> plan = plans.find(planId).filter(p -> p.status() == PlanStatus.ACTIVE);
        if (plan.isEmpty()) {
            return false;
        }
        BigDecimal remaining = plan.get().followUp(plans.moneyApplied(invoiceIds(plan.stream().toList()), asOf),
                asOf, graceDays).remaining();
        CaseEvent event = CaseEvent.of(plan.get().debtorId(), null, asOf, CaseEvent.PLAN_CANCELLED, user, remaining,
                null, EVIDENCE.get("plan.event.cancelled", reason.strip()));
        return plans.end(new PaymentPlanRepository.Ending(planId, PlanStatus.CANCELLED, asOf, reason.strip(),
                List.of(event), false, user));
    }

    /** Follows up every active plan on {@code asOf} (see {@link #followUp(Long, LocalDate)}). */
    public FollowUpReport followUp(LocalDate asOf) {
        return followUp(null, asOf);
    }

    /**
     * Ends the active plans (of one debtor, or of all when null) whose follow-up on {@code asOf} says so, never
     * looking past today: a defaulted plan gets its INSTALMENT_MISSED and PLAN_ACCELERATED events and the case
     * goes back to its stage before the plan (the worklist then brings the next step); a completed plan gets its
     * PLAN_COMPLETED event and the case is closed as settled when nothing else is open. Running it again writes
     * nothing more.
     */
    public FollowUpReport followUp(Long debtorId, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = asOf.isAfter(today) ? today : asOf;
        List<AgreedPlan> active = plans.activePlans(debtorId).stream()
                .filter(p -> p.agreedOn() != null && !p.agreedOn().isAfter(on)).toList();
        if (active.isEmpty()) {
            return new FollowUpReport(0, 0);
        }
        Map<Long, List<PartPayment>> applied = plans.moneyApplied(invoiceIds(active), on);
        int defaulted = 0;
        int completed = 0;
        for (AgreedPlan plan : active) {
            PlanFollowUp followUp = plan.followUp(applied, on, graceDays);
            if (followUp.acceleration().isPresent()) {
                defaulted += plans.end(defaulting(plan, followUp, followUp.acceleration().get())) ? 1 : 0;
            } else if (followUp.isCompleted()) {
                completed += plans.end(completing(plan, followUp, on)) ? 1 : 0;
            }
        }
        return new FollowUpReport(defaulted, completed);
    }

    private PaymentPlanRepository.Ending defaulting(AgreedPlan plan, PlanFollowUp followUp,
                                                    Acceleration acceleration) {
        Instalment missed = acceleration.missed();
        InstalmentLine line = followUp.lines().stream().filter(l -> l.instalment().equals(missed)).findFirst()
                .orElseThrow();
        CaseEvent missedEvent = CaseEvent.of(plan.debtorId(), null, missed.dueDate().plusDays(1),
                CaseEvent.INSTALMENT_MISSED, user, line.outstanding(), null, EVIDENCE.get("plan.event.missed",
                        FORMATS.date(missed.dueDate()), FORMATS.money(missed.amount()), FORMATS.money(line.paid())));
        CaseEvent accelerated = CaseEvent.of(plan.debtorId(), null, acceleration.applicableFrom(),
                CaseEvent.PLAN_ACCELERATED, user, acceleration.remainingBalance(), null,
                EVIDENCE.get("plan.event.accelerated", FORMATS.money(acceleration.remainingBalance()), graceDays));
        return new PaymentPlanRepository.Ending(plan.id(), PlanStatus.DEFAULTED, acceleration.applicableFrom(), null,
                List.of(missedEvent, accelerated), false, user);
    }

    private PaymentPlanRepository.Ending completing(AgreedPlan plan, PlanFollowUp followUp, LocalDate on) {
        LocalDate paidOn = followUp.lines().stream().map(InstalmentLine::paidOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(on);
        boolean nothingElseOpen = receivables.openItemsOf(plan.debtorId(), on).stream()
                .noneMatch(PaymentPlanService::isOpenInvoice);
        CaseEvent event = CaseEvent.of(plan.debtorId(), null, paidOn, CaseEvent.PLAN_COMPLETED, user, plan.total(),
                null, EVIDENCE.get("plan.event.completed", plan.plan().instalments().size()));
        return new PaymentPlanRepository.Ending(plan.id(), PlanStatus.COMPLETED, paidOn, null, List.of(event),
                nothingElseOpen, user);
    }

    /**
     * The standing of each debtor's latest plan signed by {@code asOf}, for the worklist. Read-only: a default the
     * follow-up has not recorded yet (a date ahead of today) is seen all the same.
     */
    public Map<Long, PlanStanding> standingsAsOf(LocalDate asOf) {
        Map<Long, AgreedPlan> latest = new LinkedHashMap<>();
        for (AgreedPlan plan : plans.plansAgreedBy(asOf)) {
            latest.putIfAbsent(plan.debtorId(), plan); // newest first
        }
        Map<Long, PlanStanding> standings = new HashMap<>();
        if (latest.isEmpty()) {
            return standings;
        }
        Map<Long, List<PartPayment>> applied = plans.moneyApplied(invoiceIds(latest.values()), asOf);
        latest.forEach((debtor, plan) -> plan.standing(applied, asOf, graceDays)
                .ifPresent(standing -> standings.put(debtor, standing)));
        return standings;
    }

    public int graceDays() {
        return graceDays;
    }

    private static String agreedSummary(PaymentPlan plan, Frequency frequency) {
        List<Instalment> instalments = plan.instalments();
        return EVIDENCE.get("plan.event.agreed", instalments.size(),
                EVIDENCE.get("plan.frequency.lower." + frequency.name()),
                FORMATS.date(instalments.get(0).dueDate()),
                FORMATS.date(instalments.get(instalments.size() - 1).dueDate()),
                FORMATS.date(plan.agreedOn()));
    }

    private static BigDecimal balance(List<PlanInvoice> invoices) {
        return invoices.stream().map(PlanInvoice::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Long> invoiceIds(Collection<AgreedPlan> plans) {
        return plans.stream().flatMap(p -> p.invoices().stream()).map(PlanInvoice::invoiceId).distinct().toList();
    }

    private static boolean isOpenInvoice(OpenItem item) {
        return item.kind() == InvoiceKind.INVOICE && item.balance().signum() > 0;
    }
}
