package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the aging list from the items open on the as-of date. */
public final class Aging {

    public static final long TOTALS_ROW_ID = 0L;

    private Aging() {
    }

    /** Open items only: no unallocated credit, no profile, no sales history. */
    public static AgingReport asOf(LocalDate asOf, Collection<OpenItem> items) {
        return asOf(asOf, items, List.of(), Map.of(), List.of());
    }

    /**
     * @param credits  unallocated payments on the as-of date, netted in their debtor's row (a debtor with only a
     *                 credit gets a row of its own, with a negative total)
     * @param profiles kind and open case stage per debtor id; a debtor missing here is taken as B2B without case
     * @param sales    invoices issued per debtor, currency and month, the base of the DSO
     */
    public static AgingReport asOf(LocalDate asOf, Collection<OpenItem> items, Collection<UnallocatedCredit> credits,
                                   Map<Long, DebtorProfile> profiles, Collection<MonthlySales> sales) {
        Map<Key, Accumulator> rows = new LinkedHashMap<>();
        for (OpenItem item : items) {
            if (item.balance().signum() == 0) {
                continue;
            }
            rows.computeIfAbsent(new Key(item.debtorId(), item.currency()),
                    key -> new Accumulator(key, item.debtorName())).add(item, asOf);
        }
        for (UnallocatedCredit credit : credits) {
            if (credit.amount().signum() == 0) {
                continue;
            }
            rows.computeIfAbsent(new Key(credit.debtorId(), credit.currency()),
                    key -> new Accumulator(key, credit.debtorName())).credit(credit.amount());
        }
        Map<Key, List<BigDecimal>> history = new HashMap<>();
        for (MonthlySales month : sales) {
            List<BigDecimal> months = history.computeIfAbsent(new Key(month.debtorId(), month.currency()),
                    key -> new ArrayList<>());
            while (months.size() <= month.monthsBack()) {
                months.add(Money.ZERO);
            }
            months.set(month.monthsBack(), months.get(month.monthsBack()).add(month.amount()));
        }
        List<AgingRow> result = new ArrayList<>(rows.size());
        for (Accumulator accumulator : rows.values()) {
            DebtorProfile profile = profiles.get(accumulator.key.debtorId);
            result.add(accumulator.toRow(asOf, profile, history.getOrDefault(accumulator.key, List.of())));
        }
        result.sort(Comparator.comparing(AgingRow::total).reversed().thenComparing(AgingRow::debtorName)
                .thenComparing(AgingRow::currency, Currencies.HOME_FIRST));
        return new AgingReport(asOf, result, AgingTotals.byCurrency(asOf, result));
    }

    private record Key(long debtorId, String currency) {
    }

    private static final class Accumulator {
        private final Key key;
        private final String name;
        private final Map<AgingBucket, BigDecimal> buckets = new EnumMap<>(AgingBucket.class);
        private BigDecimal credits = Money.ZERO;
        private BigDecimal total = Money.ZERO;
        private long oldest;
        private int openInvoices;
        private boolean disputed;

        Accumulator(Key key, String name) {
            this.key = key;
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
                disputed |= item.disputed();
                if (days > oldest) {
                    oldest = days;
                }
            }
        }

        void credit(BigDecimal unallocated) {
            credits = credits.subtract(unallocated);
            total = total.subtract(unallocated);
        }

        AgingRow toRow(LocalDate asOf, DebtorProfile profile, List<BigDecimal> sales) {
            return new AgingRow(key.debtorId, name, key.currency, profile == null ? DebtorKind.B2B : profile.kind(),
                    profile == null ? null : profile.openCaseStage(), disputed, buckets, credits, total, oldest,
                    openInvoices, sales, Dso.countback(total, asOf, sales));
        }
    }
}
