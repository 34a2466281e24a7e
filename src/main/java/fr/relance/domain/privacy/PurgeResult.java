package fr.relance.domain.privacy;

import java.time.LocalDate;

/** What one purge deleted, as written in the purge log (counts only: the log holds nothing personal). */
public record PurgeResult(LocalDate asOf, int retentionYears, LocalDate closedBefore, int debtors, int cases,
                          int events, int documents, int letters) {
}
