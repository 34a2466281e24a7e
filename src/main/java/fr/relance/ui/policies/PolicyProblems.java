package fr.relance.ui.policies;

import fr.relance.domain.FieldProblem;
import fr.relance.text.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Where the problems of a policy show: a step's under its row and column ("steps[2].offsetDays"), the policy's
 * own under its field, and all of them as sentences naming the step and the column, for the list under the table.
 */
final class PolicyProblems {

    private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)]\\.(\\w+)");

    private final Messages messages;
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObservableList<String> sentences = FXCollections.observableArrayList();

    PolicyProblems(Messages messages) {
        this.messages = messages;
    }

    void show(List<FieldProblem> found, List<StepRow> steps) {
        fieldErrors.clear();
        steps.forEach(row -> row.errors().clear());
        sentences.clear();
        for (FieldProblem problem : found) {
            String message = messages.get(problem.messageKey());
            Matcher step = STEP_FIELD.matcher(problem.field());
            if (step.matches() && Integer.parseInt(step.group(1)) < steps.size()) {
                int index = Integer.parseInt(step.group(1));
                steps.get(index).errors().putIfAbsent(step.group(2), message);
                sentences.add(messages.get("policies.error.step", index + 1,
                        messages.get("policies.column." + step.group(2)), message));
            } else {
                fieldErrors.putIfAbsent(problem.field(), message);
                String label = "policies.field." + problem.field();
                sentences.add(messages.has(label)
                        ? messages.get("policies.error.field", messages.get(label), message) : message);
            }
        }
    }

    ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    ObservableList<String> sentences() {
        return sentences;
    }
}
