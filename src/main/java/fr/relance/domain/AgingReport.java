package fr.relance.domain;

import java.time.LocalDate;
import java.util.List;

/** The aging list as of a date: one row per debtor with something open, and the totals row. */
public record AgingReport(LocalDate asOf, List<AgingRow> rows, AgingRow totals) {

    public AgingReport {
        rows = List.copyOf(rows);
    }
}
