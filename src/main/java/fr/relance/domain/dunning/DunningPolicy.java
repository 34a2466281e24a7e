package fr.relance.domain.dunning;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered list of dunning steps for one kind of debtor (dunning_policy with its dunning_step rows).
 * Build it freely and call {@link #validate()} before saving or using it: the rules below assume a valid policy.
 */
public record DunningPolicy(String name, DebtorKind debtorKind, List<DunningStep> steps) {

    public DunningPolicy {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The steps by position. */
    public List<DunningStep> stepsInOrder() {
        return steps.stream().sorted(Comparator.comparingInt(DunningStep::position)).toList();
    }

    public Optional<DunningStep> step(int position) {
        return steps.stream().filter(s -> s.position() == position).findFirst();
    }

    /**
     * What keeps the policy from being used, as message keys. Field names point at the step by its index in
     * {@link #steps()}: "steps[2].offsetDays".
     */
    public List<FieldProblem> validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (debtorKind == null) {
            problems.add(new FieldProblem("debtorKind", "validation.required"));
        }
        if (steps.isEmpty()) {
            problems.add(new FieldProblem("steps", "dunning.policy.empty"));
            return problems;
        }
        Set<Integer> positions = new HashSet<>();
        Set<Integer> offsets = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            DunningStep step = steps.get(i);
            String field = "steps[" + i + "].";
            if (step.position() < 1) {
                problems.add(new FieldProblem(field + "position", "dunning.step.positionNotPositive"));
            }
            if (!positions.add(step.position())) {
                problems.add(new FieldProblem(field + "position", "dunning.step.duplicatePosition"));
            }
            if (!offsets.add(step.offsetDays())) {
                problems.add(new FieldProblem(field + "offsetDays", "dunning.step.duplicateOffset"));
            }
            if (step.action() == null) {
                problems.add(new FieldProblem(field + "action", "validation.required"));
            }
            if (step.minAmount().signum() < 0) {
                problems.add(new FieldProblem(field + "minAmount", "dunning.step.negativeMinAmount"));
            }
            if (step.minGapDays() < 0) {
                problems.add(new FieldProblem(field + "minGapDays", "dunning.step.negativeGap"));
            }
            if (step.isFormalNotice() && step.deadlineDays() <= 0) {
                problems.add(new FieldProblem(field + "deadlineDays", "dunning.step.deadlineRequired"));
            }
            if (!step.isFormalNotice() && step.deadlineDays() != 0) {
                problems.add(new FieldProblem(field + "deadlineDays", "dunning.step.deadlineOnlyForFormalNotice"));
            }
        }
        // A later position must come later after the due date, or "the highest step reached" means nothing.
        List<DunningStep> ordered = stepsInOrder();
        for (int i = 1; i < ordered.size(); i++) {
            DunningStep previous = ordered.get(i - 1);
            DunningStep step = ordered.get(i);
            if (step.position() != previous.position() && step.offsetDays() < previous.offsetDays()) {
                problems.add(new FieldProblem("steps[" + steps.indexOf(step) + "].offsetDays",
                        "dunning.policy.stepsOutOfOrder"));
            }
        }
        return problems;
    }

    public boolean isValid() {
        return validate().isEmpty();
    }
}
