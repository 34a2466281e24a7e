package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.DunningAction.EMAIL_REMINDER;
import static fr.relance.domain.dunning.DunningAction.FORMAL_NOTICE;
import static fr.relance.domain.dunning.DunningAction.REMINDER_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DunningPolicyTest {

    static final BigDecimal ZERO = BigDecimal.ZERO;

    @Test
    void shippedPoliciesAreValid() {
        assertThat(DefaultPolicies.b2b().validate()).isEmpty();
        assertThat(DefaultPolicies.consumer().validate()).isEmpty();
    }

    @Test
    void b2bPolicyFollowsTheUsualCalendar() {
        assertThat(DefaultPolicies.b2b().stepsInOrder())
                .extracting(DunningStep::offsetDays, DunningStep::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, EMAIL_REMINDER),
                        org.assertj.core.groups.Tuple.tuple(15, REMINDER_LETTER),
                        org.assertj.core.groups.Tuple.tuple(21, DunningAction.PHONE_CALL),
                        org.assertj.core.groups.Tuple.tuple(30, FORMAL_NOTICE),
                        org.assertj.core.groups.Tuple.tuple(60, DunningAction.AGENCY_PROPOSAL),
                        org.assertj.core.groups.Tuple.tuple(120, DunningAction.LEGAL_REVIEW));
        assertThat(DefaultPolicies.b2b().step(4)).get().extracting(DunningStep::deadlineDays).isEqualTo(8);
    }

    @Test
    void consumerPolicyUsesConsumerTemplatesAndFifteenDaysToPay() {
        DunningPolicy consumer = DefaultPolicies.consumer();
        assertThat(consumer.debtorKind()).isEqualTo(DebtorKind.CONSUMER);
        assertThat(consumer.steps()).allSatisfy(step ->
                assertThat(step.templateCode()).endsWith(DefaultPolicies.CONSUMER_SUFFIX));
        assertThat(consumer.steps()).filteredOn(DunningStep::isFormalNotice)
                .singleElement().satisfies(step -> {
                    assertThat(step.offsetDays()).isEqualTo(45);
                    assertThat(step.deadlineDays()).isEqualTo(15);
                });
        assertThat(DefaultPolicies.forKind(DebtorKind.CONSUMER)).isEqualTo(consumer);
    }

    static Stream<Arguments> badPolicies() {
        return Stream.of(
                Arguments.of("steps out of order by offset", policy(
                        step(1, 15, REMINDER_LETTER, ZERO, 0), step(2, 7, EMAIL_REMINDER, ZERO, 0)),
                        new FieldProblem("steps[1].offsetDays", "dunning.policy.stepsOutOfOrder")),
                Arguments.of("duplicate offsets", policy(
                        step(1, 7, EMAIL_REMINDER, ZERO, 0), step(2, 7, REMINDER_LETTER, ZERO, 0)),
                        new FieldProblem("steps[1].offsetDays", "dunning.step.duplicateOffset")),
                Arguments.of("duplicate positions", policy(
                        step(1, 7, EMAIL_REMINDER, ZERO, 0), step(1, 15, REMINDER_LETTER, ZERO, 0)),
                        new FieldProblem("steps[1].position", "dunning.step.duplicatePosition")),
                Arguments.of("negative minimum amount", policy(
                        step(1, 7, EMAIL_REMINDER, new BigDecimal("-1.00"), 0)),
                        new FieldProblem("steps[0].minAmount", "dunning.step.negativeMinAmount")),
                Arguments.of("negative gap", policy(step(1, 7, EMAIL_REMINDER, ZERO, -1)),
                        new FieldProblem("steps[0].minGapDays", "dunning.step.negativeGap")),
                Arguments.of("empty policy", policy(),
                        new FieldProblem("steps", "dunning.policy.empty")),
                Arguments.of("formal notice without a deadline", policy(step(1, 30, FORMAL_NOTICE, ZERO, 0)),
                        new FieldProblem("steps[0].deadlineDays", "dunning.step.deadlineRequired")),
                Arguments.of("missing action", policy(step(1, 7, null, ZERO, 0)),
                        new FieldProblem("steps[0].action", "validation.required")),
                Arguments.of("position zero", policy(step(0, 7, EMAIL_REMINDER, ZERO, 0)),
                        new FieldProblem("steps[0].position", "dunning.step.positionNotPositive")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPolicies")
    void badPolicyIsRefusedWithTheRuleItBreaks(String what, DunningPolicy policy, FieldProblem expected) {
        assertThat(policy.validate()).containsExactly(expected);
        assertThat(policy.isValid()).isFalse();
    }

    @Test
    void stepsListedInAnyOrderAreJudgedByPosition() {
        DunningPolicy policy = policy(step(2, 15, REMINDER_LETTER, ZERO, 0), step(1, 7, EMAIL_REMINDER, ZERO, 0));
        assertThat(policy.validate()).isEmpty();
        assertThat(policy.stepsInOrder()).extracting(DunningStep::position).containsExactly(1, 2);
    }

    @Test
    void aCourtesyReminderBeforeTheDueDateIsAllowed() {
        assertThat(policy(step(1, -5, EMAIL_REMINDER, ZERO, 0), step(2, 7, REMINDER_LETTER, ZERO, 0)).validate())
                .isEmpty();
    }

    @Test
    void blankNameIsRequired() {
        assertThat(new DunningPolicy(" ", DebtorKind.B2B, List.of(step(1, 7, EMAIL_REMINDER, ZERO, 0))).validate())
                .containsExactly(new FieldProblem("name", "validation.required"));
    }

    static DunningPolicy policy(DunningStep... steps) {
        return new DunningPolicy("Test", DebtorKind.B2B, List.of(steps));
    }

    static DunningStep step(int position, int offset, DunningAction action, BigDecimal minAmount, int gap) {
        return new DunningStep(position, offset, action, "T" + position, minAmount, gap);
    }
}
