package fr.relance.domain.agency;

import java.util.List;

/**
 * One next step proposed after the agency, with the sentence that says why (a message key and its arguments).
 *
 * @param court       for an order for payment, the court and its Cerfa form; null otherwise
 * @param recommended the step proposed first; the others are alternatives
 */
public record NextStep(NextStepKind kind, Court court, String reasonKey, List<Object> reasonArgs,
                       boolean recommended) {

    public NextStep {
        reasonArgs = List.copyOf(reasonArgs);
    }
}
