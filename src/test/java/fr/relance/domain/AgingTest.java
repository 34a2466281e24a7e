package fr.relance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgingTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource({
            "-10, NOT_DUE", "0, NOT_DUE", "1, DAYS_1_30", "30, DAYS_1_30", "31, DAYS_31_60", "60, DAYS_31_60",
            "61, DAYS_61_90", "90, DAYS_61_90", "91, DAYS_91_120", "120, DAYS_91_120", "121, OVER_120",
            "4000, OVER_120"})
    void bucketBoundaries(long days, AgingBucket expected) {
        assertThat(AgingBucket.forDaysPastDue(days)).isEqualTo(expected);
    }

    @Test
    void oneRowPerDebtorWithBucketTotalsOldestDaysAndCount() {
        List<OpenItem> items = List.of(
                item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.plusDays(5), "100.00"),     // not due
                item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.minusDays(45), "250.50"),   // 31-60
                item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.minusDays(130), "49.50"),   // >120
                item(1, "Alpha", InvoiceKind.CREDIT_NOTE, AS_OF.minusDays(3), "-20.00"), // 1-30, reduces
                item(2, "Beta", InvoiceKind.INVOICE, AS_OF.minusDays(1), "1000.00"),    // 1-30
                item(3, "Gamma", InvoiceKind.INVOICE, AS_OF.minusDays(200), "0.00"));   // settled: left out

        AgingReport report = Aging.asOf(AS_OF, items);

        assertThat(report.rows()).extracting(AgingRow::debtorName).containsExactly("Beta", "Alpha");
        AgingRow alpha = report.rows().get(1);
        assertThat(alpha.bucket(AgingBucket.NOT_DUE)).isEqualByComparingTo("100.00");
        assertThat(alpha.bucket(AgingBucket.DAYS_1_30)).isEqualByComparingTo("-20.00");
        assertThat(alpha.bucket(AgingBucket.DAYS_31_60)).isEqualByComparingTo("250.50");
        assertThat(alpha.bucket(AgingBucket.OVER_120)).isEqualByComparingTo("49.50");
        assertThat(alpha.total()).isEqualByComparingTo("380.00");
        assertThat(alpha.overdue()).isEqualByComparingTo("280.00");
        assertThat(alpha.oldestDaysPastDue()).isEqualTo(130);
        assertThat(alpha.openInvoiceCount()).isEqualTo(3);

        assertThat(report.totals().total()).isEqualByComparingTo("1380.00");
        assertThat(report.totals().bucket(AgingBucket.DAYS_1_30)).isEqualByComparingTo("980.00");
        assertThat(report.totals().openInvoiceCount()).isEqualTo(4);
        assertThat(report.totals().oldestDaysPastDue()).isEqualTo(130);
    }

    @Test
    void theSameItemsAgeDifferentlyOnAnotherDate() {
        List<OpenItem> items = List.of(item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.minusDays(29), "10.00"));
        assertThat(Aging.asOf(AS_OF, items).totals().bucket(AgingBucket.DAYS_1_30)).isEqualByComparingTo("10");
        assertThat(Aging.asOf(AS_OF.plusDays(2), items).totals().bucket(AgingBucket.DAYS_31_60))
                .isEqualByComparingTo("10");
    }

    static OpenItem item(long debtor, String name, InvoiceKind kind, LocalDate due, String balance) {
        BigDecimal amount = new BigDecimal(balance);
        return new OpenItem(debtor, name, 1, kind, "N", due.minusDays(30), due, amount.abs(), amount);
    }
}
