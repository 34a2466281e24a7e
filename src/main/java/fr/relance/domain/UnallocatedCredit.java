package fr.relance.domain;

import java.math.BigDecimal;

/**
 * Money a debtor paid that is not allocated to any invoice on the as-of date: a credit on the debtor.
 *
 * @param amount what is left unallocated, positive (the aging list shows it negative)
 */
public record UnallocatedCredit(long debtorId, String debtorName, String currency, BigDecimal amount) {
}
