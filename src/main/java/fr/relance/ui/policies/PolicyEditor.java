package fr.relance.ui.policies;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.dunning.DefaultPolicies;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.PolicyDefinition;
import fr.relance.domain.dunning.StepDefinition;
import fr.relance.text.Formats;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The edit buffer of one policy: what the form and the step table show, as typed. It knows whether anything
 * changed since it was loaded, reads itself back into a {@link PolicyDefinition} (refusing what is not a number),
 * and keeps a step's template and deadline in line with its action while the user edits.
 */
public final class PolicyEditor {

    /** The definition read from the fields, or why it cannot be read (then definition is null). */
    public record Read(PolicyDefinition definition, List<FieldProblem> problems) {
    }

    private record State(Long id, String name, DebtorKind kind, boolean isDefault, String noticeDeadline,
                         List<StepRow.State> steps) {
    }

    private static final int NEW_STEP_GAP = 15;

    private final char decimalSeparator;
    private Long id;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<DebtorKind> kind = new SimpleObjectProperty<>(DebtorKind.B2B);
    private final BooleanProperty defaultForKind = new SimpleBooleanProperty();
    private final StringProperty noticeDeadline = new SimpleStringProperty("");
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList(StepRow::observables);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private State loaded;
    private boolean loading;

    public PolicyEditor(Locale locale) {
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        name.addListener((obs, old, now) -> changed());
        defaultForKind.addListener((obs, old, now) -> changed());
        noticeDeadline.addListener((obs, old, now) -> changed());
        kind.addListener((obs, old, now) -> {
            if (!loading && old != null && now != null) {
                // The shipped templates of the other kind follow: consumer letters claim no collection costs.
                steps.forEach(row -> {
                    if (Objects.equals(row.templateProperty().get(), shippedTemplate(old, row.actionProperty().get()))) {
                        row.templateProperty().set(shippedTemplate(now, row.actionProperty().get()));
                    }
                });
            }
            changed();
        });
        steps.addListener((ListChangeListener<StepRow>) change -> {
            for (int i = 0; i < steps.size(); i++) {
                steps.get(i).setPosition(i + 1);
            }
            changed();
        });
    }

    /** Called after every change of the buffer (typing, moving a step...). */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    public void load(PolicyDefinition policy) {
        loading = true;
        try {
            id = policy.id();
            name.set(policy.name());
            kind.set(policy.debtorKind());
            defaultForKind.set(policy.defaultForKind());
            noticeDeadline.set(String.valueOf(policy.noticeDeadlineDays()));
            steps.setAll(policy.steps().stream().map(this::row).toList());
        } finally {
            loading = false;
        }
        loaded = state();
        changed();
    }

    private StepRow row(StepDefinition step) {
        StepRow row = newRow(step.id());
        row.offsetProperty().set(String.valueOf(step.offsetDays()));
        row.actionProperty().set(step.action());
        row.templateProperty().set(step.templateCode() == null ? "" : step.templateCode());
        row.minAmountProperty().set(amountText(step.minAmount()));
        row.minGapProperty().set(String.valueOf(step.minGapDays()));
        row.deadlineProperty().set(step.deadlineDays() == 0 ? "" : String.valueOf(step.deadlineDays()));
        return row;
    }

    private StepRow newRow(Long stepId) {
        StepRow row = new StepRow(stepId);
        row.actionProperty().addListener((obs, old, now) -> {
            if (loading) {
                return;
            }
            String template = row.templateProperty().get();
            if (template == null || template.isEmpty() || template.equals(shippedTemplate(kind.get(), old))) {
                row.templateProperty().set(shippedTemplate(kind.get(), now));
            }
            if (now == DunningAction.FORMAL_NOTICE && row.deadlineProperty().get().isBlank()) {
                row.deadlineProperty().set(noticeDeadline.get());
            } else if (now != DunningAction.FORMAL_NOTICE) {
                row.deadlineProperty().set("");
            }
        });
        return row;
    }

    private static String shippedTemplate(DebtorKind kind, DunningAction action) {
        return kind == null || action == null ? "" : DefaultPolicies.templateFor(kind, action).orElse("");
    }

    /** "150" or "150,50": plain, in the user's decimal separator, as one would type it. */
    private String amountText(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', decimalSeparator);
    }

    /**
     * Adds a reminder letter after the row {@code after} (-1: at the end), halfway to the next step when there is
     * room, else a fortnight after the previous one.
     *
     * @return the index of the new row
     */
    public int addStep(int after) {
        int index = after < 0 || after >= steps.size() ? steps.size() : after + 1;
        Integer previous = index == 0 ? null : parseInt(steps.get(index - 1).offsetProperty().get());
        Integer next = index >= steps.size() ? null : parseInt(steps.get(index).offsetProperty().get());
        int offset;
        if (previous == null) {
            offset = next == null ? 7 : next - 7;
        } else if (next != null && next - previous >= 2) {
            offset = previous + (next - previous) / 2;
        } else {
            offset = previous + NEW_STEP_GAP;
        }
        StepRow row = newRow(null);
        row.offsetProperty().set(String.valueOf(offset));
        row.minAmountProperty().set("0");
        row.minGapProperty().set(index == 0 ? "0" : "7");
        steps.add(index, row);
        row.actionProperty().set(DunningAction.REMINDER_LETTER);
        return index;
    }

    public void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    /** @return the row's index after the move */
    public int moveStep(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= steps.size() || target < 0 || target >= steps.size()) {
            return index;
        }
        StepRow row = steps.remove(index);
        steps.add(target, row);
        return target;
    }

    /** The policy as typed; what is not a number is refused here, the rest by the domain's rules. */
    public Read read() {
        List<FieldProblem> problems = new ArrayList<>();
        int deadline = integer(noticeDeadline.get(), "noticeDeadlineDays", true, problems);
        List<StepDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepRow row = steps.get(i);
            String field = "steps[" + i + "].";
            int offset = integer(row.offsetProperty().get(), field + "offsetDays", true, problems);
            BigDecimal minAmount = BigDecimal.ZERO;
            String amountText = row.minAmountProperty().get();
            if (amountText != null && !amountText.isBlank()) {
                minAmount = Formats.parseDecimal(amountText);
                if (minAmount == null) {
                    problems.add(new FieldProblem(field + "minAmount", "validation.amount"));
                    minAmount = BigDecimal.ZERO;
                }
            }
            int gap = integer(row.minGapProperty().get(), field + "minGapDays", false, problems);
            int days = integer(row.deadlineProperty().get(), field + "deadlineDays", false, problems);
            definitions.add(new StepDefinition(row.id(), offset, row.actionProperty().get(),
                    row.templateProperty().get(), minAmount, gap, days));
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        return new Read(new PolicyDefinition(id, name.get(), kind.get(), defaultForKind.get(), deadline, definitions),
                List.of());
    }

    private static int integer(String text, String field, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
            return 0;
        }
        Integer value = parseInt(text);
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.integer"));
            return 0;
        }
        return value;
    }

    private static Integer parseInt(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip().replaceAll("[\\s\\u00A0\\u202F]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private State state() {
        return new State(id, name.get() == null ? "" : name.get().strip(), kind.get(), defaultForKind.get(),
                noticeDeadline.get() == null ? "" : noticeDeadline.get().strip(),
                steps.stream().map(StepRow::state).toList());
    }

    /** Whether the steps differ from those loaded (a rename alone changes no debtor's dunning). */
    public boolean stepsChanged() {
        return loaded != null && !state().steps().equals(loaded.steps());
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(loaded != null && !state().equals(loaded));
        changeListeners.forEach(Runnable::run);
    }

    public Long id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<DebtorKind> kindProperty() {
        return kind;
    }

    public BooleanProperty defaultForKindProperty() {
        return defaultForKind;
    }

    public StringProperty noticeDeadlineProperty() {
        return noticeDeadline;
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
