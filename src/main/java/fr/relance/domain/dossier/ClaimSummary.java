package fr.relance.domain.dossier;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.LateCharges;
import fr.relance.domain.LatePenaltyCalculator;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.PartPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The claim handed to a collection agency, split as the agency's letter to the debtor must state it (CPCE R124-4):
 * principal, penalties or interest, fixed indemnities, amounts already paid, balance.
 * <ul>
 *   <li>B2B: late-payment penalties (ECB rate + 10 points) from the day after each due date, and 40 EUR per late
 *       invoice (Code de commerce L441-10, D441-5), computed by {@link LatePenaltyCalculator}.</li>
 *   <li>Consumer: legal interest only from the day after the first formal notice was presented, never an
 *       indemnity (CPCE L111-8).</li>
 * </ul>
 * Every total is the sum of the printed lines, so the cover, the table and claim.csv agree to the cent.
 *
 * @param lines        one line per claimed invoice, oldest due first
 * @param openCredits  the open credit notes not yet applied to an invoice, as a positive amount that reduces the claim
 * @param consumer     whether the debtor is a consumer (interest instead of penalties, no indemnity)
 * @param interestFrom for a consumer, the day the formal notice was first presented (interest runs from the next
 *                     day); null when none was: no interest is claimed yet
 */
public record ClaimSummary(List<ClaimLine> lines, BigDecimal openCredits, boolean consumer, LocalDate interestFrom) {

    public ClaimSummary {
        lines = List.copyOf(lines);
    }

    /**
     * One claimed invoice.
     *
     * @param amount  the invoice amount including VAT
     * @param paid    what payments and credit notes settled of it up to the as-of date
     * @param balance what is still owed of it
     */
    public record ClaimLine(long invoiceId, String number, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
                            BigDecimal paid, BigDecimal balance, BigDecimal penalties, BigDecimal indemnity) {
    }

    /**
     * @param claimed           the items handed over: overdue invoices and the open credit notes
     * @param paymentsByInvoice money applied to each invoice, dated (penalties run on the balance of each period)
     * @param formalNoticeOn    the first presentation of a formal notice (consumer interest), null when none
     * @param insolvencyOpenedOn the opening judgment of insolvency proceedings (nothing runs from it), null when none
     * @throws fr.relance.domain.MissingRateException naming the half-year whose rate is missing
     */
    public static ClaimSummary of(LatePenaltyCalculator calculator, DebtorKind kind, List<OpenItem> claimed,
                                  Map<Long, List<PartPayment>> paymentsByInvoice, LocalDate asOf,
                                  LocalDate formalNoticeOn, LocalDate insolvencyOpenedOn) {
        List<ClaimLine> lines = new ArrayList<>();
        BigDecimal credits = Money.ZERO;
        for (OpenItem item : claimed) {
            if (item.kind() == InvoiceKind.CREDIT_NOTE) {
                credits = credits.add(item.balance().negate());
                continue;
            }
            LateCharges charges = calculator.charges(kind, item.amount(), item.dueDate(),
                    paymentsByInvoice.getOrDefault(item.invoiceId(), List.of()), asOf, formalNoticeOn,
                    insolvencyOpenedOn);
            lines.add(new ClaimLine(item.invoiceId(), item.number(), item.issueDate(), item.dueDate(),
                    Money.cents(item.amount()), Money.cents(item.amount().subtract(item.balance())),
                    Money.cents(item.balance()), charges.penalties(), charges.indemnity()));
        }
        return new ClaimSummary(lines, Money.cents(credits), kind == DebtorKind.CONSUMER,
                kind == DebtorKind.CONSUMER ? formalNoticeOn : null);
    }

    /** The invoices' amounts including VAT. */
    public BigDecimal principal() {
        return sum(ClaimLine::amount);
    }

    /** What was already paid (or settled by credit notes) of the claimed invoices, plus the open credit notes. */
    public BigDecimal alreadyPaid() {
        return sum(ClaimLine::paid).add(openCredits);
    }

    /** Late-payment penalties (B2B) or legal interest (consumer). */
    public BigDecimal penalties() {
        return sum(ClaimLine::penalties);
    }

    /** The fixed recovery indemnities, 40 EUR per late B2B invoice. */
    public BigDecimal indemnities() {
        return sum(ClaimLine::indemnity);
    }

    public int indemnityCount() {
        return (int) lines.stream().filter(line -> line.indemnity().signum() > 0).count();
    }

    /** The principal still owed: the invoices' balances less the open credit notes. */
    public BigDecimal principalOwed() {
        return principal().subtract(alreadyPaid());
    }

    /** Everything claimed: principal still owed, penalties or interest, indemnities. */
    public BigDecimal balance() {
        return principalOwed().add(penalties()).add(indemnities());
    }

    private BigDecimal sum(java.util.function.Function<ClaimLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
