package fr.relance.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One debtor's line in the aging list, in one currency (a debtor invoiced in two currencies has two lines).
 *
 * @param openCaseStage         stage of the debtor's open collection case, null when it has none
 * @param disputed              at least one of the debtor's open invoices is disputed
 * @param buckets               balance per bucket (every bucket present, zero when empty)
 * @param unallocatedCredits    payments not allocated to invoices on the as-of date, zero or negative
 * @param total                 buckets plus unallocated credits: what the debtor owes on balance
 * @param oldestDaysPastDue     days past due of the oldest overdue invoice, 0 when nothing is overdue
 * @param openInvoiceCount      invoices with a balance still due (credit notes not counted)
 * @param monthlySales          invoices issued (TTC) per calendar month, index 0 the as-of month: the DSO's base
 * @param dso                   days sales outstanding, countback method
 */
public record AgingRow(long debtorId, String debtorName, String currency, DebtorKind debtorKind,
                       CaseStage openCaseStage, boolean disputed, Map<AgingBucket, BigDecimal> buckets,
                       BigDecimal unallocatedCredits, BigDecimal total, long oldestDaysPastDue, int openInvoiceCount,
                       List<BigDecimal> monthlySales, Dso dso) {

    public AgingRow {
        buckets = Map.copyOf(buckets);
        monthlySales = List.copyOf(monthlySales);
    }

    public BigDecimal bucket(AgingBucket bucket) {
        return buckets.get(bucket);
    }

    /** What is past due: the buckets after "not due", before any unallocated credit. */
    public BigDecimal overdue() {
        BigDecimal overdue = Money.ZERO;
        for (AgingBucket bucket : AgingBucket.values()) {
            if (bucket != AgingBucket.NOT_DUE) {
                overdue = overdue.add(bucket(bucket));
            }
        }
        return overdue;
    }
}
