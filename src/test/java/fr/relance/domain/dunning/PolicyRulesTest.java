package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.DunningAction.EMAIL_REMINDER;
import static fr.relance.domain.dunning.DunningAction.FORMAL_NOTICE;
import static fr.relance.domain.dunning.DunningAction.PHONE_CALL;
import static fr.relance.domain.dunning.DunningAction.REMINDER_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What keeps a policy edited in Paramètres from being saved, deleted or given to a debtor. */
class PolicyRulesTest {

    /** The shipped B2B policy as stored: id 1, default, followed by 40 debtors, 3 of them assigned to it. */
    static final StoredPolicy B2B = stored(1L, DefaultPolicies.b2b(), true, 8, 3, 40);
    static final StoredPolicy CONSUMER = stored(2L, DefaultPolicies.consumer(), true, 15, 0, 12);
    static final StoredPolicy QUICK = stored(3L, new DunningPolicy("Rapide", DebtorKind.B2B, List.of(
            new DunningStep(1, 3, EMAIL_REMINDER, "FIRST_REMINDER", Money.of("0"), 0))), false, 8, 0, 0);
    static final List<StoredPolicy> STORED = List.of(B2B, CONSUMER, QUICK);

    static StoredPolicy stored(long id, DunningPolicy policy, boolean isDefault, int deadline, int assigned,
                               int following) {
        long[] stepId = {id * 100};
        List<StepDefinition> steps = policy.stepsInOrder().stream().map(StepDefinition::of)
                .map(s -> new StepDefinition(++stepId[0], s.offsetDays(), s.action(), s.templateCode(),
                        s.minAmount(), s.minGapDays(), s.deadlineDays()))
                .toList();
        return new StoredPolicy(new PolicyDefinition(id, policy.name(), policy.debtorKind(), isDefault, deadline,
                steps), assigned, following);
    }

    /** The quick policy edited: its steps replaced, one change applied. */
    static PolicyDefinition edited(UnaryOperator<PolicyDefinition> change, StepDefinition... steps) {
        return change.apply(QUICK.definition().withSteps(List.of(steps)));
    }

    static StepDefinition step(int offset, DunningAction action) {
        return new StepDefinition(null, offset, action, "T", BigDecimal.ZERO, 0, action == FORMAL_NOTICE ? 8 : 0);
    }

    static StepDefinition step(int offset, DunningAction action, String minAmount, int gap, int deadline) {
        return new StepDefinition(null, offset, action, "T", new BigDecimal(minAmount), gap, deadline);
    }

    static Stream<Arguments> refusedEdits() {
        UnaryOperator<PolicyDefinition> same = p -> p;
        return Stream.of(
                Arguments.of("steps out of order", edited(same, step(15, REMINDER_LETTER), step(7, EMAIL_REMINDER)),
                        new FieldProblem("steps[1].offsetDays", "dunning.policy.stepsOutOfOrder")),
                Arguments.of("duplicate offsets", edited(same, step(7, EMAIL_REMINDER), step(7, REMINDER_LETTER)),
                        new FieldProblem("steps[1].offsetDays", "dunning.step.duplicateOffset")),
                Arguments.of("empty name", edited(p -> p.withName("  "), step(7, EMAIL_REMINDER)),
                        new FieldProblem("name", "validation.required")),
                Arguments.of("another policy's name", edited(p -> p.withName("b2b "), step(7, EMAIL_REMINDER)),
                        new FieldProblem("name", "dunning.policy.nameTaken")),
                Arguments.of("name too long", edited(p -> p.withName("x".repeat(101)), step(7, EMAIL_REMINDER)),
                        new FieldProblem("name", "dunning.policy.nameTooLong")),
                Arguments.of("negative amount", edited(same, step(7, EMAIL_REMINDER, "-1", 0, 0)),
                        new FieldProblem("steps[0].minAmount", "dunning.step.negativeMinAmount")),
                Arguments.of("amount below the cent", edited(same, step(7, EMAIL_REMINDER, "10.005", 0, 0)),
                        new FieldProblem("steps[0].minAmount", "dunning.step.minAmountCents")),
                Arguments.of("negative gap", edited(same, step(7, EMAIL_REMINDER, "0", -2, 0)),
                        new FieldProblem("steps[0].minGapDays", "dunning.step.negativeGap")),
                Arguments.of("formal notice without deadline", edited(same, step(30, FORMAL_NOTICE, "0", 0, 0)),
                        new FieldProblem("steps[0].deadlineDays", "dunning.step.deadlineRequired")),
                Arguments.of("formal notice deadline of a year", edited(same, step(30, FORMAL_NOTICE, "0", 0, 365)),
                        new FieldProblem("steps[0].deadlineDays", "dunning.step.deadlineTooLong")),
                Arguments.of("deadline on a call", edited(same, step(21, PHONE_CALL, "0", 0, 8)),
                        new FieldProblem("steps[0].deadlineDays", "dunning.step.deadlineOnlyForFormalNotice")),
                Arguments.of("no step at all", edited(same),
                        new FieldProblem("steps", "dunning.policy.empty")),
                Arguments.of("no action", edited(same, step(7, EMAIL_REMINDER), new StepDefinition(null, 9, null,
                                null, BigDecimal.ZERO, 0, 0)),
                        new FieldProblem("steps[1].action", "validation.required")),
                Arguments.of("offset past the limitation period", edited(same, step(2000, EMAIL_REMINDER)),
                        new FieldProblem("steps[0].offsetDays", "dunning.step.offsetOutOfRange")),
                Arguments.of("offset half a year before the due date", edited(same, step(-180, EMAIL_REMINDER)),
                        new FieldProblem("steps[0].offsetDays", "dunning.step.offsetOutOfRange")),
                Arguments.of("no notice deadline", edited(p -> new PolicyDefinition(p.id(), p.name(),
                                p.debtorKind(), false, 0, p.steps()), step(7, EMAIL_REMINDER)),
                        new FieldProblem("noticeDeadlineDays", "dunning.policy.noticeDeadlineRange")),
                Arguments.of("the default no longer default", B2B.definition().withDefaultForKind(false),
                        new FieldProblem("defaultForKind", "dunning.policy.defaultRequired")),
                Arguments.of("the default changes kind", new PolicyDefinition(1L, "B2B", DebtorKind.CONSUMER, true,
                                8, B2B.definition().steps()),
                        new FieldProblem("debtorKind", "dunning.policy.kindLocked")),
                Arguments.of("a policy deleted meanwhile", new PolicyDefinition(99L, "Fantôme", DebtorKind.B2B,
                                false, 8, List.of(step(7, EMAIL_REMINDER))),
                        new FieldProblem("name", "dunning.policy.notFound")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEdits")
    void refusesWithTheProblemOnTheOffendingField(String what, PolicyDefinition policy, FieldProblem expected) {
        assertThat(PolicyRules.validate(policy, STORED)).contains(expected);
    }

    @Test
    void theShippedPoliciesAndTheirCopiesAreAccepted() {
        assertThat(PolicyRules.validate(B2B.definition(), STORED)).isEmpty();
        assertThat(PolicyRules.validate(CONSUMER.definition(), STORED)).isEmpty();
        PolicyDefinition copy = B2B.definition().copyNamed("Copie de B2B");
        assertThat(copy.id()).isNull();
        assertThat(copy.defaultForKind()).isFalse();
        assertThat(copy.steps()).allSatisfy(s -> assertThat(s.id()).isNull());
        assertThat(copy.toPolicy().steps()).isEqualTo(DefaultPolicies.b2b().steps());
        assertThat(PolicyRules.validate(copy, STORED)).isEmpty();
        // A policy keeps its own name; a case change of it is no clash.
        assertThat(PolicyRules.validate(QUICK.definition().withName("RAPIDE"), STORED)).isEmpty();
    }

    @Test
    void positionsFollowTheListOrder() {
        PolicyDefinition policy = edited(p -> p, step(-3, EMAIL_REMINDER), step(10, REMINDER_LETTER),
                step(30, FORMAL_NOTICE));
        assertThat(policy.toPolicy().steps()).extracting(DunningStep::position, DunningStep::offsetDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, -3), org.assertj.core.groups.Tuple.tuple(2, 10),
                        org.assertj.core.groups.Tuple.tuple(3, 30));
        assertThat(PolicyRules.validate(policy, STORED)).isEmpty();
    }

    @Test
    void anyPolicyMayBecomeTheDefaultAndANonDefaultUnusedOneMayChangeKind() {
        assertThat(PolicyRules.validate(QUICK.definition().withDefaultForKind(true), STORED)).isEmpty();
        PolicyDefinition consumerNow = new PolicyDefinition(3L, "Rapide", DebtorKind.CONSUMER, false, 15,
                QUICK.definition().steps());
        assertThat(PolicyRules.validate(consumerNow, STORED)).isEmpty();
        List<StoredPolicy> assigned = new ArrayList<>(STORED);
        assigned.set(2, new StoredPolicy(QUICK.definition(), 2, 2));
        assertThat(PolicyRules.validate(consumerNow, assigned))
                .containsExactly(new FieldProblem("debtorKind", "dunning.policy.kindLocked"));
    }

    @Test
    void aPolicyIsDeletedOnlyWhenNoDebtorHasItAndItIsNoDefault() {
        assertThat(PolicyRules.deleteProblems(QUICK)).isEmpty();
        assertThat(PolicyRules.deleteProblems(CONSUMER)).extracting(FieldProblem::messageKey)
                .containsExactly("dunning.policy.deleteDefault");
        assertThat(PolicyRules.deleteProblems(B2B)).extracting(FieldProblem::messageKey)
                .containsExactly("dunning.policy.deleteDefault", "dunning.policy.deleteAssigned");
        assertThat(PolicyRules.deleteProblems(new StoredPolicy(QUICK.definition(), 1, 1)))
                .extracting(FieldProblem::messageKey).containsExactly("dunning.policy.deleteAssigned");
    }

    @Test
    void aConsumerNeverFollowsABusinessPolicy() {
        assertThat(PolicyRules.assignmentProblems(DebtorKind.CONSUMER, DebtorKind.B2B))
                .containsExactly(new FieldProblem("policyId", "dunning.policy.b2bForConsumer"));
        assertThat(PolicyRules.assignmentProblems(DebtorKind.B2B, DebtorKind.CONSUMER)).isEmpty();
        assertThat(PolicyRules.assignmentProblems(DebtorKind.CONSUMER, DebtorKind.CONSUMER)).isEmpty();
        assertThat(PolicyRules.assignmentProblems(DebtorKind.B2B, DebtorKind.B2B)).isEmpty();
    }
}
