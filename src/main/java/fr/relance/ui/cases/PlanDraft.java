package fr.relance.ui.cases;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.Money;
import fr.relance.domain.dunning.Frequency;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.dunning.PaymentPlan;
import fr.relance.dunning.PaymentPlanService;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A new payment plan being prepared: count, frequency and first date give the preview (equal instalments, the
 * remainder on the last); its dates and amounts can then be edited one by one. Every change is checked at once
 * against the domain's rules, so the form shows the total, the difference with the balance and why the plan
 * cannot be saved yet.
 */
public final class PlanDraft {

    /** Most instalments the form offers (five years of monthly payments). */
    public static final int MAX_COUNT = 60;

    /** One editable line of the preview. */
    public static final class Row {
        private final int number;
        private final ObjectProperty<LocalDate> dueDate;
        private final ObjectProperty<BigDecimal> amount;
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

        Row(int number, LocalDate dueDate, BigDecimal amount) {
            this.number = number;
            this.dueDate = new SimpleObjectProperty<>(dueDate);
            this.amount = new SimpleObjectProperty<>(amount);
        }

        /** 1 for the first instalment. */
        public int number() {
            return number;
        }

        public ObjectProperty<LocalDate> dueDateProperty() {
            return dueDate;
        }

        public ObjectProperty<BigDecimal> amountProperty() {
            return amount;
        }

        /** What is wrong with this line, as a sentence; empty when nothing. */
        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }
    }

    private final Messages messages;
    private final LocalDate today;
    private final IntegerProperty count = new SimpleIntegerProperty(3);
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.MONTHLY);
    private final ObjectProperty<LocalDate> firstDate;
    private final ObjectProperty<LocalDate> agreedOn;
    private final ReadOnlyObjectWrapper<BigDecimal> balance = new ReadOnlyObjectWrapper<>(Money.ZERO);
    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.dueDateProperty(), row.amountProperty()});
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<BigDecimal> total = new ReadOnlyObjectWrapper<>(Money.ZERO);
    private final ReadOnlyObjectWrapper<BigDecimal> difference = new ReadOnlyObjectWrapper<>(Money.ZERO);
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private List<FieldProblem> problems = List.of();

    PlanDraft(Messages messages, LocalDate today) {
        this.messages = messages;
        this.today = today;
        this.firstDate = new SimpleObjectProperty<>(today.plusMonths(1));
        this.agreedOn = new SimpleObjectProperty<>(today);
        count.addListener((obs, old, now) -> regenerate());
        frequency.addListener((obs, old, now) -> regenerate());
        firstDate.addListener((obs, old, now) -> regenerate());
        agreedOn.addListener((obs, old, now) -> revalidate());
        rows.addListener((javafx.collections.ListChangeListener<Row>) change -> revalidate());
    }

    /** A fresh form for a balance: the default split, agreed today. */
    void reset(BigDecimal newBalance) {
        balance.set(Money.cents(newBalance));
        agreedOn.set(today);
        regenerate();
    }

    /** Splits the balance again from count, frequency and first date; edits made in the preview are replaced. */
    public void regenerate() {
        Frequency every = frequency.get();
        LocalDate first = firstDate.get();
        int n = Math.max(1, Math.min(MAX_COUNT, count.get()));
        if (every == null || first == null || balance.get().signum() <= 0) {
            rows.clear();
            return;
        }
        List<Row> proposed = new ArrayList<>();
        List<Instalment> instalments = PaymentPlan.propose(balance.get(), n, every, first).instalments();
        for (int i = 0; i < instalments.size(); i++) {
            proposed.add(new Row(i + 1, instalments.get(i).dueDate(), instalments.get(i).amount()));
        }
        rows.setAll(proposed);
    }

    /** Puts the difference between the balance and the total on the last instalment, when that leaves it positive. */
    public void absorbDifference() {
        if (rows.isEmpty() || difference.get().signum() == 0) {
            return;
        }
        Row last = rows.get(rows.size() - 1);
        BigDecimal amount = last.amountProperty().get() == null ? Money.ZERO : last.amountProperty().get();
        BigDecimal adjusted = amount.add(difference.get());
        if (adjusted.signum() > 0) {
            last.amountProperty().set(adjusted);
        }
    }

    /** The instalments as edited (the view never leaves a line without a date or an amount). */
    public List<Instalment> instalments() {
        return rows.stream().filter(r -> r.dueDateProperty().get() != null && r.amountProperty().get() != null)
                .map(r -> new Instalment(r.dueDateProperty().get(), r.amountProperty().get())).toList();
    }

    private void revalidate() {
        BigDecimal sum = rows.stream().map(r -> r.amountProperty().get()).filter(a -> a != null)
                .reduce(Money.ZERO, BigDecimal::add);
        total.set(sum);
        difference.set(balance.get().subtract(sum));
        List<FieldProblem> found = new ArrayList<>(new PaymentPlan(instalments(), agreedOn.get())
                .validate(balance.get(), today));
        if (agreedOn.get() == null) {
            found.add(new FieldProblem("agreedOn", PaymentPlanService.AGREED_REQUIRED));
        }
        problems = List.copyOf(found);
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "instalments[" + i + "].";
            rows.get(i).problem.set(found.stream().filter(p -> p.field().startsWith(prefix))
                    .map(p -> messages.get(p.messageKey())).distinct().collect(Collectors.joining(" ")));
        }
        blockedReason.set(found.stream().map(FieldProblem::messageKey).distinct().map(messages::get)
                .collect(Collectors.joining(" ")));
        valid.set(found.isEmpty() && !rows.isEmpty());
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public ObjectProperty<LocalDate> firstDateProperty() {
        return firstDate;
    }

    public ObjectProperty<LocalDate> agreedOnProperty() {
        return agreedOn;
    }

    public ReadOnlyObjectProperty<BigDecimal> balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<BigDecimal> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Balance minus total: positive when the instalments fall short, negative when they exceed it. */
    public ReadOnlyObjectProperty<BigDecimal> differenceProperty() {
        return difference.getReadOnlyProperty();
    }

    /** Why the plan cannot be saved, as sentences; empty when it can. */
    public ReadOnlyStringProperty blockedReasonProperty() {
        return blockedReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
