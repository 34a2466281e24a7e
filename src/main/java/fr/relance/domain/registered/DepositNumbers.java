package fr.relance.domain.registered;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tracking numbers typed (or scanned) in the review of a batch, one per registered letter, before the deposit
 * list is printed: the controller sticks the pre-printed R1/R2 labels on the envelopes and enters their numbers. A
 * number may be left blank (it is then written by hand on the list and recorded later in the case file); a number
 * typed must be a valid one ({@link TrackingNumber}) and belongs to one letter only.
 */
public final class DepositNumbers {

    /** The same number typed for two letters of the batch. */
    public static final String DUPLICATE = "registered.tracking.duplicate";

    private DepositNumbers() {
    }

    /**
     * What is wrong with each number typed, by position: the message key of the first problem, empty when the number
     * is valid or blank. Of two equal numbers, the second one is the duplicate.
     */
    public static List<Optional<String>> problems(List<String> typed) {
        List<Optional<String>> problems = new ArrayList<>(typed.size());
        Map<String, Integer> seen = new HashMap<>();
        for (String number : typed) {
            String clean = TrackingNumber.normalise(number);
            if (clean.isEmpty()) {
                problems.add(Optional.empty());
                continue;
            }
            Optional<String> problem = TrackingNumber.problems(clean).stream().findFirst()
                    .map(fr.relance.domain.FieldProblem::messageKey);
            if (problem.isEmpty() && seen.putIfAbsent(clean, problems.size()) != null) {
                problem = Optional.of(DUPLICATE);
            }
            problems.add(problem);
        }
        return problems;
    }

    /** The number typed, or empty when blank; only for a number {@link #problems} found nothing wrong with. */
    public static Optional<TrackingNumber> parse(String typed) {
        return TrackingNumber.normalise(typed).isEmpty() ? Optional.empty() : Optional.of(TrackingNumber.parse(typed));
    }
}
