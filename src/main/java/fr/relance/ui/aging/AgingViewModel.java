package fr.relance.ui.aging;

import fr.relance.demo.DemoDataService;
import fr.relance.domain.AgingReport;
import fr.relance.domain.AgingRow;
import fr.relance.store.ReceivablesRepository;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The aging list: one row per debtor as of a date, filtered by name, with the totals of what is shown. */
public final class AgingViewModel {

    private final ReceivablesRepository receivables;
    private final DemoDataService demo;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ErrorMessages errors;

    private final ObjectProperty<LocalDate> asOf;
    private final StringProperty nameFilter = new SimpleStringProperty("");
    private final ObservableList<AgingRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<AgingRow> rows = new FilteredList<>(allRows);
    private final ReadOnlyObjectWrapper<AgingRow> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ledgerEmpty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demoRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper demoProgress = new ReadOnlyDoubleWrapper();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private BackgroundTasks.Handle demoTask;

    public AgingViewModel(ReceivablesRepository receivables, DemoDataService demo, BackgroundTasks tasks,
                          Dialogs dialogs, Messages messages, LocalDate today) {
        this.receivables = receivables;
        this.demo = demo;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.asOf = new SimpleObjectProperty<>(today);
        nameFilter.addListener((obs, old, text) -> applyFilter());
        asOf.addListener((obs, old, date) -> {
            if (date != null) {
                refresh();
            }
        });
    }

    public void refresh() {
        LocalDate date = asOf.get();
        loading.set(true);
        tasks.run(() -> receivables.isEmpty() ? null : receivables.agingAsOf(date), this::show, error -> {
            loading.set(false);
            dialogs.showError(messages.get("aging.error.title"), errors.describe(error));
        });
    }

    private void show(AgingReport report) {
        loading.set(false);
        loaded.set(true);
        ledgerEmpty.set(report == null);
        allRows.setAll(report == null ? java.util.List.of() : report.rows());
        applyFilter();
    }

    private void applyFilter() {
        String needle = nameFilter.get() == null ? "" : nameFilter.get().strip().toLowerCase(Locale.ROOT);
        rows.setPredicate(needle.isEmpty() ? null
                : row -> row.debtorName().toLowerCase(Locale.ROOT).contains(needle));
        totals.set(fr.relance.domain.AgingTotals.of(asOf.get(), fr.relance.domain.Currencies.DEFAULT, rows));
    }

    /** Loads the demonstration ledger into the (empty) data file, in the background, cancellable. */
    public void loadDemoData() {
        if (demoRunning.get()) {
            return;
        }
        demoRunning.set(true);
        demoProgress.set(0);
        demoTask = tasks.runLong(progress -> {
            demo.load(DemoDataService.DEFAULT_SIZE, asOf.get(), progress::advanced, progress::isCancelled);
            return Boolean.TRUE;
        }, demoProgress::set, done -> {
            demoRunning.set(false);
            refresh();
        }, error -> {
            demoRunning.set(false);
            if (!(error instanceof CancellationException)) {
                dialogs.showError(messages.get("demo.error.title"), errors.describe(error));
            }
            refresh();
        });
    }

    public void cancelDemoData() {
        if (demoTask != null) {
            demoTask.cancel();
        }
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty nameFilterProperty() {
        return nameFilter;
    }

    public ObservableList<AgingRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<AgingRow> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once a refresh found no invoice at all in the data file. */
    public ReadOnlyBooleanProperty ledgerEmptyProperty() {
        return ledgerEmpty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoRunningProperty() {
        return demoRunning.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty demoProgressProperty() {
        return demoProgress.getReadOnlyProperty();
    }
}
