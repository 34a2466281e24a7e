package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.Money;
import fr.relance.domain.PartPayment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment plan (échéancier): the balance split into instalments. {@link #propose} gives the preview; the user
 * may edit amounts and dates ({@link #withInstalment}) as long as {@link #validate} finds nothing.
 * <p>
 * The debtor's signed agreement ({@link #agreedOn()}) acknowledges the debt, which interrupts the limitation
 * period (Code civil 2240): a fresh full period starts on that day, see {@link LimitationPeriod}.
 *
 * @param agreedOn day the debtor signed the plan; null while it is only proposed
 */
public record PaymentPlan(List<Instalment> instalments, LocalDate agreedOn) {

    public static final String TOO_FEW_INSTALMENTS = "plan.tooFewInstalments";
    public static final String TOTAL_MISMATCH = "plan.totalMismatch";
    public static final String STARTS_IN_PAST = "plan.startsInPast";
    public static final String DATES_OUT_OF_ORDER = "plan.datesOutOfOrder";
    public static final String AMOUNT_POSITIVE = "plan.amountPositive";
    public static final String AGREED_IN_FUTURE = "plan.agreedInFuture";

    public PaymentPlan {
        instalments = List.copyOf(instalments);
    }

    /**
     * Equal instalments, each rounded down to the cent, the remainder on the last one, so that the total is the
     * balance to the cent and the last instalment is never smaller than the others.
     *
     * @throws IllegalArgumentException when count is not positive
     */
    public static PaymentPlan propose(BigDecimal balance, int count, Frequency frequency, LocalDate firstDate) {
        if (count < 1) {
            throw new IllegalArgumentException("A plan has at least one instalment: " + count);
        }
        BigDecimal total = Money.cents(balance);
        BigDecimal each = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        BigDecimal last = total.subtract(each.multiply(BigDecimal.valueOf(count - 1L)));
        List<Instalment> instalments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instalments.add(new Instalment(frequency.dueDate(firstDate, i), i == count - 1 ? last : each));
        }
        return new PaymentPlan(instalments, null);
    }

    /** The plan with the instalment at {@code index} (0 = the first) replaced: an edit in the preview. */
    public PaymentPlan withInstalment(int index, LocalDate dueDate, BigDecimal amount) {
        List<Instalment> edited = new ArrayList<>(instalments);
        edited.set(index, new Instalment(dueDate, amount));
        return new PaymentPlan(edited, agreedOn);
    }

    /** The plan as signed by the debtor on {@code signedOn}. */
    public PaymentPlan agree(LocalDate signedOn) {
        return new PaymentPlan(instalments, Objects.requireNonNull(signedOn, "signedOn"));
    }

    public BigDecimal total() {
        return instalments.stream().map(Instalment::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The signed agreement as an acknowledgement of the debt (Code civil 2240), if signed. */
    public Optional<LocalDate> acknowledgement() {
        return Optional.ofNullable(agreedOn);
    }

    /**
     * Problems that prevent saving the plan on {@code asOf}; empty when it can be saved. Fields name the
     * instalment by its position ({@code instalments[2].amount}) so the preview can point at it.
     *
     * @param balance the debtor's balance the plan must cover, to the cent
     */
    public List<FieldProblem> validate(BigDecimal balance, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (instalments.size() < 2) {
            problems.add(new FieldProblem("count", TOO_FEW_INSTALMENTS));
        }
        if (total().compareTo(balance) != 0) {
            problems.add(new FieldProblem("instalments", TOTAL_MISMATCH));
        }
        if (!instalments.isEmpty() && instalments.get(0).dueDate().isBefore(asOf)) {
            problems.add(new FieldProblem("instalments[0].dueDate", STARTS_IN_PAST));
        }
        for (int i = 1; i < instalments.size(); i++) {
            if (!instalments.get(i).dueDate().isAfter(instalments.get(i - 1).dueDate())) {
                problems.add(new FieldProblem("instalments[" + i + "].dueDate", DATES_OUT_OF_ORDER));
            }
        }
        for (int i = 0; i < instalments.size(); i++) {
            if (instalments.get(i).amount().signum() <= 0) {
                problems.add(new FieldProblem("instalments[" + i + "].amount", AMOUNT_POSITIVE));
            }
        }
        if (agreedOn != null && agreedOn.isAfter(asOf)) {
            problems.add(new FieldProblem("agreedOn", AGREED_IN_FUTURE));
        }
        return problems;
    }

    /**
     * Follows each instalment against the payments received up to {@code asOf}: payments, in the order they
     * arrived, fill the instalments in due-date order, oldest first (a late payment settles the oldest arrears).
     * An instalment not fully covered after its due date is MISSED; once one stays missed more than
     * {@code graceDays} days after its due date, the acceleration clause applies to the whole remaining balance.
     *
     * @param payments money applied to the plan's invoices since the plan was agreed; later ones are ignored
     */
    public PlanFollowUp follow(List<PartPayment> payments, LocalDate asOf, int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("Grace days cannot be negative: " + graceDays);
        }
        List<PartPayment> received = payments.stream()
                .filter(p -> !p.receivedOn().isAfter(asOf))
                .sorted(Comparator.comparing(PartPayment::receivedOn))
                .toList();
        List<Instalment> ordered = instalments.stream().sorted(Comparator.comparing(Instalment::dueDate)).toList();

        List<InstalmentLine> lines = new ArrayList<>();
        int next = 0;
        BigDecimal leftOfPayment = received.isEmpty() ? Money.ZERO : received.get(0).amount();
        for (Instalment instalment : ordered) {
            BigDecimal paid = Money.ZERO;
            LocalDate paidOn = null;
            while (next < received.size() && paid.compareTo(instalment.amount()) < 0) {
                BigDecimal applied = leftOfPayment.min(instalment.amount().subtract(paid));
                paid = paid.add(applied);
                leftOfPayment = leftOfPayment.subtract(applied);
                if (paid.compareTo(instalment.amount()) >= 0) {
                    paidOn = received.get(next).receivedOn();
                }
                if (leftOfPayment.signum() <= 0 && ++next < received.size()) {
                    leftOfPayment = received.get(next).amount();
                }
            }
            lines.add(new InstalmentLine(instalment, paid, paidOn, status(instalment, paid, paidOn, asOf)));
        }

        BigDecimal remaining = lines.stream().map(InstalmentLine::outstanding).reduce(Money.ZERO, BigDecimal::add);
        Optional<Acceleration> acceleration = lines.stream()
                .filter(l -> l.status() == InstalmentStatus.MISSED)
                .map(InstalmentLine::instalment)
                .filter(i -> asOf.isAfter(i.dueDate().plusDays(graceDays)))
                .findFirst()
                .map(i -> new Acceleration(i, i.dueDate().plusDays(graceDays + 1L), remaining));
        return new PlanFollowUp(lines, acceleration);
    }

    private static InstalmentStatus status(Instalment instalment, BigDecimal paid, LocalDate paidOn, LocalDate asOf) {
        if (paidOn != null) {
            return InstalmentStatus.PAID;
        }
        if (asOf.isAfter(instalment.dueDate())) {
            return InstalmentStatus.MISSED;
        }
        return paid.signum() > 0 ? InstalmentStatus.PARTLY_PAID : InstalmentStatus.DUE;
    }
}
