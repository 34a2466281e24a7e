package fr.relance.ui.cases;

import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.OpenItem;
import fr.relance.store.DebtorRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.ui.common.BackgroundTasks;
import fr.relance.ui.common.Dialogs;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Dossier: one debtor's identity, contacts and open items. The timeline arrives with the dunning workflow. */
public final class CaseFileViewModel {

    private record Loaded(Debtor debtor, List<Contact> contacts, List<OpenItem> items) {
    }

    private final DebtorRepository debtors;
    private final ReceivablesRepository receivables;
    private final BackgroundTasks tasks;
    private final Dialogs dialogs;
    private final Messages messages;
    private final LocalDate today;

    private final ReadOnlyObjectWrapper<Debtor> debtor = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<OpenItem> openItems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BigDecimal> balance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    public CaseFileViewModel(DebtorRepository debtors, ReceivablesRepository receivables, BackgroundTasks tasks,
                             Dialogs dialogs, Messages messages, LocalDate today) {
        this.debtors = debtors;
        this.receivables = receivables;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.today = today;
    }

    public void open(long debtorId) {
        loading.set(true);
        tasks.run(() -> new Loaded(debtors.find(debtorId).orElse(null), debtors.contactsOf(debtorId),
                receivables.openItemsOf(debtorId, today)), loaded -> {
                    loading.set(false);
                    if (loaded.debtor() == null) {
                        dialogs.showError(messages.get("case.error.title"), messages.get("case.error.notFound"));
                        return;
                    }
                    debtor.set(loaded.debtor());
                    contacts.setAll(loaded.contacts());
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
