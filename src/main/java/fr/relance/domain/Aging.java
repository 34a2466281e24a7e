package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the aging list from the items open on the as-of date. */
public final class Aging {

    public static final long TOTALS_ROW_ID = 0L;

    private Aging() {
    }

    public static AgingReport asOf(LocalDate asOf, Collection<OpenItem> items) {
        Map<Long, Accumulator> byDebtor = new LinkedHashMap<>();
        for (OpenItem item : items) {
            if (item.balance().signum() == 0) {
                continue;
            }
            byDebtor.computeIfAbsent(item.debtorId(), id -> new Accumulator(id, item.debtorName())).add(item, asOf);
        }
        List<AgingRow> rows = new ArrayList<>(byDebtor.size());
        for (Accumulator accumulator : byDebtor.values()) {
            rows.add(accumulator.toRow());
        }
        rows.sort(Comparator.comparing(AgingRow::total).reversed().thenComparing(AgingRow::debtorName));
        return new AgingReport(asOf, rows, AgingTotals.of(rows));
    }

    private static final class Accumulator {
        private final long debtorId;
        private final String name;
        private final Map<AgingBucket, BigDecimal> buckets = new EnumMap<>(AgingBucket.class);
        private BigDecimal total = Money.ZERO;
        private long oldest;
        private int openInvoices;

        Accumulator(long debtorId, String name) {
            this.debtorId = debtorId;
            this.name = name;
            for (AgingBucket bucket : AgingBucket.values()) {
                buckets.put(bucket, Money.ZERO);
            }
        }

        void add(OpenItem item, LocalDate asOf) {
            long days = item.daysPastDue(asOf);
            buckets.merge(AgingBucket.forDaysPastDue(days), item.balance(), BigDecimal::add);
            total = total.add(item.balance());
            if (item.kind() == InvoiceKind.INVOICE && item.balance().signum() > 0) {
                openInvoices++;
                if (days > oldest) {
                    oldest = days;
                }
            }
        }

        AgingRow toRow() {
            return new AgingRow(debtorId, name, Map.copyOf(buckets), total, oldest, openInvoices);
        }
    }
}
