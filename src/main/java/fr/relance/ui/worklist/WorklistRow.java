package fr.relance.ui.worklist;

import fr.relance.domain.dunning.WorklistItem;

/** A row of the grouped table: a group header (item null) or one line of the worklist. */
public record WorklistRow(WorklistGroup group, WorklistItem item) {

    static WorklistRow header(WorklistGroup group) {
        return new WorklistRow(group, null);
    }

    static WorklistRow line(WorklistGroup group, WorklistItem item) {
        return new WorklistRow(group, item);
    }

    public boolean isHeader() {
        return item == null;
    }
}
