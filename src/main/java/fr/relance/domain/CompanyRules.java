package fr.relance.domain;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.validator.routines.EmailValidator;

/** What makes a creditor identity printable on a legal letter. */
public final class CompanyRules {

    private CompanyRules() {
    }

    public static List<FieldProblem> validate(Company company) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(company.legalName())) {
            problems.add(new FieldProblem("legalName", "validation.required"));
        }
        if (!isBlank(company.siren()) && !Siren.isValidSiren(company.siren())) {
            problems.add(new FieldProblem("siren", "validation.siren"));
        }
        if (!isBlank(company.siret())) {
            if (!Siren.isValidSiret(company.siret())) {
                problems.add(new FieldProblem("siret", "validation.siret"));
            } else if (!isBlank(company.siren())
                    && !Siren.normalize(company.siret()).startsWith(Siren.normalize(company.siren()))) {
                problems.add(new FieldProblem("siret", "validation.siret.siren"));
            }
        }
        if (!isBlank(company.iban()) && !Iban.isValid(company.iban())) {
            problems.add(new FieldProblem("iban", "validation.iban"));
        }
        if (!isBlank(company.bic()) && !company.bic().strip().toUpperCase().matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            problems.add(new FieldProblem("bic", "validation.bic"));
        }
        if (!isBlank(company.postcode()) && !company.postcode().strip().matches("\\d{5}")) {
            problems.add(new FieldProblem("postcode", "validation.postcode"));
        }
        if (!isBlank(company.email()) && !EmailValidator.getInstance().isValid(company.email().strip())) {
            problems.add(new FieldProblem("email", "validation.email"));
        }
        return problems;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
