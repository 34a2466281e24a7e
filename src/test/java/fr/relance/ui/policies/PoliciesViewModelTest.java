package fr.relance.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.StepDefinition;
import fr.relance.domain.dunning.StoredPolicy;
import fr.relance.store.Database;
import fr.relance.store.DunningPolicyRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy editor of Paramètres against a real data file, work run on the test's thread: no window. */
class PoliciesViewModelTest {

    @TempDir
    Path dir;
    Database database;
    DunningPolicyRepository repository;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Messages messages = new Messages(Locale.FRANCE);
    PoliciesViewModel model;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(1, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(2, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(3, "C0003", "M. Paul Petit", DebtorKind.CONSUMER, null, null, lyon, "fr"));
        new LedgerWriter(database).writeIntoEmptyFile(new LedgerWriter.Ledger(null, debtors, List.of(), List.of(),
                List.of(), List.of()), (done, total) -> { }, () -> false);
        repository = new DunningPolicyRepository(database);
        model = new PoliciesViewModel(repository, BackgroundTasks.sameThread(), dialogs, messages);
        model.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    PolicyEditor editor() {
        return model.editor();
    }

    StepRow row(int index) {
        return editor().steps().get(index);
    }

    StoredPolicy stored(String name) {
        return repository.stored().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    StoredPolicy listed(String name) {
        return model.policies().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void opensTheFirstPolicyWithItsStepsAndUsage() {
        assertThat(model.policies()).extracting(StoredPolicy::name).containsExactly("B2B", "CONSUMER");
        assertThat(model.policies()).extracting(StoredPolicy::followingDebtors).containsExactly(2, 1);
        assertThat(model.currentProperty().get().name()).isEqualTo("B2B");
        assertThat(editor().nameProperty().get()).isEqualTo("B2B");
        assertThat(editor().noticeDeadlineProperty().get()).isEqualTo("8");
        assertThat(editor().steps()).extracting(r -> r.positionProperty().get()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(row(2).minAmountProperty().get()).isEqualTo("150");
        assertThat(row(3).deadlineProperty().get()).isEqualTo("8");
        assertThat(row(0).deadlineProperty().get()).isEmpty();
        assertThat(model.templateCodes()).contains("FIRST_REMINDER", "FORMAL_NOTICE_CONSUMER");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.isStoredDefault()).isTrue();
        assertThat(model.isKindLocked()).isTrue();
    }

    @Test
    void anEditMakesTheBufferDirtyAndRevertPutsItBack() {
        row(1).offsetProperty().set("16");
        assertThat(model.dirtyProperty().get()).isTrue();
        row(1).offsetProperty().set("15");
        assertThat(model.dirtyProperty().get()).as("back as loaded").isFalse();
        editor().nameProperty().set("B2B standard");
        model.revert();
        assertThat(editor().nameProperty().get()).isEqualTo("B2B");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void duplicateOffsetsAreRefusedOnTheRowThenFixedAndSaved() {
        row(1).offsetProperty().set("7");
        assertThat(model.save()).isFalse();
        assertThat(row(1).errors()).containsKey("offsetDays");
        assertThat(row(0).errors()).isEmpty();
        assertThat(model.problems()).containsExactly("Étape 2 · Délai (J+) : "
                + messages.get("dunning.step.duplicateOffset"));
        assertThat(model.statusProperty().get()).isEqualTo(messages.get("policies.invalid", 1));
        assertThat(stored("B2B").definition().steps().get(1).offsetDays()).as("nothing saved").isEqualTo(15);
        assertThat(dialogs.confirmations).isEmpty();

        row(1).offsetProperty().set("10");
        assertThat(row(1).errors()).as("checked again as typed").isEmpty();
        assertThat(model.problems()).isEmpty();
        assertThat(model.save()).isTrue();

        assertThat(dialogs.confirmations).singleElement().asString().contains("2 débiteurs");
        assertThat(stored("B2B").definition().steps().get(1).offsetDays()).isEqualTo(10);
        assertThat(model.statusProperty().get()).isEqualTo("Politique « B2B » enregistrée.");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(row(1).offsetProperty().get()).isEqualTo("10");
    }

    @Test
    void declinedConfirmationForAPolicyInUseWritesNothing() {
        long letter = stored("B2B").definition().steps().get(1).id();
        row(1).offsetProperty().set("12");
        dialogs.confirmAnswer = false;
        assertThat(model.save()).isFalse();
        assertThat(stored("B2B").definition().steps().get(1)).extracting(StepDefinition::id, StepDefinition::offsetDays)
                .containsExactly(letter, 15);
        assertThat(model.dirtyProperty().get()).as("the edit is kept").isTrue();
        // A rename alone changes nobody's dunning: no question.
        model.revert();
        dialogs.confirmations.clear();
        editor().nameProperty().set("Professionnels");
        assertThat(model.save()).isTrue();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(repository.idOf("Professionnels")).isPresent();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("steps out of order", (Consumer<PolicyEditor>) e -> e.steps().get(2).offsetProperty()
                        .set("12"), "steps[2].offsetDays", "dunning.policy.stepsOutOfOrder"),
                Arguments.of("empty name", (Consumer<PolicyEditor>) e -> e.nameProperty().set(" "), "name",
                        "validation.required"),
                Arguments.of("another policy's name", (Consumer<PolicyEditor>) e -> e.nameProperty().set("Consumer"),
                        "name", "dunning.policy.nameTaken"),
                Arguments.of("negative amount", (Consumer<PolicyEditor>) e -> e.steps().get(0).minAmountProperty()
                        .set("-10"), "steps[0].minAmount", "dunning.step.negativeMinAmount"),
                Arguments.of("not an amount", (Consumer<PolicyEditor>) e -> e.steps().get(0).minAmountProperty()
                        .set("cent"), "steps[0].minAmount", "validation.amount"),
                Arguments.of("negative gap", (Consumer<PolicyEditor>) e -> e.steps().get(1).minGapProperty()
                        .set("-1"), "steps[1].minGapDays", "dunning.step.negativeGap"),
                Arguments.of("offset not a number", (Consumer<PolicyEditor>) e -> e.steps().get(1).offsetProperty()
                        .set("J+15"), "steps[1].offsetDays", "validation.integer"),
                Arguments.of("formal notice without deadline", (Consumer<PolicyEditor>) e -> e.steps().get(3)
                        .deadlineProperty().set(""), "steps[3].deadlineDays", "dunning.step.deadlineRequired"),
                Arguments.of("no notice deadline", (Consumer<PolicyEditor>) e -> e.noticeDeadlineProperty().set("0"),
                        "noticeDeadlineDays", "dunning.policy.noticeDeadlineRange"),
                Arguments.of("no step at all", (Consumer<PolicyEditor>) e -> e.steps().clear(), "steps",
                        "dunning.policy.empty"),
                Arguments.of("the default unticked", (Consumer<PolicyEditor>) e -> e.defaultForKindProperty()
                        .set(false), "defaultForKind", "dunning.policy.defaultRequired"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void badInputIsRefusedNextToItsFieldAndNothingIsSaved(String what, Consumer<PolicyEditor> edit, String field,
                                                          String key) {
        String before = repository.stored().toString();
        edit.accept(editor());
        assertThat(model.save()).isFalse();
        String message = messages.get(key);
        java.util.regex.Matcher step = java.util.regex.Pattern.compile("steps\\[(\\d)]\\.(\\w+)").matcher(field);
        if (step.matches()) {
            assertThat(row(Integer.parseInt(step.group(1))).errors()).containsEntry(step.group(2), message);
        } else {
            assertThat(model.fieldErrors()).containsEntry(field, message);
        }
        assertThat(model.problems()).anySatisfy(line -> assertThat(line).endsWith(message));
        assertThat(repository.stored().toString()).isEqualTo(before);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void stepsAreAddedMovedAndRemovedAndKeepTheirTemplateAndDeadlineInLineWithTheirAction() {
        int added = model.addStep(0);
        assertThat(added).isEqualTo(1);
        assertThat(row(1).offsetProperty().get()).as("halfway between D+7 and D+15").isEqualTo("11");
        assertThat(row(1).actionProperty().get()).isEqualTo(DunningAction.REMINDER_LETTER);
        assertThat(row(1).templateProperty().get()).isEqualTo("SECOND_REMINDER");
        assertThat(row(1).id()).isNull();
        assertThat(editor().steps()).extracting(r -> r.positionProperty().get()).containsExactly(1, 2, 3, 4, 5, 6, 7);

        row(1).actionProperty().set(DunningAction.FORMAL_NOTICE);
        assertThat(row(1).templateProperty().get()).isEqualTo("FORMAL_NOTICE");
        assertThat(row(1).deadlineProperty().get()).as("the policy's notice deadline").isEqualTo("8");
        row(1).actionProperty().set(DunningAction.PHONE_CALL);
        assertThat(row(1).templateProperty().get()).isEqualTo("PHONE_CALL");
        assertThat(row(1).deadlineProperty().get()).isEmpty();

        assertThat(model.moveStep(1, 1)).isEqualTo(2);
        assertThat(row(2).actionProperty().get()).isEqualTo(DunningAction.PHONE_CALL);
        assertThat(row(2).positionProperty().get()).isEqualTo(3);
        assertThat(model.moveStep(0, -1)).as("the first stays first").isZero();
        model.removeStep(2);
        assertThat(editor().steps()).hasSize(6);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.addStep(-1)).isEqualTo(6);
        assertThat(row(6).offsetProperty().get()).isEqualTo("135");
    }

    @Test
    void aCopyIsCreatedNamedAfterTheSourceAndCanBecomeTheDefault() {
        model.copy();
        assertThat(model.currentProperty().get().name()).isEqualTo("Copie de B2B");
        assertThat(editor().defaultForKindProperty().get()).isFalse();
        assertThat(model.isKindLocked()).isFalse();
        assertThat(model.statusProperty().get()).contains("Copie de B2B");
        assertThat(repository.idOf("Copie de B2B")).isPresent();

        model.select(listed("B2B"));
        model.copy();
        assertThat(model.currentProperty().get().name()).isEqualTo("Copie de B2B (2)");

        editor().nameProperty().set("Stricte");
        editor().defaultForKindProperty().set(true);
        row(0).offsetProperty().set("3");
        assertThat(model.save()).isTrue();
        assertThat(dialogs.confirmations).as("nobody follows it yet").isEmpty();
        assertThat(stored("Stricte").definition().defaultForKind()).isTrue();
        assertThat(stored("Stricte").followingDebtors()).isEqualTo(2);
        assertThat(stored("B2B").definition().defaultForKind()).isFalse();
        assertThat(model.policies()).extracting(StoredPolicy::name)
                .containsExactly("Stricte", "B2B", "Copie de B2B", "CONSUMER");
        assertThat(model.currentProperty().get().name()).isEqualTo("Stricte");
    }

    @Test
    void deleteIsRefusedForADefaultOrAPolicyGivenToDebtorsAndConfirmedOtherwise() {
        model.delete();
        assertThat(dialogs.errors).singleElement().asString().contains("« B2B »")
                .contains(messages.get("dunning.policy.deleteDefault"));
        assertThat(dialogs.confirmations).isEmpty();

        model.copy();
        long copy = model.currentProperty().get().id();
        repository.assign(1, copy);
        model.load();
        model.delete();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(1)).contains("« Copie de B2B »")
                .contains("1 débiteur y est affecté : choisissez-leur une autre politique");

        repository.assign(1, null);
        model.load();
        dialogs.confirmAnswer = false;
        model.delete();
        assertThat(repository.idOf("Copie de B2B")).as("not confirmed").isPresent();
        dialogs.confirmAnswer = true;
        model.delete();
        assertThat(repository.idOf("Copie de B2B")).isEmpty();
        assertThat(model.policies()).extracting(StoredPolicy::name).containsExactly("B2B", "CONSUMER");
        assertThat(model.currentProperty().get().name()).isEqualTo("B2B");
        assertThat(model.statusProperty().get()).isEqualTo("Politique « Copie de B2B » supprimée.");
    }

    @Test
    void unsavedChangesAreNeverDroppedWithoutAsking() {
        row(0).offsetProperty().set("5");
        dialogs.confirmAnswer = false;
        assertThat(model.select(listed("CONSUMER"))).isFalse();
        assertThat(model.currentProperty().get().name()).isEqualTo("B2B");
        assertThat(row(0).offsetProperty().get()).isEqualTo("5");
        model.copy();
        assertThat(repository.idOf("Copie de B2B")).isEmpty();
        assertThat(model.mayDropChanges()).as("the window stays open").isFalse();

        // Showing the screen again reads the counts but keeps the edit.
        repository.assign(2, listed("CONSUMER").id());
        model.load();
        assertThat(listed("CONSUMER").assignedDebtors()).isEqualTo(1);
        assertThat(row(0).offsetProperty().get()).isEqualTo("5");
        assertThat(model.dirtyProperty().get()).isTrue();

        dialogs.confirmAnswer = true;
        assertThat(model.select(listed("CONSUMER"))).isTrue();
        assertThat(editor().nameProperty().get()).isEqualTo("CONSUMER");
        assertThat(dialogs.confirmations).hasSize(4);
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aPolicyTakingTheOtherKindTakesItsShippedTemplates() {
        model.copy();
        editor().kindProperty().set(DebtorKind.CONSUMER);
        assertThat(editor().steps()).extracting(r -> r.templateProperty().get()).containsExactly(
                "FIRST_REMINDER_CONSUMER", "SECOND_REMINDER_CONSUMER", "PHONE_CALL_CONSUMER",
                "FORMAL_NOTICE_CONSUMER", "AGENCY_PROPOSAL_CONSUMER", "");
        assertThat(model.save()).isTrue();
        assertThat(stored("Copie de B2B").definition().debtorKind()).isEqualTo(DebtorKind.CONSUMER);
    }
}
