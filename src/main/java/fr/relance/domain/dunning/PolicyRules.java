package fr.relance.domain.dunning;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What keeps a policy from being saved, deleted or given to a debtor, as message keys on the offending field
 * ("name", "defaultForKind", "steps[2].offsetDays", ...). The store checks them again inside its transaction.
 */
public final class PolicyRules {

    public static final int NAME_MAX_LENGTH = 100;
    /** A courtesy reminder more than three months before the due date would not read as one. */
    public static final int OFFSET_MIN = -90;
    /** Five years: the B2B limitation period (Code de commerce L110-4); a later step could never be useful. */
    public static final int OFFSET_MAX = 1825;
    /** The deadline a formal notice gives is commonly 8 or 15 days (domain reference, section 5). */
    public static final int DEADLINE_MAX = 90;

    private PolicyRules() {
    }

    /**
     * @param stored the policies saved so far (with {@code edited} itself when it is one of them)
     */
    public static List<FieldProblem> validate(PolicyDefinition edited, Collection<StoredPolicy> stored) {
        List<FieldProblem> problems = new ArrayList<>(edited.toPolicy().validate());
        if (edited.name().length() > NAME_MAX_LENGTH) {
            problems.add(new FieldProblem("name", "dunning.policy.nameTooLong"));
        }
        String key = nameKey(edited.name());
        boolean taken = stored.stream().anyMatch(other -> !other.definition().id().equals(edited.id())
                && nameKey(other.name()).equals(key));
        if (!edited.name().isEmpty() && taken) {
            problems.add(new FieldProblem("name", "dunning.policy.nameTaken"));
        }
        if (edited.noticeDeadlineDays() < 1 || edited.noticeDeadlineDays() > DEADLINE_MAX) {
            problems.add(new FieldProblem("noticeDeadlineDays", "dunning.policy.noticeDeadlineRange"));
        }
        for (int i = 0; i < edited.steps().size(); i++) {
            StepDefinition step = edited.steps().get(i);
            if (step.offsetDays() < OFFSET_MIN || step.offsetDays() > OFFSET_MAX) {
                problems.add(new FieldProblem("steps[" + i + "].offsetDays", "dunning.step.offsetOutOfRange"));
            }
            if (step.deadlineDays() > DEADLINE_MAX) {
                problems.add(new FieldProblem("steps[" + i + "].deadlineDays", "dunning.step.deadlineTooLong"));
            }
            if (step.minAmount().stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem("steps[" + i + "].minAmount", "dunning.step.minAmountCents"));
            }
        }
        Optional<StoredPolicy> before = edited.id() == null ? Optional.empty()
                : stored.stream().filter(p -> p.id() == edited.id()).findFirst();
        if (edited.id() != null && before.isEmpty()) {
            problems.add(new FieldProblem("name", "dunning.policy.notFound"));
        }
        before.ifPresent(saved -> {
            PolicyDefinition was = saved.definition();
            // Each kind of debtor keeps a default: it changes by making another policy the default.
            if (was.defaultForKind() && !edited.defaultForKind()) {
                problems.add(new FieldProblem("defaultForKind", "dunning.policy.defaultRequired"));
            }
            if (was.debtorKind() != edited.debtorKind() && edited.debtorKind() != null
                    && (was.defaultForKind() || saved.assignedDebtors() > 0)) {
                problems.add(new FieldProblem("debtorKind", "dunning.policy.kindLocked"));
            }
        });
        return problems;
    }

    /** A policy is deleted only when no debtor is given it and it is not the default of its kind. */
    public static List<FieldProblem> deleteProblems(StoredPolicy policy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (policy.definition().defaultForKind()) {
            problems.add(new FieldProblem("defaultForKind", "dunning.policy.deleteDefault"));
        }
        if (policy.assignedDebtors() > 0) {
            problems.add(new FieldProblem("assignedDebtors", "dunning.policy.deleteAssigned"));
        }
        return problems;
    }

    /**
     * A consumer may not be charged collection costs (CPCE L111-8): the B2B policies' letters claim the 40 EUR
     * indemnity and penalties, so a consumer never follows one. A professional may follow a consumer policy.
     */
    public static List<FieldProblem> assignmentProblems(DebtorKind debtorKind, DebtorKind policyKind) {
        if (debtorKind == DebtorKind.CONSUMER && policyKind == DebtorKind.B2B) {
            return List.of(new FieldProblem("policyId", "dunning.policy.b2bForConsumer"));
        }
        return List.of();
    }

    /** Names compare without case or surrounding spaces: "B2B" and "b2b " would be confused in a list. */
    private static String nameKey(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
