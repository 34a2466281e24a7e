package fr.relance.domain.letters;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.LateCharges;
import fr.relance.domain.LatePenaltyCalculator;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.PartPayment;
import fr.relance.domain.PenaltySlice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The penalty statement of a formal notice (or of an agency handover): each claimed invoice's charges from
 * {@link LatePenaltyCalculator}, one printed line per slice.
 * <ul>
 *   <li>B2B: late-payment penalties from the day after the due date, plus the 40 EUR recovery indemnity per
 *       late invoice (Code de commerce L441-10, D441-5).</li>
 *   <li>Consumer: legal interest only from the day after an earlier formal notice was first presented (Code
 *       civil 1231-6, 1344); none before, and never an indemnity (CPCE L111-8). A first formal notice to a
 *       consumer therefore claims no interest yet: it is the notice that makes interest run.</li>
 * </ul>
 * The totals are the sums of the printed lines, so the letter's table always adds up.
 */
public final class PenaltyStatements {

    private PenaltyStatements() {
    }

    /**
     * @param claimed the items the letter claims (credit notes included: they reduce the principal)
     * @throws fr.relance.domain.MissingRateException naming the half-year when a charged half-year has no rate
     */
    public static PenaltyStatement of(LatePenaltyCalculator calculator, DebtorKind kind, List<OpenItem> claimed,
                                      Map<Long, List<PartPayment>> paymentsByInvoice, LocalDate asOf,
                                      LocalDate formalNoticePresentedOn, LocalDate insolvencyOpenedOn) {
        List<PenaltyStatement.Line> lines = new ArrayList<>();
        BigDecimal penalties = Money.ZERO;
        BigDecimal indemnities = Money.ZERO;
        int indemnityCount = 0;
        for (OpenItem item : claimed) {
            if (item.kind() != InvoiceKind.INVOICE) {
                continue;
            }
            LateCharges charges = calculator.charges(kind, item.amount(), item.dueDate(),
                    paymentsByInvoice.getOrDefault(item.invoiceId(), List.of()), asOf, formalNoticePresentedOn,
                    insolvencyOpenedOn);
            for (PenaltySlice slice : charges.slices()) {
                lines.add(new PenaltyStatement.Line(item.number(), slice));
            }
            penalties = penalties.add(charges.penalties());
            if (charges.indemnity().signum() > 0) {
                indemnityCount++;
                indemnities = indemnities.add(charges.indemnity());
            }
        }
        BigDecimal principal = LetterItems.principal(claimed);
        return new PenaltyStatement(lines, penalties, indemnityCount, indemnities, principal,
                principal.add(penalties).add(indemnities));
    }
}
