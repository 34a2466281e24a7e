package fr.relance.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One debtor's line in the aging list.
 *
 * @param buckets               balance per bucket (every bucket present, zero when empty)
 * @param oldestDaysPastDue     days past due of the oldest overdue invoice, 0 when nothing is overdue
 * @param openInvoiceCount      invoices with a balance still due (credit notes not counted)
 */
public record AgingRow(long debtorId, String debtorName, Map<AgingBucket, BigDecimal> buckets, BigDecimal total,
                       long oldestDaysPastDue, int openInvoiceCount) {

    public BigDecimal bucket(AgingBucket bucket) {
        return buckets.get(bucket);
    }

    public BigDecimal overdue() {
        return total.subtract(bucket(AgingBucket.NOT_DUE));
    }
}
