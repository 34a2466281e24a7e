package fr.relance.domain;

import java.util.List;

/**
 * Input refused by a domain rule before anything is written; the problems are message keys the UI translates.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    /** Throws when there is anything to refuse. */
    public static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
