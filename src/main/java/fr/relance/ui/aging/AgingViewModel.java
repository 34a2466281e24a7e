package fr.relance.ui.aging;

import fr.relance.demo.DemoDataService;
import fr.relance.domain.AgingReport;
import fr.relance.domain.AgingRow;
import fr.relance.domain.AgingTotals;
import fr.relance.domain.Currencies;
import fr.relance.domain.OpenItem;
import fr.relance.exports.AgingExport;
import fr.relance.store.ReceivablesRepository;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
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

/**
 * The aging list: one row per debtor and currency as of a date, shown one currency at a time, narrowed by the
 * filters, with the totals and the top debtors of what is shown, and the open items of the selected debtor.
 */
public final class AgingViewModel {

    static final int TOP = 10;

    private final ReceivablesRepository receivables;
    private final DemoDataService demo;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ErrorMessages errors;

    private final ObjectProperty<LocalDate> asOf;
    private final AgingFilters filters = new AgingFilters();
    private final StringProperty currency = new SimpleStringProperty(Currencies.DEFAULT);
    private final ObservableList<String> currencies = FXCollections.observableArrayList(Currencies.DEFAULT);
    private final ObservableList<AgingRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<AgingRow> rows = new FilteredList<>(allRows);
    private final ObservableList<AgingRow> topDebtors = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AgingRow> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AgingRow> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<OpenItem> selectedItems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    // Read-only views made once: a view listens to its list weakly, so one made per call could be collected
    // while a chart still listens to it.
    private final ObservableList<String> currenciesView = FXCollections.unmodifiableObservableList(currencies);
    private final ObservableList<AgingRow> topDebtorsView = FXCollections.unmodifiableObservableList(topDebtors);
    private final ObservableList<OpenItem> selectedItemsView = FXCollections.unmodifiableObservableList(
            selectedItems);
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
        for (javafx.beans.Observable filter : filters.all()) {
            filter.addListener(obs -> applyFilter());
        }
        currency.addListener(obs -> applyFilter());
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
        List<String> present = report == null || report.currencies().isEmpty() ? List.of(Currencies.DEFAULT)
                : report.currencies();
        // Keep the currency shown; replacing the list can clear a bound choice box's value, hence the copy.
        String shown = currency.get();
        currencies.setAll(present);
        currency.set(shown != null && present.contains(shown) ? shown : present.get(0));
        allRows.setAll(report == null ? List.of() : report.rows());
        applyFilter();
    }

    private void applyFilter() {
        Predicate<AgingRow> filter = filters.predicate();
        String shown = currency.get() == null ? Currencies.DEFAULT : currency.get();
        rows.setPredicate(row -> row.currency().equals(shown) && filter.test(row));
        totals.set(AgingTotals.of(asOf.get(), shown, rows));
        topDebtors.setAll(rows.stream().sorted(Comparator.comparing(AgingRow::total).reversed()).limit(TOP)
                .toList());
        if (selected.get() != null && !rows.contains(selected.get())) {
            select(null);
        }
    }

    /** Shows the open items of one debtor's row (in that row's currency); null clears the detail. */
    public void select(AgingRow row) {
        selected.set(row);
        if (row == null) {
            selectedItems.clear();
            return;
        }
        LocalDate date = asOf.get();
        tasks.run(() -> receivables.openItemsOf(row.debtorId(), date), items -> {
            if (row.equals(selected.get())) {
                selectedItems.setAll(items.stream().filter(item -> item.currency().equals(row.currency())).toList());
            }
        }, error -> dialogs.showError(messages.get("aging.error.title"), errors.describe(error)));
    }

    /** Asks where to save, then writes the rows the filters keep, every currency, off the JavaFX thread. */
    public void export() {
        export(AgingExport.Format.XLSX);
    }

    /** As {@link #export()}, proposing a file name with the format's extension. */
    public void export(AgingExport.Format format) {
        LocalDate date = asOf.get();
        String initialName = messages.get("export.fileName", date.toString()) + "." + format.extension();
        dialogs.chooseSaveFile(messages.get("export.chooser.title"), initialName, format.extension())
                .ifPresent(file -> exportTo(file, date));
    }

    private void exportTo(Path file, LocalDate date) {
        if (AgingExport.Format.of(file).isEmpty()) {
            dialogs.showError(messages.get("export.error.title"),
                    messages.get("export.error.extension", file.getFileName()));
            return;
        }
        List<AgingRow> kept = allRows.stream().filter(filters.predicate()).toList();
        exporting.set(true);
        tasks.run(() -> {
            new AgingExport(messages).write(date, kept, file);
            return file;
        }, written -> {
            exporting.set(false);
            dialogs.showInfo(messages.get("export.done.title"), messages.get("export.done.text", kept.size(),
                    written.toAbsolutePath()));
        }, error -> {
            exporting.set(false);
            dialogs.showError(messages.get("export.error.title"), errors.describe(error));
        });
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
        return filters.nameProperty();
    }

    public AgingFilters filters() {
        return filters;
    }

    /** The currency shown: rows and totals are in one currency at a time. */
    public StringProperty currencyProperty() {
        return currency;
    }

    /** The currencies present in the ledger on the as-of date, home currency first. */
    public ObservableList<String> currencies() {
        return currenciesView;
    }

    /** The largest totals among the rows shown, for the chart. */
    public ObservableList<AgingRow> topDebtors() {
        return topDebtorsView;
    }

    public ReadOnlyObjectProperty<AgingRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected debtor's open invoices and credit notes in the row's currency. */
    public ObservableList<OpenItem> selectedItems() {
        return selectedItemsView;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
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
