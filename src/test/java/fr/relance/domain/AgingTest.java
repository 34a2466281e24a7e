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

        AgingRow totals = report.totals("EUR");
        assertThat(totals.total()).isEqualByComparingTo("1380.00");
        assertThat(totals.bucket(AgingBucket.DAYS_1_30)).isEqualByComparingTo("980.00");
        assertThat(totals.openInvoiceCount()).isEqualTo(4);
        assertThat(totals.oldestDaysPastDue()).isEqualTo(130);
        assertThat(report.currencies()).containsExactly("EUR");
    }

    @Test
    void theSameItemsAgeDifferentlyOnAnotherDate() {
        List<OpenItem> items = List.of(item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.minusDays(29), "10.00"));
        assertThat(Aging.asOf(AS_OF, items).totals("EUR").bucket(AgingBucket.DAYS_1_30)).isEqualByComparingTo("10");
        assertThat(Aging.asOf(AS_OF.plusDays(2), items).totals("EUR").bucket(AgingBucket.DAYS_31_60))
                .isEqualByComparingTo("10");
    }

    @Test
    void unallocatedCreditsAreNettedInTheDebtorsTotalAndInTheTotalsRow() {
        List<OpenItem> items = List.of(
                item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.minusDays(45), "1000.00"),
                item(2, "Beta", InvoiceKind.INVOICE, AS_OF.plusDays(10), "300.00"));
        List<UnallocatedCredit> credits = List.of(
                new UnallocatedCredit(1, "Alpha", "EUR", new BigDecimal("250.00")),
                new UnallocatedCredit(3, "Gamma", "EUR", new BigDecimal("80.00"))); // a credit and nothing open

        AgingReport report = Aging.asOf(AS_OF, items, credits, java.util.Map.of(), List.of());

        AgingRow alpha = row(report, 1, "EUR");
        assertThat(alpha.unallocatedCredits()).isEqualByComparingTo("-250.00");
        assertThat(alpha.total()).isEqualByComparingTo("750.00");
        assertThat(alpha.overdue()).isEqualByComparingTo("1000.00");
        AgingRow gamma = row(report, 3, "EUR");
        assertThat(gamma.total()).isEqualByComparingTo("-80.00");
        assertThat(gamma.openInvoiceCount()).isZero();
        assertThat(gamma.dso().days()).isEqualByComparingTo("0");
        AgingRow totals = report.totals("EUR");
        assertThat(totals.unallocatedCredits()).isEqualByComparingTo("-330.00");
        assertThat(totals.total()).isEqualByComparingTo("970.00");
        assertThat(report.rows()).extracting(AgingRow::debtorName).containsExactly("Alpha", "Beta", "Gamma");
    }

    @Test
    void currenciesAreNeverAddedTogether() {
        List<OpenItem> items = List.of(
                item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.minusDays(10), "100.00", "EUR"),
                item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.minusDays(10), "900.00", "USD"),
                item(2, "Beta", InvoiceKind.INVOICE, AS_OF.minusDays(70), "50.00", "CHF"),
                item(2, "Beta", InvoiceKind.INVOICE, AS_OF.minusDays(70), "40.00", "EUR"));

        AgingReport report = Aging.asOf(AS_OF, items);

        assertThat(report.rows()).hasSize(4);
        assertThat(report.currencies()).containsExactly("EUR", "CHF", "USD");
        assertThat(report.totals("EUR").total()).isEqualByComparingTo("140.00");
        assertThat(report.totals("USD").total()).isEqualByComparingTo("900.00");
        assertThat(report.totals("CHF").bucket(AgingBucket.DAYS_61_90)).isEqualByComparingTo("50.00");
        assertThat(report.totals("GBP").total()).isEqualByComparingTo("0");
        assertThat(row(report, 1, "USD").total()).isEqualByComparingTo("900.00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgingTotals.of(AS_OF, "EUR", report.rows()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dsoPerDebtorAndOverallFromMonthlySalesAndProfilesCarriedToTheRows() {
        List<OpenItem> items = List.of(
                item(1, "Alpha", InvoiceKind.INVOICE, AS_OF.minusDays(10), "40000.00"),
                item(2, "Beta", InvoiceKind.INVOICE, AS_OF.minusDays(10), "5000.00"));
        List<MonthlySales> sales = List.of(
                new MonthlySales(1, "EUR", 0, new BigDecimal("10000")), new MonthlySales(1, "EUR", 1,
                        new BigDecimal("20000")), new MonthlySales(1, "EUR", 2, new BigDecimal("15000")),
                new MonthlySales(1, "EUR", 3, new BigDecimal("30000")),
                new MonthlySales(2, "EUR", 0, new BigDecimal("10000")));
        var profiles = java.util.Map.of(2L, new DebtorProfile(2, DebtorKind.CONSUMER, CaseStage.FORMAL_NOTICE));

        AgingReport report = Aging.asOf(AS_OF, items, List.of(), profiles, sales);

        assertThat(row(report, 1, "EUR").dso()).isEqualTo(new Dso(new BigDecimal("74.0"), false));
        assertThat(row(report, 2, "EUR").dso().days()).isEqualByComparingTo("11.5");
        assertThat(row(report, 2, "EUR").debtorKind()).isEqualTo(DebtorKind.CONSUMER);
        assertThat(row(report, 2, "EUR").openCaseStage()).isEqualTo(CaseStage.FORMAL_NOTICE);
        assertThat(row(report, 1, "EUR").openCaseStage()).isNull();
        // Overall: 45,000 against 20,000 | 20,000 | 15,000 | 30,000 -> 23 + 31 + 5,000/15,000 x 30 = 64
        assertThat(report.totals("EUR").dso().days()).isEqualByComparingTo("64.0");
    }

    static AgingRow row(AgingReport report, long debtor, String currency) {
        return report.rows().stream().filter(r -> r.debtorId() == debtor && r.currency().equals(currency))
                .findFirst().orElseThrow();
    }

    static OpenItem item(long debtor, String name, InvoiceKind kind, LocalDate due, String balance,
                         String currency) {
        BigDecimal amount = new BigDecimal(balance);
        return new OpenItem(debtor, name, 1, kind, "N", due.minusDays(30), due, amount.abs(), amount, currency,
                false);
    }

    static OpenItem item(long debtor, String name, InvoiceKind kind, LocalDate due, String balance) {
        BigDecimal amount = new BigDecimal(balance);
        return new OpenItem(debtor, name, 1, kind, "N", due.minusDays(30), due, amount.abs(), amount);
    }
}
