package fr.relance.domain;

/**
 * A rule a field breaks, named by a message key the UI translates ("company.siren.invalid") so the domain
 * stays free of resource bundles.
 */
public record FieldProblem(String field, String messageKey) {
}
