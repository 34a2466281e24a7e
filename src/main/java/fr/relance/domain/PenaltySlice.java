package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One printed line of the penalty table: a period within one half-year at one unpaid balance.
 * The amount is rounded half-up to the cent; the total claimed is the sum of these lines.
 *
 * @param from first charged day (inclusive)
 * @param to   last charged day (inclusive)
 * @param rate annual rate in percent
 */
public record PenaltySlice(LocalDate from, LocalDate to, long days, BigDecimal rate, BigDecimal base,
                           BigDecimal amount) {
}
