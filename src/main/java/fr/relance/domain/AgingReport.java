package fr.relance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aging list as of a date: one row per debtor and currency with something open, and a totals row per
 * currency (home currency first).
 */
public record AgingReport(LocalDate asOf, List<AgingRow> rows, Map<String, AgingRow> totalsByCurrency) {

    public AgingReport {
        rows = List.copyOf(rows);
        totalsByCurrency = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totalsByCurrency));
    }

    public List<String> currencies() {
        return new ArrayList<>(totalsByCurrency.keySet());
    }

    /** The totals row of one currency; an empty totals row when nothing is open in it. */
    public AgingRow totals(String currency) {
        AgingRow totals = totalsByCurrency.get(currency);
        return totals != null ? totals : AgingTotals.of(asOf, currency, List.of());
    }

    public List<AgingRow> rows(String currency) {
        return rows.stream().filter(row -> row.currency().equals(currency)).toList();
    }
}
