package fr.relance.domain.agency;

import fr.relance.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report from the agency a case was handed over to (CPCE R124: the agency reports what it collects).
 *
 * @param id              null until stored
 * @param amountCollected what the debtor paid the agency since its previous report (gross, before its fee)
 * @param feeInvoiced     what the agency charges for it
 * @param eventId         its AGENCY_REPORT timeline event, null until stored
 * @param reversed        the event was reversed: the report no longer counts
 */
public record AgencyReport(Long id, LocalDate reportedOn, AgencyReportStatus status, BigDecimal amountCollected,
                           BigDecimal feeInvoiced, String note, String recordedBy, Long eventId, boolean reversed) {

    public static final String BEFORE_HANDOVER = "agencyReport.beforeHandover";
    public static final String IN_FUTURE = "agencyReport.inFuture";
    public static final String AMOUNT_INVALID = "agencyReport.amountInvalid";
    public static final String AMOUNT_REQUIRED = "agencyReport.amountRequired";
    public static final String MORE_THAN_OWED = "agencyReport.moreThanOwed";

    /**
     * @param handedOverOn the handover's date: a report cannot come before it
     * @param stillOwed    what the debtor still owed at the handover less what the agency already collected
     */
    public List<FieldProblem> validate(LocalDate handedOverOn, BigDecimal stillOwed, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reportedOn == null) {
            problems.add(new FieldProblem("reportedOn", "validation.required"));
        } else if (reportedOn.isBefore(handedOverOn)) {
            problems.add(new FieldProblem("reportedOn", BEFORE_HANDOVER));
        } else if (reportedOn.isAfter(asOf)) {
            problems.add(new FieldProblem("reportedOn", IN_FUTURE));
        }
        if (status == null) {
            problems.add(new FieldProblem("status", "validation.required"));
        }
        boolean collectedOk = amountOk(amountCollected);
        if (!collectedOk) {
            problems.add(new FieldProblem("amountCollected", AMOUNT_INVALID));
        } else if (status != null && status.collects() && amountCollected.signum() == 0) {
            problems.add(new FieldProblem("amountCollected", AMOUNT_REQUIRED));
        } else if (stillOwed != null && amountCollected.compareTo(stillOwed) > 0) {
            problems.add(new FieldProblem("amountCollected", MORE_THAN_OWED));
        }
        if (!amountOk(feeInvoiced)) {
            problems.add(new FieldProblem("feeInvoiced", AMOUNT_INVALID));
        }
        if (note != null && note.length() > 1000) {
            problems.add(new FieldProblem("note", AgencyRules.TOO_LONG));
        }
        return problems;
    }

    private static boolean amountOk(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2
                && value.precision() - value.scale() <= 13;
    }
}
