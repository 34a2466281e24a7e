package fr.relance.domain.dunning;

import fr.relance.domain.DebtorKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The limitation date of one invoice (domain reference, section 8).
 * <ul>
 *   <li>B2B: 5 years (Code de commerce L110-4); consumer: 2 years (Code de la consommation L218-2).</li>
 *   <li>The product starts both from the invoice due date: a claim payable at a term does not start to run before
 *       the term (Code civil 2233), and the due date is the closest the ledger holds to when the creditor knew the
 *       facts (B2B) or the service was completed (consumer). {@link #of} takes any start date.</li>
 *   <li>An acknowledgement of the debt by the debtor, even partial (a part payment, a signed payment plan, a
 *       written acknowledgement), interrupts the period: a fresh full period starts on that day (Code civil 2240,
 *       2231).</li>
 * </ul>
 * Counting (Code civil 2228, 2229): by days, the start day not counted, the period ends at the end of its last
 * day, so the limitation date is the start date plus the period and is the last day to act. A claim is time-barred
 * from the day after.
 *
 * @param restartedOn the acknowledgement the current period runs from; null when it runs from the start date
 */
public record LimitationPeriod(DebtorKind kind, LocalDate startDate, LocalDate restartedOn,
                               LocalDate limitationDate) {

    /** Code de commerce L110-4: obligations between traders. */
    public static final Period B2B = Period.ofYears(5);
    /** Code de la consommation L218-2: a professional's claim on a consumer for goods or services. */
    public static final Period CONSUMER = Period.ofYears(2);
    /** The product flags a claim in the worklist this long before its limitation date. */
    public static final Period WARNING_AHEAD = Period.ofMonths(6);

    public LimitationPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(limitationDate, "limitationDate");
    }

    /**
     * @param startDate        when the period starts to run; the product passes the invoice due date
     * @param acknowledgements days the debtor acknowledged the debt, in any order. Those on or before the start
     *                         date change nothing; those after the period ran out do not revive it (an
     *                         interruption needs a running period; waiving an acquired limitation, Code civil
     *                         2250, is a legal judgement the product leaves to a person)
     */
    public static LimitationPeriod of(DebtorKind kind, LocalDate startDate, List<LocalDate> acknowledgements) {
        Period period = periodFor(kind);
        LocalDate end = startDate.plus(period);
        LocalDate restartedOn = null;
        for (LocalDate ack : acknowledgements.stream().sorted().toList()) {
            if (ack.isAfter(startDate) && !ack.isAfter(end)) {
                restartedOn = ack;
                end = ack.plus(period);
            }
        }
        return new LimitationPeriod(kind, startDate, restartedOn, end);
    }

    /** The last day to act on the claim; see {@link #of}. */
    public static LocalDate limitationDate(DebtorKind kind, LocalDate startDate, List<LocalDate> acknowledgements) {
        return of(kind, startDate, acknowledgements).limitationDate();
    }

    public static Period periodFor(DebtorKind kind) {
        return kind == DebtorKind.B2B ? B2B : CONSUMER;
    }

    /** First day the worklist flags the claim: 6 months before its limitation date. */
    public static LocalDate warnFrom(LocalDate limitationDate) {
        return limitationDate.minus(WARNING_AHEAD);
    }

    public LocalDate warnFrom() {
        return warnFrom(limitationDate);
    }

    public LimitationStatus status(LocalDate asOf) {
        if (asOf.isAfter(limitationDate)) {
            return LimitationStatus.TIME_BARRED;
        }
        return asOf.isBefore(warnFrom()) ? LimitationStatus.OK : LimitationStatus.WARNING;
    }
}
