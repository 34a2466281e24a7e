package fr.relance.domain.dunning;

import fr.relance.domain.PartPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An invoice a payment plan spreads, with its balance on the day the plan was entered.
 *
 * @param amount  the invoice's amount including VAT
 * @param balance what was still owed on it the day the plan was entered (the plan's share of it)
 */
public record PlanInvoice(long invoiceId, String number, LocalDate dueDate, BigDecimal amount, BigDecimal balance) {

    /** What had already been applied to the invoice when the plan was entered. */
    public BigDecimal settledBefore() {
        return amount.subtract(balance);
    }

    /**
     * The money that pays a plan: of everything applied to its invoices (payments and credit notes, each on the
     * day it reached the creditor), what comes on top of what each invoice had already received when the plan was
     * entered. Applications are taken in date order, so a payment straddling that point counts for its excess.
     * Using the balances rather than dates means a payment entered after the plan, dated the same day, still counts.
     *
     * @param appliedByInvoice money applied to each invoice, in any order
     */
    public static List<PartPayment> moneyApplied(List<PlanInvoice> invoices,
                                                 Map<Long, List<PartPayment>> appliedByInvoice) {
        List<PartPayment> paid = new ArrayList<>();
        for (PlanInvoice invoice : invoices) {
            BigDecimal before = invoice.settledBefore();
            List<PartPayment> applied = appliedByInvoice.getOrDefault(invoice.invoiceId(), List.of()).stream()
                    .sorted(Comparator.comparing(PartPayment::receivedOn)).toList();
            for (PartPayment part : applied) {
                BigDecimal skipped = before.min(part.amount()).max(BigDecimal.ZERO);
                before = before.subtract(skipped);
                BigDecimal counted = part.amount().subtract(skipped);
                if (counted.signum() > 0) {
                    paid.add(new PartPayment(part.receivedOn(), counted));
                }
            }
        }
        paid.sort(Comparator.comparing(PartPayment::receivedOn));
        return paid;
    }
}
