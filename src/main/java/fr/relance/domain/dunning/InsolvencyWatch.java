package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.LatePenaltyCalculator;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A debtor in insolvency proceedings (procédure collective: sauvegarde, redressement or liquidation judiciaire),
 * marked from the BODACC notice (domain reference, sections 3 and 7).
 * <ul>
 *   <li>Dunning stops: the opening judgment forbids creditors to pursue payment of earlier debts
 *       (Code de commerce L622-21).</li>
 *   <li>No new late penalties and no 40 EUR indemnity once proceedings have opened: the opening judgment stops
 *       interest from running (L622-28); see {@link #penaltiesStopOn} and
 *       {@link LatePenaltyCalculator#charges(fr.relance.domain.DebtorKind, java.math.BigDecimal, LocalDate, List,
 *       LocalDate, LocalDate, LocalDate)}.</li>
 *   <li>The claim must be declared within 2 months of the BODACC publication (L622-24, R622-24). UNSURE, not
 *       applied: creditors living outside metropolitan France get 2 more months (R622-24), and a deadline falling
 *       on a weekend or public holiday moves to the next working day (Code de procédure civile 642).</li>
 * </ul>
 *
 * @param openedOn     date of the opening judgment, printed in the BODACC notice
 * @param publishedOn  date of the BODACC publication, which starts the claim-filing period
 * @param claimFiledOn day the claim was declared; null while it is not
 */
public record InsolvencyWatch(LocalDate openedOn, LocalDate publishedOn, LocalDate claimFiledOn) {

    /** Code de commerce R622-24: two months from the BODACC publication. */
    public static final Period CLAIM_FILING_PERIOD = Period.ofMonths(2);

    public static final String PUBLISHED_BEFORE_OPENING = "insolvency.publishedBeforeOpening";
    public static final String PUBLISHED_IN_FUTURE = "insolvency.publishedInFuture";
    public static final String FILED_BEFORE_PUBLICATION = "insolvency.filedBeforePublication";

    public InsolvencyWatch {
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(publishedOn, "publishedOn");
    }

    /** A watch from the BODACC notice, claim not yet filed. */
    public static InsolvencyWatch opened(LocalDate openedOn, LocalDate publishedOn) {
        return new InsolvencyWatch(openedOn, publishedOn, null);
    }

    /**
     * Last day late penalties run on the debtor's invoices: the day before the opening judgment (L622-28). An
     * invoice not late by then carries no 40 EUR indemnity either.
     */
    public static LocalDate penaltiesStopOn(LocalDate openedOn) {
        return LatePenaltyCalculator.lastChargedDayBeforeInsolvency(openedOn);
    }

    public LocalDate penaltiesStopOn() {
        return penaltiesStopOn(openedOn);
    }

    /** Last day to declare the claim: the publication date plus two months (R622-24). */
    public LocalDate claimFilingDeadline() {
        return publishedOn.plus(CLAIM_FILING_PERIOD);
    }

    public InsolvencyWatch claimFiled(LocalDate on) {
        return new InsolvencyWatch(openedOn, publishedOn, Objects.requireNonNull(on, "on"));
    }

    public ClaimFilingStatus status(LocalDate asOf) {
        if (claimFiledOn != null && !claimFiledOn.isAfter(asOf)) {
            return ClaimFilingStatus.FILED;
        }
        return asOf.isAfter(claimFilingDeadline()) ? ClaimFilingStatus.OVERDUE : ClaimFilingStatus.TO_FILE;
    }

    /** Whether reminders and formal notices are forbidden on {@code asOf} (L622-21): from the opening judgment. */
    public boolean stopsDunning(LocalDate asOf) {
        return !asOf.isBefore(openedOn);
    }

    /** Problems that prevent saving the watch on {@code asOf}; empty when it can be saved. */
    public List<FieldProblem> validate(LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (publishedOn.isBefore(openedOn)) {
            problems.add(new FieldProblem("publishedOn", PUBLISHED_BEFORE_OPENING));
        }
        if (publishedOn.isAfter(asOf)) {
            problems.add(new FieldProblem("publishedOn", PUBLISHED_IN_FUTURE));
        }
        if (claimFiledOn != null && claimFiledOn.isBefore(publishedOn)) {
            problems.add(new FieldProblem("claimFiledOn", FILED_BEFORE_PUBLICATION));
        }
        return problems;
    }
}
