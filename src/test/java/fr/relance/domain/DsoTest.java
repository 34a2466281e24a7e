package fr.relance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DSO by the countback method. Worked example, as of 23/11/2026, sales (TTC) by month walking back:
 * November 1-23: 10,000; October: 20,000; September: 15,000; August: 30,000. A balance of 40,000:
 * <ul>
 *   <li>November: 40,000 > 10,000, so take 10,000 off (30,000 left) and count 23 days (the as-of month counts up
 *       to the as-of day);</li>
 *   <li>October: 30,000 > 20,000, take it off (10,000 left), count 31 days: 54;</li>
 *   <li>September: 10,000 <= 15,000, so count 10,000 / 15,000 x 30 = 20 days: DSO 74.</li>
 * </ul>
 * When the balance outlasts the history (100,000 against 75,000 of sales), the DSO stops at the days of the whole
 * history (115) and says it is capped.
 */
class DsoTest {

    @ParameterizedTest(name = "{0} as of {1} over {2} -> {3} (capped {4})")
    @CsvSource({
            // balance, as-of,     sales by month back,        DSO,   capped
            "40000,     2026-11-23, 10000|20000|15000|30000,    74.0,  false",
            "0,         2026-11-23, 10000|20000|15000|30000,    0.0,   false",
            "-500,      2026-11-23, 10000|20000|15000|30000,    0.0,   false",
            "5000,      2026-11-23, 10000|20000|15000|30000,    11.5,  false",
            "10000,     2026-11-23, 10000|20000|15000|30000,    23.0,  false",
            "75000,     2026-11-23, 10000|20000|15000|30000,    115.0, false",
            "100000,    2026-11-23, 10000|20000|15000|30000,    115.0, true",
            "5000,      2026-11-23, 0|10000,                    38.5,  false",   // a month without sales counts whole
            "2000,      2028-03-10, 1000|2000,                  24.5,  false",   // February 2028 has 29 days
            "100,       2026-11-23, '',                         0.0,   true",    // no history at all
            "1000,      2026-11-30, 3000,                       10.0,  false"})  // 1/3 of 30 days
    void countback(String balance, LocalDate asOf, String sales, String days, boolean capped) {
        List<BigDecimal> months = sales.isBlank() ? List.of()
                : Arrays.stream(sales.split("\\|")).map(BigDecimal::new).toList();

        Dso dso = Dso.countback(new BigDecimal(balance), asOf, months);

        assertThat(dso.days()).isEqualByComparingTo(days);
        assertThat(dso.capped()).isEqualTo(capped);
    }
}
