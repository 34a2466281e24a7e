package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An invoice or a credit note as the ledger shows it. Amounts are positive; {@link #kind()} gives the direction.
 * The amount including VAT (TTC) is the base of late penalties (domain reference, section 3).
 */
public record Invoice(long id, long debtorId, InvoiceKind kind, String number, LocalDate issueDate,
                      LocalDate dueDate, BigDecimal amountExclVat, BigDecimal amountInclVat, String currency,
                      boolean disputed, String disputeReason) {

    public Invoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Money.requireCents(amountExclVat, "amountExclVat");
        Money.requireCents(amountInclVat, "amountInclVat");
        currency = currency == null ? "EUR" : currency;
    }

    public Invoice withId(long newId) {
        return new Invoice(newId, debtorId, kind, number, issueDate, dueDate, amountExclVat, amountInclVat,
                currency, disputed, disputeReason);
    }

    public Invoice withDebtorId(long newDebtorId) {
        return new Invoice(id, newDebtorId, kind, number, issueDate, dueDate, amountExclVat, amountInclVat,
                currency, disputed, disputeReason);
    }
}
