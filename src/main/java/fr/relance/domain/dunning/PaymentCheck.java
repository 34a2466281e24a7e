package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks a payment being recorded against one invoice. */
public final class PaymentCheck {

    public static final String ABOVE_BALANCE = "payment.aboveBalance";
    public static final String AMOUNT_POSITIVE = "payment.amountPositive";

    private PaymentCheck() {
    }

    /**
     * A payment allocated to an invoice may not exceed the invoice's balance: the excess is not a payment of this
     * invoice but an unallocated credit on the debtor (to refund or to allocate to another invoice), so the UI
     * must make the user record it as such rather than drive the balance negative.
     *
     * @param payment amount being allocated to the invoice
     * @param balance the invoice's balance before this payment
     */
    public static List<FieldProblem> validate(BigDecimal payment, BigDecimal balance) {
        List<FieldProblem> problems = new ArrayList<>();
        if (payment.signum() <= 0) {
            problems.add(new FieldProblem("amount", AMOUNT_POSITIVE));
        } else if (payment.compareTo(balance) > 0) {
            problems.add(new FieldProblem("amount", ABOVE_BALANCE));
        }
        return problems;
    }
}
