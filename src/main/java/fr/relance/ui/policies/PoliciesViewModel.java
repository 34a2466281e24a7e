package fr.relance.ui.policies;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.PolicyDefinition;
import fr.relance.domain.dunning.PolicyRules;
import fr.relance.domain.dunning.StoredPolicy;
import fr.relance.store.DunningPolicyRepository;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Paramètres › Politiques de relance: the saved policies with who follows them, and the edit buffer of the
 * selected one. Nothing is written before the domain's rules accept the whole policy; the buffer is never
 * dropped without asking (another policy selected, a copy made, the window closed).
 */
public final class PoliciesViewModel {

    private record Loaded(List<StoredPolicy> policies, List<String> templateCodes) {
    }

    private final DunningPolicyRepository repository;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final PolicyEditor editor;

    private final ObservableList<StoredPolicy> policies = FXCollections.observableArrayList();
    private final ObservableList<String> templateCodes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StoredPolicy> current = new ReadOnlyObjectWrapper<>();
    private final PolicyProblems shownProblems;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** After a refused save, problems are shown again on every change so that fixing one clears it at once. */
    private boolean validateAsTyped;

    public PoliciesViewModel(DunningPolicyRepository repository, BackgroundTasks tasks, Dialogs dialogs,
                             Messages messages) {
        this.repository = repository;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.editor = new PolicyEditor(messages.locale());
        this.shownProblems = new PolicyProblems(messages);
        editor.onChange(() -> {
            if (validateAsTyped) {
                showProblems(check());
            }
        });
    }

    /** Reads the policies; the edit buffer is kept when it holds unsaved changes. */
    public void load() {
        reload(null, null);
    }

    private void reload(Long select, String done) {
        busy.set(true);
        tasks.run(() -> new Loaded(repository.stored(), repository.templateCodes()), loaded -> {
            busy.set(false);
            show(loaded, select);
            if (done != null) {
                status.set(done);
            }
        }, this::failed);
    }

    private void show(Loaded loaded, Long select) {
        templateCodes.setAll(loaded.templateCodes());
        policies.setAll(loaded.policies());
        Long wanted = select != null ? select : current.get() == null ? null : current.get().id();
        StoredPolicy target = find(wanted).orElse(policies.isEmpty() ? null : policies.get(0));
        // A refresh (the screen shown again, usage counts changed) keeps what is being edited.
        if (select == null && editor.isDirty() && current.get() != null && find(current.get().id()).isPresent()) {
            current.set(find(current.get().id()).orElseThrow());
            return;
        }
        open(target);
    }

    private Optional<StoredPolicy> find(Long id) {
        return id == null ? Optional.empty() : policies.stream().filter(p -> p.id() == id).findFirst();
    }

    private void open(StoredPolicy policy) {
        current.set(policy);
        validateAsTyped = false;
        showProblems(List.of());
        if (policy != null) {
            editor.load(policy.definition());
        }
    }

    /**
     * Edits another policy; unsaved changes are dropped only if the user says so.
     *
     * @return false when the user keeps editing the current one
     */
    public boolean select(StoredPolicy policy) {
        if (policy == null || (current.get() != null && current.get().id() == policy.id())) {
            return true;
        }
        if (!mayDropChanges()) {
            return false;
        }
        status.set("");
        open(policy);
        return true;
    }

    /** True when there is nothing unsaved, or the user agrees to drop it (window closing, policy switch). */
    public boolean mayDropChanges() {
        return !editor.isDirty() || dialogs.confirm(messages.get("policies.discard.title"),
                messages.get("policies.discard.text", editor.nameProperty().get()));
    }

    public void revert() {
        status.set("");
        open(current.get());
    }

    /** Saves the policy as edited, after the domain's rules, and after asking when debtors follow it. */
    public boolean save() {
        StoredPolicy saved = current.get();
        PolicyEditor.Read read = editor.read();
        List<FieldProblem> found = read.definition() == null ? read.problems()
                : PolicyRules.validate(read.definition(), policies);
        if (!found.isEmpty()) {
            refused(found);
            return false;
        }
        if (saved != null && saved.followingDebtors() > 0 && editor.stepsChanged()
                && !dialogs.confirm(messages.get("policies.usedSave.title"),
                messages.get("policies.usedSave.text", saved.name(), saved.followingDebtors()))) {
            return false;
        }
        PolicyDefinition definition = read.definition();
        busy.set(true);
        tasks.run(() -> repository.save(definition), id -> {
            busy.set(false);
            reload(id, messages.get("policies.saved", definition.name()));
        }, this::failed);
        return true;
    }

    /** A new policy, copy of the selected one as saved, named "Copie de …"; saved at once so it can be edited. */
    public void copy() {
        StoredPolicy source = current.get();
        if (source == null || !mayDropChanges()) {
            return;
        }
        String name = copyName(source.name());
        busy.set(true);
        tasks.run(() -> repository.save(source.definition().copyNamed(name)), id -> {
            busy.set(false);
            reload(id, messages.get("policies.copied", name));
        }, this::failed);
    }

    private String copyName(String source) {
        String name = messages.get("policies.copyName", source);
        for (int n = 2; taken(name); n++) {
            name = messages.get("policies.copyName.numbered", source, n);
        }
        return name.length() > PolicyRules.NAME_MAX_LENGTH ? name.substring(0, PolicyRules.NAME_MAX_LENGTH) : name;
    }

    private boolean taken(String name) {
        return policies.stream().anyMatch(p -> p.name().equalsIgnoreCase(name.strip()));
    }

    /** Deletes the selected policy after confirmation; refused with the reasons while debtors or a kind need it. */
    public void delete() {
        StoredPolicy policy = current.get();
        if (policy == null) {
            return;
        }
        List<FieldProblem> refusals = PolicyRules.deleteProblems(policy);
        if (!refusals.isEmpty()) {
            dialogs.showError(messages.get("policies.delete.refused.title"),
                    messages.get("policies.delete.refused", policy.name(), refusals.stream()
                            .map(p -> "• " + (p.messageKey().equals("dunning.policy.deleteAssigned")
                                    ? messages.get("policies.delete.assigned", policy.assignedDebtors())
                                    : messages.get(p.messageKey())))
                            .collect(Collectors.joining("\n"))));
            return;
        }
        if (!dialogs.confirm(messages.get("policies.delete.title"), messages.get("policies.delete.confirm",
                policy.name(), policy.definition().steps().size()))) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            repository.delete(policy.id());
            return policy.id();
        }, id -> {
            busy.set(false);
            current.set(null);   // the next read opens the first policy, dropping the deleted one's buffer
            reload(null, messages.get("policies.deleted", policy.name()));
        }, this::failed);
    }

    private List<FieldProblem> check() {
        PolicyEditor.Read read = editor.read();
        return read.definition() == null ? read.problems() : PolicyRules.validate(read.definition(), policies);
    }

    private void refused(List<FieldProblem> found) {
        validateAsTyped = true;
        showProblems(found);
        status.set(messages.get("policies.invalid", found.size()));
    }

    /** Each problem under its field or in its step's cell, and all of them as sentences under the table. */
    private void showProblems(List<FieldProblem> found) {
        shownProblems.show(found, editor.steps());
        if (found.isEmpty() && validateAsTyped) {
            status.set("");
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof InvalidInputException invalid) {
            // Refused by the store's own check (a policy renamed or deleted meanwhile): nothing was written.
            refused(invalid.problems());
            return;
        }
        dialogs.showError(messages.get("policies.error.title"), new ErrorMessages(messages).describe(error));
    }

    // ---- step table ----

    public int addStep(int after) {
        return editor.addStep(after);
    }

    public void removeStep(int index) {
        editor.removeStep(index);
    }

    public int moveStep(int index, int delta) {
        return editor.moveStep(index, delta);
    }

    // ---- properties ----

    public PolicyEditor editor() {
        return editor;
    }

    public ObservableList<StoredPolicy> policies() {
        return policies;
    }

    public ObservableList<String> templateCodes() {
        return templateCodes;
    }

    public ReadOnlyObjectProperty<StoredPolicy> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Problems on the policy's own fields: name, debtorKind, defaultForKind, noticeDeadlineDays, steps. */
    public ObservableMap<String, String> fieldErrors() {
        return shownProblems.fieldErrors();
    }

    /** Every problem as a sentence naming its step and column. */
    public ObservableList<String> problems() {
        return shownProblems.sentences();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return editor.dirtyProperty();
    }

    /** The saved policy is the default of its kind: it stays so until another one takes the flag. */
    public boolean isStoredDefault() {
        return current.get() != null && current.get().definition().defaultForKind();
    }

    /** The kind may change only for a policy that is no default and that no debtor is given. */
    public boolean isKindLocked() {
        StoredPolicy policy = current.get();
        return policy != null && (policy.definition().defaultForKind() || policy.assignedDebtors() > 0);
    }
}
