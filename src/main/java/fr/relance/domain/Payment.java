package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money received from a debtor. What is not allocated to invoices stays a credit on the debtor. */
public record Payment(long id, long debtorId, LocalDate receivedOn, BigDecimal amount, String method,
                      String reference) {

    public Payment {
        Money.requireCents(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A payment amount must be positive: " + amount);
        }
    }
}
