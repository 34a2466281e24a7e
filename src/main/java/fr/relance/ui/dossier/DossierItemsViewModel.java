package fr.relance.ui.dossier;

import fr.relance.agency.DossierChecklistService;
import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Paramètres › Dossier: the checklist's items, each required or not, enabled or not, and the custom items added.
 * Changes are kept in the list until saved together; a refusal (an empty or repeated label) saves nothing.
 */
public final class DossierItemsViewModel {

    private final DossierChecklistService service;
    private final BackgroundTasks tasks;
    private final Messages messages;

    private final ObservableList<DossierItemDefinition> items = FXCollections.observableArrayList();
    private final StringProperty newLabel = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    public DossierItemsViewModel(DossierChecklistService service, BackgroundTasks tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void load() {
        tasks.run(service::items, loaded -> {
            items.setAll(loaded);
            dirty.set(false);
        }, failure -> error.set(new ErrorMessages(messages).describe(failure)));
    }

    public void setRequired(int index, boolean required) {
        items.set(index, items.get(index).withRequired(required));
        changed();
    }

    public void setEnabled(int index, boolean enabled) {
        items.set(index, items.get(index).withEnabled(enabled));
        changed();
    }

    /** Adds a custom item (required by default: it was added because the agency or the court asks for it). */
    public void add() {
        DossierItemDefinition item = new DossierItemDefinition(null, null, newLabel.get(), true, true,
                items.size() + 1);
        // Items not saved yet get a stand-in id, so the new label is checked against them too.
        var problems = item.validate(items.stream().map(i -> i.id() != null ? i
                : new DossierItemDefinition(-1L - items.indexOf(i), null, i.label(), i.required(), i.enabled(),
                        i.position())).toList());
        if (!problems.isEmpty()) {
            error.set(messages.get(problems.get(0).messageKey()));
            return;
        }
        items.add(item);
        newLabel.set("");
        changed();
    }

    public void save() {
        List<DossierItemDefinition> edited = List.copyOf(items);
        error.set("");
        tasks.run(() -> service.save(edited), saved -> {
            items.setAll(saved);
            dirty.set(false);
            status.set(messages.get("dossierItems.saved"));
        }, failure -> error.set(new ErrorMessages(messages).describe(failure)));
    }

    private void changed() {
        dirty.set(true);
        error.set("");
        status.set("");
    }

    public ObservableList<DossierItemDefinition> items() {
        return items;
    }

    public StringProperty newLabelProperty() {
        return newLabel;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
