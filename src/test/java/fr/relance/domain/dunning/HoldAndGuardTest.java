package fr.relance.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoldAndGuardTest {

    static final LocalDate D = LocalDate.of(2026, 3, 2);

    @Test
    void holdEndingBeforeItStartsIsRefused() {
        assertThat(new Hold(D, D.minusDays(1), "Litige en cours").validate())
                .containsExactly(new FieldProblem("until", "hold.untilBeforeFrom"));
    }

    @Test
    void holdNeedsAReasonAndAnEndDate() {
        assertThat(new Hold(D, D.plusDays(10), "  ").validate())
                .containsExactly(new FieldProblem("reason", "hold.reasonRequired"));
        assertThat(new Hold(D, null, "Waiting for the credit note").validate())
                .containsExactly(new FieldProblem("until", "validation.required"));
        assertThat(new Hold(D, D, "One day").validate()).isEmpty();
        assertThat(new Hold(null, D, "Only the end is known").validate()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"-1, false", "0, true", "5, true", "10, true", "11, false"})
    void holdIsActiveFromItsFirstToItsLastDayIncluded(int day, boolean active) {
        assertThat(new Hold(D, D.plusDays(10), "reason").isActive(D.plusDays(day))).isEqualTo(active);
    }

    @Test
    void holdWithoutStartIsActiveUpToItsEnd() {
        assertThat(new Hold(null, D, "reason").isActive(D.minusYears(1))).isTrue();
        assertThat(new Hold(null, D, "reason").isActive(D.plusDays(1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "1, FORMAL_NOTICE, 4, 0, true",     // the same click twice
            "2, FORMAL_NOTICE, 4, 0, false",    // another debtor
            "1, FORMAL_NOTICE, 4, 1, false",    // another day
            "1, AGENCY_PROPOSAL, 5, 0, false",  // the next step
            "1, FORMAL_NOTICE, 5, 0, false"})   // another step position
    void sameDebtorStepAndDayIsADuplicate(long debtor, DunningAction action, int step, int day, boolean duplicate) {
        ExecutedAction last = new ExecutedAction(1, DunningAction.FORMAL_NOTICE, 4, D);
        ExecutedAction request = new ExecutedAction(debtor, action, step, D.plusDays(day));
        assertThat(ExecutionGuard.isDuplicate(last, request)).isEqualTo(duplicate);
        assertThat(ExecutionGuard.toRecord(last, request)).isEqualTo(
                duplicate ? java.util.Optional.empty() : java.util.Optional.of(request));
    }

    @Test
    void executingTheSameActionTwiceInARowRecordsOneEvent() {
        List<ExecutedAction> timeline = new ArrayList<>();
        ExecutedAction notice = new ExecutedAction(1, DunningAction.FORMAL_NOTICE, 4, D);
        for (int click = 0; click < 2; click++) {
            ExecutedAction last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
            ExecutionGuard.toRecord(last, notice).ifPresent(timeline::add);
        }
        assertThat(timeline).containsExactly(notice);
        assertThat(ExecutionGuard.isDuplicate(null, notice)).isFalse();
    }
}
