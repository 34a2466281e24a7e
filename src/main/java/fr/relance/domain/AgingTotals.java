package fr.relance.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The totals row of whatever rows are shown (all debtors, or those a filter keeps). */
public final class AgingTotals {

    private AgingTotals() {
    }

    public static AgingRow of(Iterable<AgingRow> rows) {
        Map<AgingBucket, BigDecimal> buckets = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            buckets.put(bucket, Money.ZERO);
        }
        BigDecimal total = Money.ZERO;
        long oldest = 0;
        int count = 0;
        for (AgingRow row : rows) {
            for (AgingBucket bucket : AgingBucket.values()) {
                buckets.merge(bucket, row.bucket(bucket), BigDecimal::add);
            }
            total = total.add(row.total());
            oldest = Math.max(oldest, row.oldestDaysPastDue());
            count += row.openInvoiceCount();
        }
        return new AgingRow(Aging.TOTALS_ROW_ID, "", Map.copyOf(buckets), total, oldest, count);
    }
}
