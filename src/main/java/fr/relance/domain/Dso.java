package fr.relance.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Days sales outstanding by the countback method: how many days of the latest sales the balance represents.
 *
 * @param days   rounded to a tenth of a day
 * @param capped true when the sales history ran out before the balance did: the real DSO is at least {@code days}
 */
public record Dso(BigDecimal days, boolean capped) {

    public static final Dso ZERO = new Dso(BigDecimal.ZERO.setScale(1), false);

    /**
     * Walks back from the as-of month: while what is left of the balance exceeds a month's sales, it takes those
     * sales off and counts the whole month; then it counts the fraction of the month the rest represents.
     *
     * @param salesByMonthsBack index 0 is the as-of month up to the as-of day (it counts {@code asOf} day-of-month
     *                          days), index 1 the calendar month before, and so on; the list is the history
     *                          available
     */
    public static Dso countback(BigDecimal balance, LocalDate asOf, List<BigDecimal> salesByMonthsBack) {
        if (balance.signum() <= 0) {
            return ZERO;
        }
        BigDecimal remaining = balance;
        BigDecimal days = BigDecimal.ZERO;
        YearMonth asOfMonth = YearMonth.from(asOf);
        for (int back = 0; back < salesByMonthsBack.size(); back++) {
            BigDecimal sales = salesByMonthsBack.get(back);
            int monthDays = back == 0 ? asOf.getDayOfMonth() : asOfMonth.minusMonths(back).lengthOfMonth();
            if (remaining.compareTo(sales) > 0) {
                remaining = remaining.subtract(sales);
                days = days.add(BigDecimal.valueOf(monthDays));
            } else {
                BigDecimal fraction = remaining.divide(sales, MathContext.DECIMAL64);
                days = days.add(fraction.multiply(BigDecimal.valueOf(monthDays)));
                return new Dso(days.setScale(1, RoundingMode.HALF_UP), false);
            }
        }
        return new Dso(days.setScale(1, RoundingMode.HALF_UP), true);
    }

    /** Whole days, as the aging list shows them. */
    public long wholeDays() {
        return days.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
