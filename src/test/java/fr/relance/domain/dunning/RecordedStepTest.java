package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.DunningAction.AGENCY_PROPOSAL;
import static fr.relance.domain.dunning.DunningAction.EMAIL_REMINDER;
import static fr.relance.domain.dunning.DunningAction.FORMAL_NOTICE;
import static fr.relance.domain.dunning.DunningAction.PHONE_CALL;
import static fr.relance.domain.dunning.DunningAction.REMINDER_LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a debtor stands in a policy edited (or changed) after its last step was recorded. */
class RecordedStepTest {

    static final LocalDate ON = LocalDate.of(2026, 10, 1);
    static final DunningPolicy B2B = DefaultPolicies.b2b();
    static final DunningPolicy CONSUMER = DefaultPolicies.consumer();
    /** The B2B policy without its letter: e-mail 7, call 21, formal notice 30, agency 60, legal 120. */
    static final DunningPolicy WITHOUT_LETTER = new DunningPolicy("Sans lettre", DebtorKind.B2B, List.of(
            step(1, 7, EMAIL_REMINDER), step(2, 21, PHONE_CALL), step(3, 30, FORMAL_NOTICE),
            step(4, 60, AGENCY_PROPOSAL)));
    /** A call early, a second call late after the formal notice. */
    static final DunningPolicy LATE_CALL = new DunningPolicy("Appel tardif", DebtorKind.B2B, List.of(
            step(1, 7, EMAIL_REMINDER), step(2, 15, REMINDER_LETTER), step(3, 30, FORMAL_NOTICE),
            step(4, 45, PHONE_CALL)));

    static DunningStep step(int position, int offset, DunningAction action) {
        return new DunningStep(position, offset, action, "T", BigDecimal.ZERO, 0,
                action == FORMAL_NOTICE ? 8 : 0);
    }

    static Stream<Arguments> placements() {
        return Stream.of(
                // The step is still in the policy (by identity): its position today, whatever its offset now.
                Arguments.of("still there, moved to 3", B2B, new RecordedStep(2, 15, REMINDER_LETTER, ON),
                        OptionalInt.of(3), 3),
                Arguments.of("still there, offset edited", B2B, new RecordedStep(2, 15, REMINDER_LETTER, ON),
                        OptionalInt.of(2), 2),
                // Deleted: the steps up to the letter's offset and the milder ones are done, the call comes next.
                Arguments.of("the letter deleted", WITHOUT_LETTER, new RecordedStep(2, 15, REMINDER_LETTER, ON),
                        OptionalInt.empty(), 1),
                // Another policy: its formal notice comes later, but one was sent: no second one.
                Arguments.of("formal notice, then the consumer policy", CONSUMER,
                        new RecordedStep(4, 30, FORMAL_NOTICE, ON), OptionalInt.empty(), 4),
                Arguments.of("e-mail, then the consumer policy", CONSUMER,
                        new RecordedStep(1, 7, EMAIL_REMINDER, ON), OptionalInt.empty(), 1),
                // A call done at D+21 does not jump over a formal notice to reach a later call.
                Arguments.of("call, then a policy calling after the notice", LATE_CALL,
                        new RecordedStep(3, 21, PHONE_CALL, ON), OptionalInt.empty(), 2),
                Arguments.of("agency, then a policy without agency", LATE_CALL,
                        new RecordedStep(5, 60, AGENCY_PROPOSAL, ON), OptionalInt.empty(), 4),
                Arguments.of("an e-mail sent earlier than the policy sends it", CONSUMER,
                        new RecordedStep(1, 3, EMAIL_REMINDER, ON), OptionalInt.empty(), 1),
                Arguments.of("a courtesy reminder before the due date", B2B,
                        new RecordedStep(1, -5, PHONE_CALL, ON), OptionalInt.empty(), 0),
                // Decisions that named no stored step keep their recorded position.
                Arguments.of("no stored step named", B2B, new RecordedStep(3, null, PHONE_CALL, ON),
                        OptionalInt.empty(), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placements")
    void placesTheLastActionInThePolicyAsItIsToday(String what, DunningPolicy policy, RecordedStep recorded,
                                                   OptionalInt stillThere, int expectedPosition) {
        assertThat(recorded.placeIn(policy, stillThere)).isEqualTo(new LastAction(expectedPosition, ON));
    }
}
