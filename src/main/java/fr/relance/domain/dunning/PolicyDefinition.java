package fr.relance.domain.dunning;

import fr.relance.domain.DebtorKind;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A dunning policy as Paramètres edits it and the store keeps it: the steps in order (their position is their
 * rank in the list, from 1), whether it is the default of its kind of debtor, and the payment deadline a formal
 * notice gives by default. {@link PolicyRules#validate} says what keeps it from being saved.
 *
 * @param id                 the stored policy; null for one not saved yet
 * @param noticeDeadlineDays the days to pay a new formal-notice step starts with (8 or 15 in general)
 */
public record PolicyDefinition(Long id, String name, DebtorKind debtorKind, boolean defaultForKind,
                               int noticeDeadlineDays, List<StepDefinition> steps) {

    public PolicyDefinition {
        name = name == null ? "" : name.strip();
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The policy the worklist follows: the same steps, numbered 1, 2, 3... in list order. */
    public DunningPolicy toPolicy() {
        return new DunningPolicy(name, debtorKind,
                IntStream.range(0, steps.size()).mapToObj(i -> steps.get(i).toStep(i + 1)).toList());
    }

    /** A new policy with the same steps under another name, not the default of its kind. */
    public PolicyDefinition copyNamed(String copyName) {
        return new PolicyDefinition(null, copyName, debtorKind, false, noticeDeadlineDays,
                steps.stream().map(StepDefinition::withoutId).toList());
    }

    public PolicyDefinition withName(String value) {
        return new PolicyDefinition(id, value, debtorKind, defaultForKind, noticeDeadlineDays, steps);
    }

    public PolicyDefinition withDefaultForKind(boolean value) {
        return new PolicyDefinition(id, name, debtorKind, value, noticeDeadlineDays, steps);
    }

    public PolicyDefinition withSteps(List<StepDefinition> value) {
        return new PolicyDefinition(id, name, debtorKind, defaultForKind, noticeDeadlineDays, value);
    }
}
