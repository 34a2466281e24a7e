package fr.relance.ui.cases;

import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.InvoiceLimitation;
import fr.relance.dunning.CaseHistoryService;
import fr.relance.store.DebtorRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** Dossier: one debtor's identity, contacts and open items with their limitation dates. */
public final class CaseFileViewModel {

    private record Loaded(Debtor debtor, List<Contact> contacts, List<OpenItem> items,
                          Map<Long, InvoiceLimitation> limitations) {
    }

    private final DebtorRepository debtors;
    private final ReceivablesRepository receivables;
    private final CaseHistoryService history;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final LocalDate today;

    private final ReadOnlyObjectWrapper<Debtor> debtor = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<OpenItem> openItems = FXCollections.observableArrayList();
    private final ObservableMap<Long, InvoiceLimitation> limitations = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<BigDecimal> balance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public CaseFileViewModel(DebtorRepository debtors, ReceivablesRepository receivables, BackgroundTasks tasks,
                             Dialogs dialogs, Messages messages, LocalDate today) {
        this(debtors, receivables, null, tasks, dialogs, messages, today);
    }

    /** @param history the invoices' limitation dates; null to leave them out */
    public CaseFileViewModel(DebtorRepository debtors, ReceivablesRepository receivables, CaseHistoryService history,
                             BackgroundTasks tasks, Dialogs dialogs, Messages messages, LocalDate today) {
        this.debtors = debtors;
        this.receivables = receivables;
        this.history = history;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
    }

    public void open(long debtorId) {
        loading.set(true);
        tasks.run(() -> new Loaded(debtors.find(debtorId).orElse(null), debtors.contactsOf(debtorId),
                receivables.openItemsOf(debtorId, today), limitationsOf(debtorId)), loaded -> {
                    loading.set(false);
                    if (loaded.debtor() == null) {
                        dialogs.showError(messages.get("case.error.title"), messages.get("case.error.notFound"));
                        return;
                    }
                    debtor.set(loaded.debtor());
                    contacts.setAll(loaded.contacts());
                    limitations.clear();
                    limitations.putAll(loaded.limitations());
                    if (!openItems.equals(loaded.items())) {
                        openItems.setAll(loaded.items()); // unchanged, the list stays: so does the row selected
                    }
                    balance.set(loaded.items().stream().map(OpenItem::balance)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
                }, error -> {
                    loading.set(false);
                    dialogs.showError(messages.get("case.error.title"), new ErrorMessages(messages).describe(error));
                });
    }

    /** Reads the open debtor again (after a measure changed its invoices). */
    public void refresh() {
        Debtor shown = debtor.get();
        if (shown != null) {
            open(shown.id());
        }
    }

    private Map<Long, InvoiceLimitation> limitationsOf(long debtorId) {
        return history == null ? Map.of() : history.limitations(debtorId, today);
    }

    /** Reads the limitation dates again (an acknowledgement of debt, or its reversal, moves them). */
    public void refreshLimitations() {
        Debtor shown = debtor.get();
        if (shown == null || history == null) {
            return;
        }
        long debtorId = shown.id();
        tasks.run(() -> limitationsOf(debtorId), dates -> {
            Debtor now = debtor.get();
            if (now != null && now.id() == debtorId) {
                limitations.clear();
                limitations.putAll(dates);
                // the table reads the map through its cells: show the new dates
                openItems.setAll(List.copyOf(openItems));
            }
        }, error -> dialogs.showError(messages.get("case.error.title"), new ErrorMessages(messages).describe(error)));
    }

    /** The limitation date of each open invoice, by invoice id (none for credit notes). */
    public ObservableMap<Long, InvoiceLimitation> limitations() {
        return limitations;
    }

    public LocalDate today() {
        return today;
    }

    public ReadOnlyObjectProperty<Debtor> debtorProperty() {
        return debtor.getReadOnlyProperty();
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public ObservableList<OpenItem> openItems() {
        return openItems;
    }

    public ReadOnlyObjectProperty<BigDecimal> balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
