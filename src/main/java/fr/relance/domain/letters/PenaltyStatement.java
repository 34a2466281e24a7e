package fr.relance.domain.letters;

import fr.relance.domain.PenaltySlice;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a formal notice claims on top of the principal: the penalty slices of each invoice and the fixed recovery
 * indemnities (B2B only: none for a consumer, see the domain reference).
 *
 * @param lines           the slices in print order, each with its invoice number
 * @param indemnityCount  invoices bearing the 40 EUR indemnity
 * @param totalClaimed    principal + penalties + indemnities
 */
public record PenaltyStatement(List<Line> lines, BigDecimal penalties, int indemnityCount, BigDecimal indemnities,
                               BigDecimal principal, BigDecimal totalClaimed) {

    public PenaltyStatement {
        lines = List.copyOf(lines);
    }

    /** One printed slice of one invoice. */
    public record Line(String invoiceNumber, PenaltySlice slice) {
    }
}
