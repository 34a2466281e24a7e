package fr.relance.domain.privacy;

import fr.relance.domain.InvalidInputException;
import java.time.LocalDate;

/**
 * How long a closed case's data is kept after the case closed, in whole years, before the personal-data purge
 * may delete it.
 *
 * <p>Default 10 years: a closed case's timeline, letters and documents are the evidence of collection efforts
 * behind a provision or a VAT write-off (domain reference §9), and accounting documents are kept 10 years (Code de
 * commerce L123-22; CNIL framework on unpaid debts, domain reference §11). The minimum is 5 years, the limitation
 * period of a B2B claim (Code de commerce L110-4): a case purged earlier could lose the evidence of a claim that
 * can still be disputed. The maximum of 30 years stops a typing slip from keeping data forever.
 */
public record RetentionPeriod(int years) {

    public static final int DEFAULT_YEARS = 10;
    public static final int MIN_YEARS = 5;
    public static final int MAX_YEARS = 30;
    public static final RetentionPeriod DEFAULT = new RetentionPeriod(DEFAULT_YEARS);

    public RetentionPeriod {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new InvalidInputException("retentionYears", "privacy.retention.outOfRange");
        }
    }

    /**
     * The period typed by the user, in whole years.
     *
     * @throws InvalidInputException when it is not a whole number between {@link #MIN_YEARS} and {@link #MAX_YEARS}
     */
    public static RetentionPeriod parse(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (!cleaned.matches("\\d{1,3}")) {
            throw new InvalidInputException("retentionYears", "privacy.retention.notANumber");
        }
        return new RetentionPeriod(Integer.parseInt(cleaned));
    }

    /** Cases closed strictly before this day are past retention on {@code asOf}. */
    public LocalDate closedBefore(LocalDate asOf) {
        return asOf.minusYears(years);
    }
}
