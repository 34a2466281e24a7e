package fr.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.Money;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.LastAction;
import fr.relance.domain.dunning.PolicyDefinition;
import fr.relance.domain.dunning.StepDefinition;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.store.Database;
import fr.relance.store.DunningJournal;
import fr.relance.store.DunningPolicyRepository;
import fr.relance.store.DunningStateRepository;
import fr.relance.store.LedgerWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worklist after a policy is edited in Paramètres: it follows the new steps, and a debtor part-way through a
 * policy whose steps moved is neither sent the same step twice nor skipped past an escalation.
 */
class PolicyEditingWorklistTest {

    static final LocalDate DUE = WorklistServiceTest.DUE;
    static final long DURAND = WorklistServiceTest.DURAND;
    static final long MARTIN = WorklistServiceTest.MARTIN;

    @TempDir
    Path dir;
    Database database;
    WorklistService service;
    DunningPolicyRepository policies;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(WorklistServiceTest.ledger(), (done, total) -> { },
                () -> false);
        service = new WorklistService(database, "claire");
        policies = new DunningPolicyRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    Optional<WorklistItem> itemOf(long debtorId, LocalDate asOf) {
        return service.worklist(asOf).stream().filter(i -> i.debtorId() == debtorId)
                .filter(i -> i.kind() == WorklistKind.DUNNING_STEP).findFirst();
    }

    LastAction lastActionOf(long debtorId, LocalDate asOf) {
        return new DunningStateRepository(database).statesAsOf(asOf).stream().filter(s -> s.debtorId() == debtorId)
                .findFirst().orElseThrow().lastAction();
    }

    PolicyDefinition b2b() {
        return policies.stored().stream().filter(p -> p.name().equals("B2B")).findFirst().orElseThrow().definition();
    }

    /** Executes the step due on D+days, which must be {@code action}. */
    void execute(int days, DunningAction action) {
        LocalDate day = DUE.plusDays(days);
        WorklistItem item = itemOf(DURAND, day).orElseThrow(() -> new AssertionError("nothing due on D+" + days));
        assertThat(item.action()).isEqualTo(action);
        if (item.isCall()) {
            // A call step is logged with what came of it, not executed in one click.
            assertThat(service.logCall(item, day, fr.relance.domain.dunning.CallOutcome.REACHED, "Appel fait",
                    null, null, null)).isPositive();
        } else {
            assertThat(service.execute(item, day, "claire")).isPresent();
        }
    }

    static StepDefinition withOffset(StepDefinition step, int offset) {
        return new StepDefinition(step.id(), offset, step.action(), step.templateCode(), step.minAmount(),
                step.minGapDays(), step.deadlineDays());
    }

    @Test
    void theWorklistFollowsTheEditedPolicy() {
        assertThat(itemOf(MARTIN, DUE.plusDays(3))).isEmpty();
        List<StepDefinition> steps = new ArrayList<>(b2b().steps());
        steps.set(0, withOffset(steps.get(0), 3));
        steps.set(1, new StepDefinition(steps.get(1).id(), 10, DunningAction.PHONE_CALL, "PHONE_CALL",
                Money.of("0"), 5, 0));
        steps.remove(2);
        policies.save(b2b().withSteps(steps));

        WorklistItem first = itemOf(MARTIN, DUE.plusDays(3)).orElseThrow();
        assertThat(first.action()).isEqualTo(DunningAction.EMAIL_REMINDER);
        assertThat(first.stepPosition()).isEqualTo(1);
        service.execute(first, DUE.plusDays(3), "claire");
        assertThat(itemOf(MARTIN, DUE.plusDays(9))).isEmpty();
        WorklistItem second = itemOf(MARTIN, DUE.plusDays(10)).orElseThrow();
        assertThat(second.action()).isEqualTo(DunningAction.PHONE_CALL);
        assertThat(second.stepPosition()).isEqualTo(2);
        service.logCall(second, DUE.plusDays(10), fr.relance.domain.dunning.CallOutcome.REACHED, "Appel fait", null,
                null, null);
        assertThat(itemOf(MARTIN, DUE.plusDays(21))).as("the call at D+21 is gone").isEmpty();
        assertThat(itemOf(MARTIN, DUE.plusDays(30)).orElseThrow().action()).isEqualTo(DunningAction.FORMAL_NOTICE);
    }

    @Test
    void aStepInsertedBeforeTheLastActionDoesNotBringThatActionBack() {
        execute(7, DunningAction.EMAIL_REMINDER);
        execute(15, DunningAction.REMINDER_LETTER);
        assertThat(lastActionOf(DURAND, DUE.plusDays(16))).isEqualTo(new LastAction(2, DUE.plusDays(15)));

        // A call at D+10 slides in between: the letter (position 2 when sent) is position 3 now.
        List<StepDefinition> steps = new ArrayList<>(b2b().steps());
        steps.add(1, new StepDefinition(null, 10, DunningAction.PHONE_CALL, "PHONE_CALL", Money.of("0"), 0, 0));
        policies.save(b2b().withSteps(steps));

        assertThat(lastActionOf(DURAND, DUE.plusDays(16))).isEqualTo(new LastAction(3, DUE.plusDays(15)));
        assertThat(itemOf(DURAND, DUE.plusDays(16))).as("the letter is not proposed again").isEmpty();
        WorklistItem next = itemOf(DURAND, DUE.plusDays(21)).orElseThrow();
        assertThat(next.action()).isEqualTo(DunningAction.PHONE_CALL);
        assertThat(next.stepPosition()).isEqualTo(4);
        assertThat(service.logCall(next, DUE.plusDays(21), fr.relance.domain.dunning.CallOutcome.REACHED,
                "Appel fait", null, null, null)).isPositive();
        assertThat(itemOf(DURAND, DUE.plusDays(30)).orElseThrow().action()).isEqualTo(DunningAction.FORMAL_NOTICE);
    }

    @Test
    void theExecutedStepMovedOrRetimedIsStillTheLastAction() {
        execute(7, DunningAction.EMAIL_REMINDER);
        execute(15, DunningAction.REMINDER_LETTER);
        // The letter now goes out at D+25, after the call (moved down).
        List<StepDefinition> steps = new ArrayList<>(b2b().steps());
        StepDefinition letter = steps.remove(1);
        steps.add(2, withOffset(letter, 25));
        policies.save(b2b().withSteps(steps));

        assertThat(lastActionOf(DURAND, DUE.plusDays(26))).isEqualTo(new LastAction(3, DUE.plusDays(15)));
        assertThat(itemOf(DURAND, DUE.plusDays(26))).as("no second letter, and the call passed by").isEmpty();
        assertThat(itemOf(DURAND, DUE.plusDays(30)).orElseThrow().action()).isEqualTo(DunningAction.FORMAL_NOTICE);
    }

    @Test
    void aDeletedStepLeavesTheDebtorWhereItsOffsetAndActionPutIt() {
        execute(7, DunningAction.EMAIL_REMINDER);
        execute(15, DunningAction.REMINDER_LETTER);
        List<StepDefinition> steps = new ArrayList<>(b2b().steps());
        steps.remove(1);
        policies.save(b2b().withSteps(steps));

        assertThat(lastActionOf(DURAND, DUE.plusDays(21))).isEqualTo(new LastAction(1, DUE.plusDays(15)));
        WorklistItem next = itemOf(DURAND, DUE.plusDays(21)).orElseThrow();
        assertThat(next.action()).isEqualTo(DunningAction.PHONE_CALL);
        assertThat(next.stepPosition()).isEqualTo(2);
        // The decision itself is history: it still says what was done then.
        assertThat(database.dsl().fetch("SELECT action, step_position, step_offset_days FROM worklist_decision "
                + "WHERE as_of = DATE '2026-09-16'").formatCSV(false))
                .isEqualToIgnoringNewLines("REMINDER_LETTER,2,15");
    }

    @Test
    void aDebtorGivenAnotherPolicyIsNotSentASecondFormalNotice() {
        execute(7, DunningAction.EMAIL_REMINDER);
        execute(15, DunningAction.REMINDER_LETTER);
        execute(21, DunningAction.PHONE_CALL);
        execute(30, DunningAction.FORMAL_NOTICE);
        long consumer = policies.idOf("CONSUMER").orElseThrow();
        policies.assign(DURAND, consumer);

        // The consumer policy sends its notice at D+45: one was sent at D+30 already.
        assertThat(lastActionOf(DURAND, DUE.plusDays(46))).isEqualTo(new LastAction(4, DUE.plusDays(30)));
        assertThat(itemOf(DURAND, DUE.plusDays(46))).isEmpty();
        WorklistItem next = itemOf(DURAND, DUE.plusDays(90)).orElseThrow();
        assertThat(next.action()).isEqualTo(DunningAction.AGENCY_PROPOSAL);
        assertThat(next.templateCode()).isEqualTo("AGENCY_PROPOSAL_CONSUMER");
    }

    @Test
    void aLineComputedBeforeThePolicyChangedIsRefusedAndNothingIsWritten() {
        WorklistItem stale = itemOf(DURAND, DUE.plusDays(7)).orElseThrow();
        List<StepDefinition> steps = new ArrayList<>(b2b().steps());
        steps.set(0, new StepDefinition(steps.get(0).id(), 7, DunningAction.PHONE_CALL, "PHONE_CALL",
                Money.of("0"), 0, 0));
        policies.save(b2b().withSteps(steps));
        int decisions = database.dsl().fetchCount(fr.relance.store.jooq.Tables.WORKLIST_DECISION);
        int events = database.dsl().fetchCount(fr.relance.store.jooq.Tables.CASE_EVENT);

        assertThatThrownBy(() -> service.execute(stale, DUE.plusDays(7), "claire"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .containsExactly(new FieldProblem("stepPosition", DunningJournal.POLICY_CHANGED)));
        assertThatThrownBy(() -> service.skip(stale, DUE.plusDays(7), "déjà appelé"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(database.dsl().fetchCount(fr.relance.store.jooq.Tables.WORKLIST_DECISION)).isEqualTo(decisions);
        assertThat(database.dsl().fetchCount(fr.relance.store.jooq.Tables.CASE_EVENT)).isEqualTo(events);
        assertThat(itemOf(DURAND, DUE.plusDays(7)).orElseThrow().action()).isEqualTo(DunningAction.PHONE_CALL);
    }
}
