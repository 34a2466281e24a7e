package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One open item read from a ledger export (CSV, Excel or FEC): an invoice, a credit note or a payment, as the
 * accounting software shows it on the day of the export.
 *
 * @param lineNumber    1-based line (CSV: the line the record starts on; Excel: the row) in the source file
 * @param debtorCode    the customer account (CompAuxNum in a FEC); required
 * @param debtorName    may be null when the file has no name column
 * @param number        invoice or credit-note number (PieceRef in a FEC); for payments, their own reference or
 *                      null
 * @param date          issue date, or the day a payment was received
 * @param dueDate       invoices and credit notes; null for payments
 * @param amount        positive amount including VAT of the document, or of the payment
 * @param openAmount    what is still open per the export, 0 &lt; open &lt;= amount; equal to amount when the
 *                      file does not say
 * @param amountExclVat may be null
 * @param currency      ISO 4217 code
 * @param reference     free text where a payment names the invoices it settles (bank label); may be null
 */
public record LedgerEntry(int lineNumber, EntryKind kind, String debtorCode, String debtorName, String number,
                          LocalDate date, LocalDate dueDate, BigDecimal amount, BigDecimal openAmount,
                          BigDecimal amountExclVat, String currency, String reference, DebtorDetails details) {

    public LedgerEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(debtorCode, "debtorCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        openAmount = openAmount == null ? amount : openAmount;
        currency = currency == null || currency.isBlank() ? "EUR" : currency;
        details = details == null ? DebtorDetails.NONE : details;
        if (kind != EntryKind.PAYMENT) {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }
}
