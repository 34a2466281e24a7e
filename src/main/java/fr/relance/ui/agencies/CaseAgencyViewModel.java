package fr.relance.ui.agencies;

import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.store.AgencyRepository;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case file's "Agence" tab: before a handover, what each agency of the directory would charge for the case's
 * balance, and what speaks against it (fee share above the threshold, claim under the agency's minimum, agreement
 * missing).
 */
public final class CaseAgencyViewModel {

    private record Loaded(List<CollectionAgency> agencies, BigDecimal maxShare) {
    }

    private final AgencyRepository agencies;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final ObjectProperty<BigDecimal> balance = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BigDecimal> maxShare =
            new ReadOnlyObjectWrapper<>(AgencyFeeEstimate.DEFAULT_MAX_SHARE);
    private final ObservableList<AgencyFeeEstimate> estimates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private List<CollectionAgency> directory = List.of();

    public CaseAgencyViewModel(AgencyRepository agencies, BackgroundTasks tasks, Messages messages) {
        this.agencies = agencies;
        this.tasks = tasks;
        this.messages = messages;
        balance.addListener((obs, old, now) -> compute());
    }

    /** Reads the directory and the threshold again (they change in Paramètres). */
    public void refresh() {
        tasks.run(() -> new Loaded(agencies.all(false), agencies.maxFeeShare()), loaded -> {
            directory = loaded.agencies();
            maxShare.set(loaded.maxShare());
            error.set("");
            compute();
        }, failure -> error.set(new ErrorMessages(messages).describe(failure)));
    }

    private void compute() {
        BigDecimal due = balance.get();
        estimates.setAll(due == null ? List.of() : directory.stream()
                .map(agency -> AgencyFeeEstimate.of(agency, due, maxShare.get())).toList());
    }

    /** The case's balance; bound to the case file's. */
    public ObjectProperty<BigDecimal> balanceProperty() {
        return balance;
    }

    public ReadOnlyObjectProperty<BigDecimal> maxShareProperty() {
        return maxShare.getReadOnlyProperty();
    }

    public ObservableList<AgencyFeeEstimate> estimates() {
        return estimates;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
