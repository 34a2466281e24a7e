package fr.relance.domain.agency;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.Siren;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.validator.routines.EmailValidator;

/** What an agency of the directory needs before it is saved. */
public final class AgencyRules {

    public static final String FEE_REQUIRED = "agency.fee.required";
    public static final String PERCENT_INVALID = "agency.percent.invalid";
    public static final String AMOUNT_INVALID = "agency.amount.invalid";
    public static final String SIGNED_AFTER_TODAY = "agency.signedOn.future";
    public static final String TOO_LONG = "agency.tooLong";

    private AgencyRules() {
    }

    public static List<FieldProblem> validate(CollectionAgency agency, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(agency.name())) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        length(problems, "name", agency.name(), 200);
        // NF Z10-011: 38 characters per address line, as for the debtors and the creditor.
        length(problems, "street", agency.street(), 38);
        length(problems, "addressExtra", agency.addressExtra(), 38);
        length(problems, "city", agency.city(), 38);
        length(problems, "contactName", agency.contactName(), 100);
        length(problems, "phone", agency.phone(), 30);
        length(problems, "insuranceReference", agency.insuranceReference(), 100);
        if (!isBlank(agency.siren()) && !Siren.isValidSiren(agency.siren())) {
            problems.add(new FieldProblem("siren", "validation.siren"));
        }
        if (!isBlank(agency.postcode()) && !agency.postcode().strip().matches("\\d{5}")) {
            problems.add(new FieldProblem("postcode", "validation.postcode"));
        }
        if (!isBlank(agency.email()) && !EmailValidator.getInstance().isValid(agency.email().strip())) {
            problems.add(new FieldProblem("email", "validation.email"));
        }
        BigDecimal percent = agency.commissionPercent();
        if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 4)) {
            problems.add(new FieldProblem("commissionPercent", PERCENT_INVALID));
        }
        amount(problems, "fixedFee", agency.fixedFee());
        amount(problems, "minimumClaim", agency.minimumClaim());
        boolean noPercent = percent == null || percent.signum() == 0;
        boolean noFixed = agency.fixedFee() == null || agency.fixedFee().signum() == 0;
        if (noPercent && noFixed) {
            // An agency works for a commission, a fixed fee, or both: a directory entry without one hides the cost.
            problems.add(new FieldProblem("commissionPercent", FEE_REQUIRED));
        }
        if (agency.agreementSignedOn() != null && agency.agreementSignedOn().isAfter(asOf)) {
            problems.add(new FieldProblem("agreementSignedOn", SIGNED_AFTER_TODAY));
        }
        return problems;
    }

    private static void amount(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 2
                || value.precision() - value.scale() > 13)) {
            problems.add(new FieldProblem(field, AMOUNT_INVALID));
        }
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, TOO_LONG));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
