package fr.relance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Late-payment charges on one invoice (domain reference, section 3).
 * <ul>
 *   <li>B2B: ECB rate of the half-year + 10 points, from the day after the due date (Code de commerce L441-10),
 *       plus a fixed 40 EUR indemnity per late invoice (D441-5), not split after a part payment.</li>
 *   <li>Consumer: legal interest rate ("other creditors"), only from the day after the formal notice was first
 *       presented; no indemnity (CPCE L111-8).</li>
 *   <li>Insolvency proceedings: nothing runs from the opening judgment on (Code de commerce L622-28).</li>
 * </ul>
 * Day counting: the start day is not charged, the end day is. A payment received on day P is charged up to and
 * including P on the balance before it, and from P+1 on the balance after it. Slices split at half-year
 * boundaries and at balance changes; each slice is rounded half-up to the cent.
 */
public final class LatePenaltyCalculator {

    /**
     * Divisor of the annual rate, leap years included. The usual reading (UNSURE in the domain reference: some
     * calculators use 366 in leap years), kept as a named, tested choice.
     */
    public static final int DAYS_IN_YEAR = 365;

    /** Code de commerce D441-5: fixed recovery indemnity per late invoice, B2B only. */
    public static final BigDecimal RECOVERY_INDEMNITY = Money.of("40.00");

    private static final BigDecimal PERCENT_YEAR = BigDecimal.valueOf(100L * DAYS_IN_YEAR);

    private final RateTable rates;

    public LatePenaltyCalculator(RateTable rates) {
        this.rates = rates;
    }

    /**
     * @param amountInclVat       the invoice amount including VAT, the base before any payment
     * @param payments            money applied to this invoice, in any order
     * @param asOf                last day charged when the invoice is still unpaid
     * @param formalNoticeOn      day the formal notice was first presented; required for consumers, ignored for B2B
     * @throws MissingRateException when a charged half-year has no rate in the table
     */
    public LateCharges charges(DebtorKind kind, BigDecimal amountInclVat, LocalDate dueDate,
                               List<PartPayment> payments, LocalDate asOf, LocalDate formalNoticeOn) {
        return charges(kind, amountInclVat, dueDate, payments, asOf, formalNoticeOn, null);
    }

    /**
     * As {@link #charges(DebtorKind, BigDecimal, LocalDate, List, LocalDate, LocalDate)}, for a debtor that may be
     * in insolvency proceedings: the opening judgment stops penalties and interest (Code de commerce L622-28), so
     * nothing is charged from the opening day on, and the 40 EUR indemnity is due only if the invoice was already
     * late the day before the opening (domain reference, section 3).
     *
     * @param insolvencyOpenedOn date of the opening judgment; null when no proceedings are known
     */
    public LateCharges charges(DebtorKind kind, BigDecimal amountInclVat, LocalDate dueDate,
                               List<PartPayment> payments, LocalDate asOf, LocalDate formalNoticeOn,
                               LocalDate insolvencyOpenedOn) {
        LocalDate lastCharged = insolvencyOpenedOn == null
                ? asOf : min(asOf, lastChargedDayBeforeInsolvency(insolvencyOpenedOn));
        List<PartPayment> sorted = new ArrayList<>(payments);
        sorted.removeIf(p -> p.receivedOn().isAfter(lastCharged));
        sorted.sort(Comparator.comparing(PartPayment::receivedOn));

        boolean late = isLate(amountInclVat, dueDate, sorted, lastCharged);
        BigDecimal indemnity = kind == DebtorKind.B2B && late ? RECOVERY_INDEMNITY : Money.ZERO;

        LocalDate chargedFrom;
        if (kind == DebtorKind.B2B) {
            chargedFrom = dueDate.plusDays(1);
        } else {
            if (formalNoticeOn == null) {
                return new LateCharges(List.of(), indemnity);
            }
            chargedFrom = (formalNoticeOn.isAfter(dueDate) ? formalNoticeOn : dueDate).plusDays(1);
        }
        return new LateCharges(slices(kind, amountInclVat, chargedFrom, sorted, lastCharged), indemnity);
    }

    /**
     * Last day charged on a debtor in insolvency proceedings: the day before the opening judgment, which stops
     * interest from running (Code de commerce L622-28).
     */
    public static LocalDate lastChargedDayBeforeInsolvency(LocalDate insolvencyOpenedOn) {
        return insolvencyOpenedOn.minusDays(1);
    }

    private static boolean isLate(BigDecimal amount, LocalDate dueDate, List<PartPayment> sorted, LocalDate asOf) {
        if (!asOf.isAfter(dueDate)) {
            return false;
        }
        BigDecimal paidInTime = sorted.stream()
                .filter(p -> !p.receivedOn().isAfter(dueDate))
                .map(PartPayment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return paidInTime.compareTo(amount) < 0;
    }

    private List<PenaltySlice> slices(DebtorKind kind, BigDecimal amount, LocalDate chargedFrom,
                                      List<PartPayment> sorted, LocalDate asOf) {
        BigDecimal balance = amount;
        int next = 0;
        // Payments received before the first charged day reduce the base from the start.
        while (next < sorted.size() && sorted.get(next).receivedOn().isBefore(chargedFrom)) {
            balance = balance.subtract(sorted.get(next++).amount());
        }
        List<PenaltySlice> slices = new ArrayList<>();
        LocalDate day = chargedFrom;
        while (!day.isAfter(asOf) && balance.signum() > 0) {
            HalfYear halfYear = HalfYear.of(day);
            LocalDate end = min(asOf, halfYear.lastDay());
            if (next < sorted.size()) {
                end = min(end, sorted.get(next).receivedOn());
            }
            BigDecimal rate = rateFor(kind, halfYear);
            long days = ChronoUnit.DAYS.between(day, end) + 1;
            BigDecimal penalty = balance.multiply(rate).multiply(BigDecimal.valueOf(days))
                    .divide(PERCENT_YEAR, 2, RoundingMode.HALF_UP);
            slices.add(new PenaltySlice(day, end, days, rate, balance, penalty));
            while (next < sorted.size() && sorted.get(next).receivedOn().equals(end)) {
                balance = balance.subtract(sorted.get(next++).amount());
            }
            day = end.plusDays(1);
        }
        return slices;
    }

    private BigDecimal rateFor(DebtorKind kind, HalfYear halfYear) {
        HalfYearRates entry = rates.ratesFor(halfYear);
        return kind == DebtorKind.B2B ? entry.b2bPenaltyRate() : entry.legalRateOther();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
