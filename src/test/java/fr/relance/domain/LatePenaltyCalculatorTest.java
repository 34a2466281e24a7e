package fr.relance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LatePenaltyCalculatorTest {

    static final RateTable REFERENCE_RATES = new RateTable(List.of(
            rates(2023, 1, "2.50", "4.47", "2.06"),
            rates(2023, 2, "4.00", "6.82", "4.22"),
            rates(2024, 1, "4.50", "8.01", "5.07"),
            rates(2024, 2, "4.25", "8.16", "4.92"),
            rates(2025, 1, "3.15", "7.21", "3.71"),
            rates(2025, 2, "2.15", "6.65", "2.76"),
            rates(2026, 1, "2.15", "6.67", "2.62")));

    final LatePenaltyCalculator calculator = new LatePenaltyCalculator(REFERENCE_RATES);

    @Test
    void workedExampleOfTheDomainReference() {
        // 10,000.00 EUR due 15/03/2025, paid 14/08/2025:
        // 10,000 x 13.15 % x 107/365 + 10,000 x 12.15 % x 45/365 = 385.49 + 149.79 = 535.28, plus 40 EUR.
        LateCharges charges = calculator.charges(DebtorKind.B2B, Money.of("10000.00"), date("2025-03-15"),
                List.of(new PartPayment(date("2025-08-14"), Money.of("10000.00"))), date("2025-11-23"), null);

        assertThat(charges.slices()).containsExactly(
                new PenaltySlice(date("2025-03-16"), date("2025-06-30"), 107, new BigDecimal("13.15"),
                        Money.of("10000.00"), Money.of("385.49")),
                new PenaltySlice(date("2025-07-01"), date("2025-08-14"), 45, new BigDecimal("12.15"),
                        Money.of("10000.00"), Money.of("149.79")));
        assertThat(charges.penalties()).isEqualByComparingTo("535.28");
        assertThat(charges.indemnity()).isEqualByComparingTo("40.00");
        assertThat(charges.total()).isEqualByComparingTo("575.28");
    }

    static Stream<Arguments> slicedCases() {
        return Stream.of(
                // Across a year boundary: 2024 H2 (16/11-31/12 = 46 days at 14.25) then 2025 H1 (1/1-10/2 = 41 at 13.15)
                Arguments.of("2024-11-15", "2025-02-10", "1000.00",
                        List.of(46L, 41L), List.of("17.96", "14.77")),
                // A leap year still divides by 365: 2024 H1, 1/2-31/3 = 29 + 31 = 60 days at 14.50
                Arguments.of("2024-01-31", "2024-03-31", "3650.00",
                        List.of(60L), List.of("87.00")),
                // Due on the last day of a half-year: charging starts on 1 July
                Arguments.of("2025-06-30", "2025-07-31", "730.00",
                        List.of(31L), List.of("7.53")));
    }

    @ParameterizedTest
    @MethodSource("slicedCases")
    void slicesPerHalfYearWithTheStartDayExcludedAndTheEndDayIncluded(String due, String asOf, String amount,
                                                                       List<Long> days, List<String> amounts) {
        LateCharges charges = calculator.charges(DebtorKind.B2B, Money.of(amount), date(due), List.of(),
                date(asOf), null);

        assertThat(charges.slices()).extracting(PenaltySlice::days).containsExactlyElementsOf(days);
        assertThat(charges.slices()).extracting(s -> s.amount().toPlainString()).containsExactlyElementsOf(amounts);
        assertThat(charges.penalties()).isEqualByComparingTo(
                amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void theYearDivisorIs365EvenInALeapYear() {
        assertThat(LatePenaltyCalculator.DAYS_IN_YEAR).isEqualTo(365);
        // 3,650 x 14.50 % x 1/365 = 1.45 for one day, 29 February 2024 included
        LateCharges oneDay = calculator.charges(DebtorKind.B2B, Money.of("3650.00"), date("2024-02-28"),
                List.of(), date("2024-02-29"), null);
        assertThat(oneDay.penalties()).isEqualByComparingTo("1.45");
    }

    @Test
    void partPaymentsReduceTheBaseFromTheDayAfterTheyArrive() {
        // 2,000 due 31/01/2025; 500 received 10/02; 1,500 received 2/03.
        LateCharges charges = calculator.charges(DebtorKind.B2B, Money.of("2000.00"), date("2025-01-31"),
                List.of(new PartPayment(date("2025-03-02"), Money.of("1500.00")),
                        new PartPayment(date("2025-02-10"), Money.of("500.00"))),
                date("2025-12-31"), null);

        assertThat(charges.slices()).extracting(PenaltySlice::from, PenaltySlice::to, PenaltySlice::days,
                        s -> s.base().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(date("2025-02-01"), date("2025-02-10"), 10L, "2000.00"),
                        org.assertj.core.groups.Tuple.tuple(date("2025-02-11"), date("2025-03-02"), 20L, "1500.00"));
        // 2000 x 13.15% x 10/365 = 7.205 -> 7.21 ; 1500 x 13.15% x 20/365 = 10.808 -> 10.81
        assertThat(charges.penalties()).isEqualByComparingTo("18.02");
        // The indemnity is per invoice and not split after a part payment
        assertThat(charges.indemnity()).isEqualByComparingTo("40.00");
    }

    @Test
    void anInvoicePaidOnTimeCostsNothing() {
        LateCharges charges = calculator.charges(DebtorKind.B2B, Money.of("800.00"), date("2025-05-31"),
                List.of(new PartPayment(date("2025-05-31"), Money.of("800.00"))), date("2025-09-01"), null);
        assertThat(charges.slices()).isEmpty();
        assertThat(charges.total()).isEqualByComparingTo("0");
    }

    @Test
    void notYetDueMeansNoIndemnity() {
        LateCharges charges = calculator.charges(DebtorKind.B2B, Money.of("800.00"), date("2025-05-31"),
                List.of(), date("2025-05-31"), null);
        assertThat(charges.total()).isEqualByComparingTo("0");
    }

    @Test
    void consumersOweLegalInterestOnlyFromTheFormalNoticeAndNoIndemnity() {
        LateCharges withoutNotice = calculator.charges(DebtorKind.CONSUMER, Money.of("1000.00"),
                date("2025-01-15"), List.of(), date("2025-12-31"), null);
        assertThat(withoutNotice.total()).isEqualByComparingTo("0");

        // Notice first presented 30/06/2025: interest from 1/7 at the "other creditors" legal rate of 2025 H2
        LateCharges withNotice = calculator.charges(DebtorKind.CONSUMER, Money.of("1000.00"), date("2025-01-15"),
                List.of(), date("2025-07-31"), date("2025-06-30"));
        assertThat(withNotice.slices()).singleElement().satisfies(slice -> {
            assertThat(slice.from()).isEqualTo(date("2025-07-01"));
            assertThat(slice.days()).isEqualTo(31);
            assertThat(slice.rate()).isEqualByComparingTo("2.76");
            // 1000 x 2.76 % x 31 / 365 = 2.344 -> 2.34
            assertThat(slice.amount()).isEqualByComparingTo("2.34");
        });
        assertThat(withNotice.indemnity()).isEqualByComparingTo("0");
    }

    @Test
    void aMissingHalfYearStopsTheComputationAndNamesIt() {
        assertThatThrownBy(() -> calculator.charges(DebtorKind.B2B, Money.of("1000.00"), date("2026-05-01"),
                List.of(), date("2026-11-23"), null))
                .isInstanceOfSatisfying(MissingRateException.class,
                        e -> assertThat(e.halfYear()).isEqualTo(new HalfYear(2026, 2)))
                .hasMessageContaining("2026 H2");
    }

    @Test
    void roundingIsHalfUpPerPrintedLine() {
        // 100 x 13.15 % x 1 / 365 = 0.036027 -> 0.04 (half-up at the cent)
        LateCharges charges = calculator.charges(DebtorKind.B2B, Money.of("100.00"), date("2025-01-01"),
                List.of(), date("2025-01-02"), null);
        assertThat(charges.penalties()).isEqualByComparingTo("0.04");
    }

    @ParameterizedTest(name = "{0} EUR due {1}, paid {2}, as of {3}, opened {4} -> {5} + {6}")
    @CsvSource(nullValues = "-", value = {
            // amount,   due,        paid on,    as of,      proceedings opened, penalties, indemnity
            // no proceedings: the worked example of the domain reference, unchanged
            "10000.00, 2025-03-15, 2025-08-14, 2025-11-23, -,          535.28, 40.00",
            // opened after the payment: nothing changes
            "10000.00, 2025-03-15, 2025-08-14, 2025-11-23, 2025-09-01, 535.28, 40.00",
            // Code de commerce L622-28: opened 1/07, penalties stop on 30/06: 10,000 x 13.15 % x 107/365 = 385.49
            "10000.00, 2025-03-15, -,          2025-11-23, 2025-07-01, 385.49, 40.00",
            // opened before the as-of date of an unpaid invoice, only the days before the opening are charged
            "10000.00, 2025-03-15, -,          2025-03-20, 2025-03-18, 7.21,   40.00",
            // opened the day after the due date: never late before the opening, so no indemnity (D441-5) either
            "10000.00, 2025-03-15, -,          2025-11-23, 2025-03-16, 0.00,   0.00",
            // opened before the due date: nothing at all
            "10000.00, 2025-03-15, -,          2025-11-23, 2025-02-01, 0.00,   0.00",
            // opened after the as-of date: charged up to the as-of date as usual (16/03-31/03: 16 days = 57.64)
            "10000.00, 2025-03-15, -,          2025-03-31, 2025-06-01, 57.64,  40.00"})
    void insolvencyProceedingsStopPenaltiesAndTheIndemnity(String amount, LocalDate due, LocalDate paidOn,
                                                           LocalDate asOf, LocalDate openedOn, String penalties,
                                                           String indemnity) {
        List<PartPayment> payments = paidOn == null ? List.of() : List.of(new PartPayment(paidOn, Money.of(amount)));

        LateCharges charges = calculator.charges(DebtorKind.B2B, Money.of(amount), due, payments, asOf, null,
                openedOn);

        assertThat(charges.penalties()).isEqualByComparingTo(penalties);
        assertThat(charges.indemnity()).isEqualByComparingTo(indemnity);
        if (openedOn != null) {
            assertThat(charges.slices()).allSatisfy(slice -> assertThat(slice.to()).isBefore(openedOn));
        }
    }

    @Test
    void insolvencyStopsConsumerInterestToo() {
        // Formal notice presented 30/06/2025, proceedings opened 15/07: legal interest 1/07-14/07 only,
        // 1,000 x 2.76 % x 14 / 365 = 1.0586 -> 1.06
        LateCharges charges = calculator.charges(DebtorKind.CONSUMER, Money.of("1000.00"), date("2025-01-15"),
                List.of(), date("2025-07-31"), date("2025-06-30"), date("2025-07-15"));

        assertThat(charges.slices()).singleElement().satisfies(slice -> {
            assertThat(slice.to()).isEqualTo(date("2025-07-14"));
            assertThat(slice.days()).isEqualTo(14);
            assertThat(slice.amount()).isEqualByComparingTo("1.06");
        });
        assertThat(charges.indemnity()).isEqualByComparingTo("0");
    }

    static HalfYearRates rates(int year, int half, String ecb, String legalPrivate, String legalOther) {
        return new HalfYearRates(new HalfYear(year, half), new BigDecimal(ecb), new BigDecimal(legalPrivate),
                new BigDecimal(legalOther));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
