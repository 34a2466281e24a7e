package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The claim declared to the court-appointed representative (mandataire judiciaire) once insolvency proceedings
 * have opened against the debtor (Code de commerce L622-24): within 2 months of the BODACC publication
 * ({@link InsolvencyWatch#claimFilingDeadline()}).
 *
 * @param declaredOn     the day the declaration was sent
 * @param amount         the amount declared (principal and what the law lets the creditor add by the opening
 *                       judgment)
 * @param representative the name of the mandataire judiciaire (or liquidator) the declaration was sent to
 * @param note           free text (reference of the proceedings, how it was sent); may be null
 */
public record ClaimDeclaration(LocalDate declaredOn, BigDecimal amount, String representative, String note) {

    public static final String DATE_REQUIRED = "insolvency.claim.dateRequired";
    public static final String DATE_IN_FUTURE = "insolvency.claim.dateInFuture";
    public static final String AMOUNT_POSITIVE = "insolvency.claim.amountPositive";
    public static final String REPRESENTATIVE_REQUIRED = "insolvency.claim.representativeRequired";
    public static final String NOT_IN_PROCEEDINGS = "insolvency.claim.noProceedings";
    public static final String ALREADY_DECLARED = "insolvency.claim.alreadyDeclared";

    public ClaimDeclaration {
        representative = representative == null ? null : representative.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * Problems with a declaration recorded on {@code asOf}; empty when it can be saved.
     *
     * @param publishedOn the BODACC publication of the proceedings (the judgment date when it is not known); null
     *                    when the debtor is not marked as in proceedings
     */
    public List<FieldProblem> validate(LocalDate asOf, LocalDate publishedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (publishedOn == null) {
            problems.add(new FieldProblem("debtor", NOT_IN_PROCEEDINGS));
        }
        if (declaredOn == null) {
            problems.add(new FieldProblem("declaredOn", DATE_REQUIRED));
        } else if (declaredOn.isAfter(asOf)) {
            problems.add(new FieldProblem("declaredOn", DATE_IN_FUTURE));
        } else if (publishedOn != null && declaredOn.isBefore(publishedOn)) {
            problems.add(new FieldProblem("declaredOn", InsolvencyWatch.FILED_BEFORE_PUBLICATION));
        }
        if (amount == null || amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", AMOUNT_POSITIVE));
        }
        if (representative == null || representative.isBlank()) {
            problems.add(new FieldProblem("representative", REPRESENTATIVE_REQUIRED));
        }
        return problems;
    }
}
