package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.Money;
import fr.relance.domain.dunning.DefaultPolicies;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.PolicyDefinition;
import fr.relance.domain.dunning.StepDefinition;
import fr.relance.domain.dunning.StoredPolicy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies edited in Paramètres: saved whole or not at all, steps keeping their identity, defaults and usage. */
class PolicyEditingRepositoryTest {

    static final long DURAND = 1;   // B2B
    static final long PETIT = 2;    // consumer

    @TempDir
    Path dir;
    Database database;
    DunningPolicyRepository repository;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(RepositoriesTest.smallLedger(), (done, total) -> { },
                () -> false);
        repository = new DunningPolicyRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    StoredPolicy named(String name) {
        return repository.stored().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Everything a save could change, to show a refused save changed nothing. */
    String snapshot() {
        return database.dsl().fetch("SELECT * FROM dunning_policy ORDER BY id").formatCSV()
                + database.dsl().fetch("SELECT * FROM dunning_step ORDER BY id").formatCSV()
                + database.dsl().fetch("SELECT id, policy_id FROM debtor ORDER BY id").formatCSV();
    }

    void refused(ThrowingCallable call, String... keys) {
        String before = snapshot();
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::messageKey)
                        .contains(keys));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theShippedPoliciesAreListedDefaultFirstWithTheirUsage() {
        List<StoredPolicy> policies = repository.stored();
        assertThat(policies).extracting(StoredPolicy::name).containsExactly("B2B", "CONSUMER");
        StoredPolicy b2b = policies.get(0);
        assertThat(b2b.definition().defaultForKind()).isTrue();
        assertThat(b2b.definition().noticeDeadlineDays()).isEqualTo(8);
        assertThat(b2b.definition().toPolicy()).isEqualTo(DefaultPolicies.b2b());
        assertThat(b2b.definition().steps()).allSatisfy(step -> assertThat(step.id()).isNotNull());
        assertThat(b2b.assignedDebtors()).isZero();
        assertThat(b2b.followingDebtors()).isEqualTo(1);
        assertThat(policies.get(1).definition().noticeDeadlineDays()).isEqualTo(15);
        assertThat(policies.get(1).followingDebtors()).isEqualTo(1);
        assertThat(repository.templateCodes()).contains("FIRST_REMINDER", "FORMAL_NOTICE",
                "FORMAL_NOTICE_CONSUMER", "LEGAL_REVIEW").doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aCopyIsSavedThenEditedStepsKeepingTheirIdentity() {
        PolicyDefinition b2b = named("B2B").definition();
        long id = repository.save(b2b.copyNamed("Copie de B2B"));
        StoredPolicy copy = named("Copie de B2B");
        assertThat(copy.id()).isEqualTo(id);
        assertThat(copy.definition().defaultForKind()).isFalse();
        assertThat(copy.definition().toPolicy().steps()).isEqualTo(DefaultPolicies.b2b().steps());
        assertThat(copy.definition().steps()).extracting(StepDefinition::id)
                .doesNotContainAnyElementsOf(b2b.steps().stream().map(StepDefinition::id).toList());

        // Insert a courtesy reminder first, drop the legal review, move the call before the letter.
        List<StepDefinition> steps = new ArrayList<>(copy.definition().steps());
        StepDefinition email = steps.get(0);
        StepDefinition letter = steps.get(1);
        StepDefinition call = steps.get(2);
        steps.remove(5);
        steps.set(1, new StepDefinition(call.id(), 12, call.action(), call.templateCode(), call.minAmount(),
                call.minGapDays(), 0));
        steps.set(2, letter);
        steps.add(0, new StepDefinition(null, -3, DunningAction.EMAIL_REMINDER, "FIRST_REMINDER", Money.of("0"), 0,
                0));
        repository.save(copy.definition().withName("Relance courtoise").withSteps(steps));

        PolicyDefinition saved = named("Relance courtoise").definition();
        assertThat(saved.id()).isEqualTo(id);
        assertThat(saved.steps()).extracting(StepDefinition::id).containsExactly(saved.steps().get(0).id(),
                email.id(), call.id(), letter.id(), steps.get(4).id(), steps.get(5).id());
        assertThat(saved.steps()).extracting(StepDefinition::offsetDays).containsExactly(-3, 7, 12, 15, 30, 60);
        assertThat(repository.all().byId().get(id).stepsInOrder()).extracting(s -> s.position())
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(repository.idOf("Copie de B2B")).isEmpty();
    }

    @Test
    void aRefusedSaveWritesNothing() {
        PolicyDefinition b2b = named("B2B").definition();
        List<StepDefinition> steps = new ArrayList<>(b2b.steps());
        StepDefinition letter = steps.get(1);
        steps.set(1, new StepDefinition(letter.id(), 7, letter.action(), letter.templateCode(), letter.minAmount(),
                letter.minGapDays(), 0));
        refused(() -> repository.save(b2b.withSteps(steps)), "dunning.step.duplicateOffset");

        steps.set(1, new StepDefinition(letter.id(), 3, letter.action(), letter.templateCode(), letter.minAmount(),
                letter.minGapDays(), 0));
        refused(() -> repository.save(b2b.withName("Nouveau nom").withSteps(steps)),
                "dunning.policy.stepsOutOfOrder");
        refused(() -> repository.save(b2b.withSteps(List.of())), "dunning.policy.empty");
        refused(() -> repository.save(b2b.withName(" ")), "validation.required");
        refused(() -> repository.save(b2b.copyNamed("consumer")), "dunning.policy.nameTaken");
        refused(() -> repository.save(b2b.withDefaultForKind(false)), "dunning.policy.defaultRequired");
        StepDefinition notice = b2b.steps().get(3);
        List<StepDefinition> noDeadline = new ArrayList<>(b2b.steps());
        noDeadline.set(3, new StepDefinition(notice.id(), 30, DunningAction.FORMAL_NOTICE, "FORMAL_NOTICE",
                new BigDecimal("-5"), -1, 0));
        refused(() -> repository.save(b2b.withSteps(noDeadline)), "dunning.step.deadlineRequired",
                "dunning.step.negativeMinAmount", "dunning.step.negativeGap");
    }

    @Test
    void aStepOfAnotherPolicyIsNotTakenOver() {
        PolicyDefinition consumer = named("CONSUMER").definition();
        long copy = repository.save(named("B2B").definition().copyNamed("Copie"));
        PolicyDefinition stolen = named("Copie").definition().withSteps(List.of(consumer.steps().get(0)));
        String before = snapshot();
        assertThatThrownBy(() -> repository.save(stolen)).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidInputException.class);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(repository.stored(copy)).isPresent();
    }

    @Test
    void makingAPolicyTheDefaultTakesTheFlagFromThePreviousOne() {
        long id = repository.save(named("B2B").definition().copyNamed("Stricte"));
        assertThat(named("Stricte").followingDebtors()).isZero();
        repository.makeDefault(id);

        assertThat(named("Stricte").definition().defaultForKind()).isTrue();
        assertThat(named("Stricte").followingDebtors()).isEqualTo(1);
        assertThat(named("B2B").definition().defaultForKind()).isFalse();
        assertThat(named("CONSUMER").definition().defaultForKind()).isTrue();
        assertThat(repository.all().defaultIds()).containsEntry(DebtorKind.B2B, id);
        assertThat(repository.stored()).extracting(StoredPolicy::name).containsExactly("Stricte", "B2B", "CONSUMER");
        // The database itself keeps one default per kind.
        assertThatThrownBy(() -> database.dsl().execute("UPDATE dunning_policy SET is_default = TRUE"))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void renameKeepsStepsAndRefusesATakenName() {
        long id = repository.save(named("B2B").definition().copyNamed("Stricte"));
        List<Long> steps = named("Stricte").definition().steps().stream().map(StepDefinition::id).toList();
        repository.rename(id, "  Très stricte ");
        assertThat(repository.stored(id).orElseThrow().name()).isEqualTo("Très stricte");
        assertThat(repository.stored(id).orElseThrow().definition().steps()).extracting(StepDefinition::id)
                .isEqualTo(steps);
        refused(() -> repository.rename(id, "b2b"), "dunning.policy.nameTaken");
    }

    @Test
    void deleteIsRefusedWhileDebtorsHaveThePolicyOrWhenItIsADefault() {
        long b2b = named("B2B").id();
        refused(() -> repository.delete(b2b), "dunning.policy.deleteDefault");
        long id = repository.save(named("B2B").definition().copyNamed("Stricte"));
        repository.assign(DURAND, id);
        assertThat(named("Stricte").assignedDebtors()).isEqualTo(1);
        assertThat(named("B2B").followingDebtors()).isZero();
        refused(() -> repository.delete(id), "dunning.policy.deleteAssigned");

        repository.assign(DURAND, null);
        repository.delete(id);
        assertThat(repository.idOf("Stricte")).isEmpty();
        assertThat(database.dsl().fetchCount(database.dsl().selectFrom(fr.relance.store.jooq.Tables.DUNNING_STEP)
                .where(fr.relance.store.jooq.Tables.DUNNING_STEP.POLICY_ID.eq(id)))).isZero();
        refused(() -> repository.delete(id), "dunning.policy.notFound");
    }

    @Test
    void assignRefusesAnUnknownPolicyAndABusinessPolicyForAConsumer() {
        refused(() -> repository.assign(DURAND, 999L), "dunning.policy.notFound");
        refused(() -> repository.assign(PETIT, named("B2B").id()), "dunning.policy.b2bForConsumer");
        assertThatThrownBy(() -> repository.assign(999, null)).isInstanceOf(IllegalArgumentException.class);

        repository.assign(DURAND, named("CONSUMER").id());
        assertThat(named("CONSUMER").assignedDebtors()).isEqualTo(1);
        assertThat(named("CONSUMER").followingDebtors()).isEqualTo(2);
        // While a debtor has it, the policy keeps its kind.
        PolicyDefinition consumer = named("CONSUMER").definition();
        refused(() -> repository.save(new PolicyDefinition(consumer.id(), "Pro", DebtorKind.B2B, false, 8,
                consumer.steps())), "dunning.policy.kindLocked");
    }
}
