package fr.relance.domain.letters;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a letter's invoice table; a credit note has a negative amount and balance. */
public record LetterInvoiceLine(String number, LocalDate issueDate, LocalDate dueDate, BigDecimal amount,
                                BigDecimal paid, BigDecimal balance) {
}
