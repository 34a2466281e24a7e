package fr.relance.domain.dunning;

import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actions of the day ("actions du jour"): what each debtor's policy asks for on an as-of date. One dunning
 * line per debtor covers all its overdue invoices at the highest step reached: one letter per debtor, not one
 * per invoice.
 */
public final class Worklist {

    /** Insolvency: the claim must be declared within 2 months of the BODACC publication (domain reference, 7). */
    public static final int CLAIM_FILING_MONTHS = 2;

    private static final Comparator<WorklistItem> ORDER = Comparator
            .comparing(WorklistItem::action, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorklistItem::kind)
            .thenComparing(WorklistItem::amount, Comparator.reverseOrder())
            .thenComparing(WorklistItem::debtorName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(WorklistItem::debtorId);

    private Worklist() {
    }

    /** Every line due on the as-of date, sorted by action (lines without one last), then amount, largest first. */
    public static List<WorklistItem> compute(LocalDate asOf, Collection<DebtorDunningState> debtors) {
        return compute(asOf, debtors, Map.of());
    }

    /**
     * As {@link #compute(LocalDate, Collection)}, with the debtors' payment plans on the as-of date.
     *
     * @param plans by debtor id: the standing of the debtor's plan that concerns the as-of date, if any
     */
    public static List<WorklistItem> compute(LocalDate asOf, Collection<DebtorDunningState> debtors,
                                             Map<Long, PlanStanding> plans) {
        return compute(asOf, debtors, plans, Set.of());
    }

    /**
     * As {@link #compute(LocalDate, Collection, Map)}; the debtors whose case is with a collection agency get no
     * dunning line (the agency has taken over: only the limitation warnings and a claim filing remain, which the
     * creditor keeps).
     *
     * @param withAgency ids of the debtors whose open case is handed over to an agency (not recalled)
     */
    public static List<WorklistItem> compute(LocalDate asOf, Collection<DebtorDunningState> debtors,
                                             Map<Long, PlanStanding> plans, Set<Long> withAgency) {
        List<WorklistItem> items = new ArrayList<>();
        for (DebtorDunningState debtor : debtors) {
            List<WorklistItem> lines = forDebtor(asOf, debtor, plans.get(debtor.debtorId()));
            if (withAgency.contains(debtor.debtorId())) {
                lines = lines.stream().filter(line -> line.kind() == WorklistKind.LIMITATION_WARNING
                        || line.kind() == WorklistKind.CLAIM_FILING).toList();
            }
            items.addAll(lines);
        }
        items.sort(ORDER);
        return items;
    }

    /** The group a line is shown in: its action for an ordinary dunning step, else its kind. */
    public static String groupKey(WorklistItem item) {
        return item.kind() == WorklistKind.DUNNING_STEP && item.action() != null ? item.action().name()
                : item.kind().name();
    }

    /**
     * The groups in the order they are shown: urgent kinds first (a claim filing has a legal deadline, a broken
     * promise escalates at once), then the steps in the order of the policy's actions, then call-backs and
     * limitation warnings.
     */
    public static List<String> groupOrder() {
        List<String> keys = new ArrayList<>();
        keys.add(WorklistKind.CLAIM_FILING.name());
        keys.add(WorklistKind.BROKEN_PROMISE.name());
        keys.add(WorklistKind.PLAN_DEFAULTED.name());
        for (DunningAction action : DunningAction.values()) {
            keys.add(action.name());
        }
        keys.add(WorklistKind.REGISTERED_LETTER_TRACKING.name());
        keys.add(WorklistKind.CALL_BACK.name());
        keys.add(WorklistKind.INSTALMENT_MISSED.name());
        keys.add(WorklistKind.LIMITATION_WARNING.name());
        keys.add(WorklistKind.DUNNING_STEP.name()); // a step without action: not produced today, kept visible
        return keys;
    }

    /** The lines by {@link #groupKey}, groups in {@link #groupOrder}, lines in the worklist's order; no empty group. */
    public static Map<String, List<WorklistItem>> grouped(List<WorklistItem> items) {
        Map<String, List<WorklistItem>> groups = new LinkedHashMap<>();
        for (String key : groupOrder()) {
            groups.put(key, new ArrayList<>());
        }
        items.stream().sorted(ORDER).forEach(item -> groups.computeIfAbsent(groupKey(item), k -> new ArrayList<>())
                .add(item));
        groups.values().removeIf(List::isEmpty);
        return groups;
    }

    /** The lines grouped by action, in the order of {@link DunningAction}; lines without an action under null. */
    public static Map<DunningAction, List<WorklistItem>> byAction(List<WorklistItem> items) {
        Map<DunningAction, List<WorklistItem>> groups = new LinkedHashMap<>();
        items.stream().sorted(ORDER)
                .forEach(item -> groups.computeIfAbsent(item.action(), a -> new ArrayList<>()).add(item));
        return groups;
    }

    /** The lines for one debtor, unsorted. */
    public static List<WorklistItem> forDebtor(LocalDate asOf, DebtorDunningState debtor) {
        return forDebtor(asOf, debtor, null);
    }

    /** The lines for one debtor, unsorted; {@code plan} is the standing of its payment plan, null when none. */
    public static List<WorklistItem> forDebtor(LocalDate asOf, DebtorDunningState debtor, PlanStanding plan) {
        List<WorklistItem> items = new ArrayList<>();
        Set<String> common = new LinkedHashSet<>();
        if (!debtor.limitationWarnings().isEmpty()) {
            common.add(WorklistItem.FLAG_LIMITATION_SOON);
            items.add(limitationWarning(asOf, debtor));
        }
        if (isInsolvent(asOf, debtor)) {
            // Insolvency proceedings: no reminder may be sent; the only thing left is to declare the claim.
            claimFiling(asOf, debtor).ifPresent(items::add);
            return items;
        }
        if (debtor.debtorHold() != null && debtor.debtorHold().isActive(asOf)) {
            return items;
        }
        callBack(asOf, debtor, common).ifPresent(items::add);
        if (debtor.postponedUntil() != null && asOf.isBefore(debtor.postponedUntil())) {
            return items;
        }
        if (plan != null && planStopsDunning(asOf, debtor, plan, common, items)) {
            return items;
        }
        PromiseView promise = debtor.promise();
        if (promise != null && promise.isPending(asOf)) {
            return items;
        }
        Dunnable dunnable = dunnable(asOf, debtor);
        if (promise != null && promise.broken() && !brokenPromiseHandled(debtor)) {
            items.add(brokenPromise(asOf, debtor, dunnable, common));
            return items;
        }
        dueStep(asOf, debtor, dunnable).ifPresent(step -> items.add(
                stepItem(WorklistKind.DUNNING_STEP, debtor, step, dunnable, common)));
        return items;
    }

    /**
     * The step due: the highest one reached by the oldest invoice whose minimum amount the debtor owes, if it
     * comes after the last action and at least its gap has passed since then.
     */
    static Optional<DunningStep> dueStep(LocalDate asOf, DebtorDunningState debtor, Dunnable dunnable) {
        Optional<DunningStep> reached = highestStepReached(debtor.policy(), dunnable);
        LastAction last = debtor.lastAction();
        if (reached.isEmpty() || last == null) {
            return reached;
        }
        DunningStep step = reached.get();
        boolean after = step.position() > last.position();
        boolean gapPassed = ChronoUnit.DAYS.between(last.on(), asOf) >= step.minGapDays();
        return after && gapPassed ? reached : Optional.empty();
    }

    static Optional<DunningStep> highestStepReached(DunningPolicy policy, Dunnable dunnable) {
        List<DunningStep> steps = policy.stepsInOrder();
        for (int i = steps.size() - 1; i >= 0; i--) {
            DunningStep step = steps.get(i);
            Dunnable covered = dunnable.forOffset(step.offsetDays());
            if (!covered.items().isEmpty() && step.offsetDays() <= covered.daysOverdue()
                    && step.minAmount().compareTo(covered.amount()) <= 0) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private static WorklistItem brokenPromise(LocalDate asOf, DebtorDunningState debtor, Dunnable dunnable,
                                              Set<String> common) {
        Set<String> flags = new LinkedHashSet<>(common);
        flags.add(WorklistItem.FLAG_BROKEN_PROMISE);
        // A broken promise escalates at once: the step reached, else the next one the amount allows, gap ignored.
        int lastPosition = debtor.lastAction() == null ? 0 : debtor.lastAction().position();
        Optional<DunningStep> next = highestStepReached(debtor.policy(), dunnable)
                .filter(step -> step.position() > lastPosition)
                .or(() -> debtor.policy().stepsInOrder().stream()
                        .filter(step -> step.position() > lastPosition)
                        .filter(step -> step.minAmount().compareTo(dunnable.amount()) <= 0)
                        .findFirst());
        return next.map(step -> stepItem(WorklistKind.BROKEN_PROMISE, debtor, step, dunnable, flags))
                .orElseGet(() -> new WorklistItem(debtor.debtorId(), debtor.name(), WorklistKind.BROKEN_PROMISE,
                        null, 0, null, dunnable.amount(), dunnable.daysOverdue(), debtor.lastContact(), null,
                        dunnable.invoiceIds(), flags));
    }

    /**
     * A payment plan followed as agreed stops dunning; an unpaid instalment within the grace days shows as a
     * reminder to call; once the acceleration clause applied, the next step of the policy comes back at once (gap
     * ignored) until an action taken on or after that day answers it.
     *
     * @return true when nothing else is due for the debtor
     */
    private static boolean planStopsDunning(LocalDate asOf, DebtorDunningState debtor, PlanStanding plan,
                                            Set<String> common, List<WorklistItem> items) {
        Dunnable dunnable = dunnable(asOf, debtor);
        switch (plan.state()) {
            case ON_TRACK -> {
                return true;
            }
            case MISSED -> {
                items.add(new WorklistItem(debtor.debtorId(), debtor.name(), WorklistKind.INSTALMENT_MISSED, null, 0,
                        null, plan.amount(), dunnable.daysOverdue(), debtor.lastContact(), plan.date(),
                        dunnable.invoiceIds(), common));
                return true;
            }
            default -> {
                LastAction last = debtor.lastAction();
                if (last != null && !last.on().isBefore(plan.date())) {
                    return false;
                }
                Set<String> flags = new LinkedHashSet<>(common);
                flags.add(WorklistItem.FLAG_PLAN_DEFAULTED);
                int lastPosition = last == null ? 0 : last.position();
                // The step after the last one carried out, as far as the amount allows it.
                items.add(debtor.policy().stepsInOrder().stream()
                        .filter(step -> step.position() > lastPosition)
                        .filter(step -> step.minAmount().compareTo(dunnable.amount()) <= 0)
                        .findFirst()
                        .map(step -> stepItem(WorklistKind.PLAN_DEFAULTED, debtor, step, dunnable, flags))
                        .orElseGet(() -> new WorklistItem(debtor.debtorId(), debtor.name(),
                                WorklistKind.PLAN_DEFAULTED, null, 0, null, dunnable.amount(),
                                dunnable.daysOverdue(), debtor.lastContact(), null, dunnable.invoiceIds(),
                                withExclusions(flags, dunnable))));
                return true;
            }
        }
    }

    /** An action taken after the promised date answers the broken promise. */
    private static boolean brokenPromiseHandled(DebtorDunningState debtor) {
        LastAction last = debtor.lastAction();
        return last != null && last.on().isAfter(debtor.promise().dueOn());
    }

    private static Optional<WorklistItem> callBack(LocalDate asOf, DebtorDunningState debtor, Set<String> flags) {
        LocalDate call = debtor.nextCallDate();
        if (call == null || asOf.isBefore(call)
                || (debtor.lastContact() != null && !debtor.lastContact().isBefore(call))) {
            return Optional.empty();
        }
        Dunnable dunnable = dunnable(asOf, debtor);
        return Optional.of(new WorklistItem(debtor.debtorId(), debtor.name(), WorklistKind.CALL_BACK, null, 0, null,
                dunnable.amount(), dunnable.daysOverdue(), debtor.lastContact(), call, dunnable.invoiceIds(),
                withExclusions(flags, dunnable)));
    }

    private static boolean isInsolvent(LocalDate asOf, DebtorDunningState debtor) {
        return debtor.insolvencyOpenedOn() != null && !asOf.isBefore(debtor.insolvencyOpenedOn());
    }

    private static Optional<WorklistItem> claimFiling(LocalDate asOf, DebtorDunningState debtor) {
        LocalDate deadline = debtor.insolvencyOpenedOn().plusMonths(CLAIM_FILING_MONTHS);
        if (debtor.claimDeclaredOn() != null || asOf.isAfter(deadline)) {
            return Optional.empty();
        }
        // Every claim is declared, disputed, on hold or not yet due alike.
        List<OpenItem> invoices = debtor.openItems().stream()
                .filter(item -> item.kind() == InvoiceKind.INVOICE && item.balance().signum() > 0).toList();
        if (invoices.isEmpty()) {
            return Optional.empty();
        }
        Dunnable all = new Dunnable(asOf, invoices, Set.of());
        Set<String> flags = debtor.limitationWarnings().isEmpty()
                ? Set.of() : Set.of(WorklistItem.FLAG_LIMITATION_SOON);
        return Optional.of(new WorklistItem(debtor.debtorId(), debtor.name(), WorklistKind.CLAIM_FILING, null, 0,
                null, all.amount(), Math.max(0, all.daysOverdue()), debtor.lastContact(), deadline,
                all.invoiceIds(), flags));
    }

    private static WorklistItem limitationWarning(LocalDate asOf, DebtorDunningState debtor) {
        Set<Long> ids = Set.copyOf(debtor.limitationWarnings());
        List<OpenItem> invoices = debtor.openItems().stream().filter(item -> ids.contains(item.invoiceId())).toList();
        Dunnable concerned = new Dunnable(asOf, invoices, Set.of());
        return new WorklistItem(debtor.debtorId(), debtor.name(), WorklistKind.LIMITATION_WARNING, null, 0, null,
                concerned.amount(), Math.max(0, concerned.daysOverdue()), debtor.lastContact(), null,
                debtor.limitationWarnings(), Set.of(WorklistItem.FLAG_LIMITATION_SOON));
    }

    private static WorklistItem stepItem(WorklistKind kind, DebtorDunningState debtor, DunningStep step,
                                         Dunnable dunnable, Set<String> flags) {
        Dunnable covered = dunnable.forOffset(step.offsetDays());
        return new WorklistItem(debtor.debtorId(), debtor.name(), kind, step.action(), step.position(),
                step.templateCode(), covered.amount(), covered.daysOverdue(), debtor.lastContact(), null,
                covered.invoiceIds(), withExclusions(flags, dunnable));
    }

    private static Set<String> withExclusions(Set<String> flags, Dunnable dunnable) {
        Set<String> all = new LinkedHashSet<>(flags);
        all.addAll(dunnable.exclusions());
        return all;
    }

    /**
     * The invoices dunning may chase: positive balance, not disputed, not on hold. A step with a negative offset
     * (a courtesy reminder before the due date) also covers invoices not yet due; any other step only overdue ones.
     */
    static Dunnable dunnable(LocalDate asOf, DebtorDunningState debtor) {
        List<OpenItem> chased = new ArrayList<>();
        Set<String> exclusions = new LinkedHashSet<>();
        int earliest = Math.min(1, debtor.policy().steps().stream().mapToInt(DunningStep::offsetDays).min().orElse(1));
        for (OpenItem item : debtor.openItems()) {
            if (item.kind() != InvoiceKind.INVOICE || item.balance().signum() <= 0
                    || item.daysPastDue(asOf) < earliest) {
                continue;
            }
            Hold hold = debtor.invoiceHolds().get(item.invoiceId());
            if (item.disputed() || debtor.disputedInvoiceIds().contains(item.invoiceId())) {
                exclusions.add(WorklistItem.FLAG_DISPUTED_EXCLUDED);
            } else if (hold != null && hold.isActive(asOf)) {
                exclusions.add(WorklistItem.FLAG_ON_HOLD_EXCLUDED);
            } else {
                chased.add(item);
            }
        }
        return new Dunnable(asOf, chased, exclusions);
    }

    /** Invoices chased together, and why others were left out. */
    record Dunnable(LocalDate asOf, List<OpenItem> items, Set<String> exclusions) {

        Dunnable forOffset(int offsetDays) {
            long threshold = Math.min(1, offsetDays);
            return new Dunnable(asOf, items.stream().filter(i -> i.daysPastDue(asOf) >= threshold).toList(),
                    exclusions);
        }

        BigDecimal amount() {
            return Money.cents(items.stream().map(OpenItem::balance).reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        long daysOverdue() {
            return items.stream().mapToLong(i -> i.daysPastDue(asOf)).max().orElse(0);
        }

        List<Long> invoiceIds() {
            return items.stream().map(OpenItem::invoiceId).toList();
        }
    }
}
