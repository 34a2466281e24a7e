package fr.relance.domain;

import java.math.BigDecimal;

/**
 * Invoices issued (TTC) by one debtor in one currency in one calendar month.
 *
 * @param monthsBack 0 for the as-of month (up to the as-of day), 1 for the month before, and so on
 */
public record MonthlySales(long debtorId, String currency, int monthsBack, BigDecimal amount) {
}
