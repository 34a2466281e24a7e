package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The totals row of whatever rows are shown (all debtors, or those a filter keeps), one per currency. */
public final class AgingTotals {

    private AgingTotals() {
    }

    /**
     * The totals of rows in one currency, with the overall DSO from the overall balance and overall monthly sales.
     *
     * @throws IllegalArgumentException when a row is in another currency: currencies are never added together
     */
    public static AgingRow of(LocalDate asOf, String currency, Iterable<AgingRow> rows) {
        Map<AgingBucket, BigDecimal> buckets = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            buckets.put(bucket, Money.ZERO);
        }
        BigDecimal credits = Money.ZERO;
        BigDecimal total = Money.ZERO;
        List<BigDecimal> sales = new ArrayList<>();
        long oldest = 0;
        int count = 0;
        boolean disputed = false;
        for (AgingRow row : rows) {
            if (!currency.equals(row.currency())) {
                throw new IllegalArgumentException("a " + row.currency() + " row in " + currency + " totals");
            }
            for (AgingBucket bucket : AgingBucket.values()) {
                buckets.merge(bucket, row.bucket(bucket), BigDecimal::add);
            }
            credits = credits.add(row.unallocatedCredits());
            total = total.add(row.total());
            oldest = Math.max(oldest, row.oldestDaysPastDue());
            count += row.openInvoiceCount();
            disputed |= row.disputed();
            addInto(sales, row.monthlySales());
        }
        return new AgingRow(Aging.TOTALS_ROW_ID, "", currency, null, null, disputed, buckets, credits, total, oldest,
                count, sales, Dso.countback(total, asOf, sales));
    }

    /** Totals per currency, the home currency first. */
    public static Map<String, AgingRow> byCurrency(LocalDate asOf, Iterable<AgingRow> rows) {
        Map<String, List<AgingRow>> split = new TreeMap<>(Currencies.HOME_FIRST);
        for (AgingRow row : rows) {
            split.computeIfAbsent(row.currency(), c -> new ArrayList<>()).add(row);
        }
        Map<String, AgingRow> totals = new LinkedHashMap<>();
        split.forEach((currency, inCurrency) -> totals.put(currency, of(asOf, currency, inCurrency)));
        return totals;
    }

    static void addInto(List<BigDecimal> sum, List<BigDecimal> more) {
        for (int index = 0; index < more.size(); index++) {
            if (index < sum.size()) {
                sum.set(index, sum.get(index).add(more.get(index)));
            } else {
                sum.add(more.get(index));
            }
        }
    }
}
