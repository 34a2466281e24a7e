package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.Money;
import fr.relance.domain.PartPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A debtor's promise to pay an amount by a date. Dunning pauses until the due date; the promise is then kept or
 * broken from the payments alone, without anyone having to tick it.
 *
 * @param promisedOn day the debtor made the promise (phone call, e-mail)
 * @param dueDate    last day the money may reach the creditor for the promise to be kept
 * @param amount     promised amount, two decimals
 */
public record PromiseToPay(LocalDate promisedOn, LocalDate dueDate, BigDecimal amount) {

    public static final String DUE_IN_PAST = "promise.dueInPast";
    public static final String AMOUNT_POSITIVE = "promise.amountPositive";
    public static final String AMOUNT_ABOVE_BALANCE = "promise.amountAboveBalance";

    public PromiseToPay {
        Objects.requireNonNull(promisedOn, "promisedOn");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }

    /** Problems with a promise being recorded on {@code asOf}; empty when it can be saved. Today is allowed. */
    public List<FieldProblem> validate(LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (dueDate.isBefore(asOf)) {
            problems.add(new FieldProblem("dueDate", DUE_IN_PAST));
        }
        if (amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", AMOUNT_POSITIVE));
        }
        return problems;
    }

    /**
     * As {@link #validate(LocalDate)}, and the amount may not exceed what the debtor owes: a promise above the
     * balance is a typing error, or money the debtor does not owe.
     *
     * @param balance what the debtor owes on {@code asOf} (its open invoices less its open credit notes)
     */
    public List<FieldProblem> validate(LocalDate asOf, BigDecimal balance) {
        List<FieldProblem> problems = validate(asOf);
        if (amount.signum() > 0 && amount.compareTo(balance) > 0) {
            problems.add(new FieldProblem("amount", AMOUNT_ABOVE_BALANCE));
        }
        return problems;
    }

    /**
     * @param paymentsSince money applied to the debtor's account since the promise; payments dated before
     *                      {@link #promisedOn()} or after {@code asOf} are ignored
     * @return KEPT once the payments received on or before the due date reach the amount (possibly before the due
     *         date), BROKEN once the due date has passed without that, PENDING otherwise
     */
    public PromiseStatus status(List<PartPayment> paymentsSince, LocalDate asOf) {
        if (paidInTime(paymentsSince, asOf).compareTo(amount) >= 0) {
            return PromiseStatus.KEPT;
        }
        return asOf.isAfter(dueDate) ? PromiseStatus.BROKEN : PromiseStatus.PENDING;
    }

    /** What of the payments counts towards the promise: received from the promise day to the due date. */
    public BigDecimal paidInTime(List<PartPayment> paymentsSince, LocalDate asOf) {
        return paymentsSince.stream()
                .filter(p -> !p.receivedOn().isBefore(promisedOn))
                .filter(p -> !p.receivedOn().isAfter(dueDate) && !p.receivedOn().isAfter(asOf))
                .map(PartPayment::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }
}
