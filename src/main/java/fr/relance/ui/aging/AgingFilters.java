package fr.relance.ui.aging;

import fr.relance.domain.AgingRow;
import fr.relance.domain.DebtorKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the controller narrows the aging list to: name, case stage, debtor kind, disputes, a minimum total and a
 * minimum lateness. Each is off when null, blank or false.
 */
public final class AgingFilters {

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CaseFilter> caseStage = new SimpleObjectProperty<>(CaseFilter.ANY);
    private final ObjectProperty<DebtorKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty disputedOnly = new SimpleBooleanProperty();
    private final ObjectProperty<BigDecimal> minTotal = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> minDaysOverdue = new SimpleObjectProperty<>();

    /** Every filter property, to listen to them all at once. */
    public Observable[] all() {
        return new Observable[] {name, caseStage, kind, disputedOnly, minTotal, minDaysOverdue};
    }

    public Predicate<AgingRow> predicate() {
        String needle = name.get() == null ? "" : name.get().strip().toLowerCase(Locale.ROOT);
        CaseFilter stage = caseStage.get() == null ? CaseFilter.ANY : caseStage.get();
        DebtorKind wantedKind = kind.get();
        boolean disputed = disputedOnly.get();
        BigDecimal minimum = minTotal.get();
        Long days = minDaysOverdue.get();
        return row -> (needle.isEmpty() || row.debtorName().toLowerCase(Locale.ROOT).contains(needle))
                && stage.accepts(row.openCaseStage())
                && (wantedKind == null || wantedKind == row.debtorKind())
                && (!disputed || row.disputed())
                && (minimum == null || row.total().compareTo(minimum) >= 0)
                && (days == null || row.oldestDaysPastDue() >= days);
    }

    public void clear() {
        name.set("");
        caseStage.set(CaseFilter.ANY);
        kind.set(null);
        disputedOnly.set(false);
        minTotal.set(null);
        minDaysOverdue.set(null);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CaseFilter> caseStageProperty() {
        return caseStage;
    }

    /** Null: both kinds. */
    public ObjectProperty<DebtorKind> kindProperty() {
        return kind;
    }

    public BooleanProperty disputedOnlyProperty() {
        return disputedOnly;
    }

    public ObjectProperty<BigDecimal> minTotalProperty() {
        return minTotal;
    }

    public ObjectProperty<Long> minDaysOverdueProperty() {
        return minDaysOverdue;
    }
}
