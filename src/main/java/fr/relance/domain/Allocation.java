package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Part of a payment or of a credit note applied to an invoice. Exactly one of {@code paymentId} and
 * {@code creditNoteId} is set.
 */
public record Allocation(long id, long invoiceId, Long paymentId, Long creditNoteId, BigDecimal amount,
                         LocalDate allocatedOn) {

    public Allocation {
        if ((paymentId == null) == (creditNoteId == null)) {
            throw new IllegalArgumentException("An allocation comes from a payment or from a credit note");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("An allocated amount must be positive: " + amount);
        }
    }
}
