package fr.relance.ui.worklist;

import fr.relance.domain.dunning.Worklist;
import fr.relance.domain.dunning.WorklistItem;
import java.util.List;

/**
 * One group of the actions of the day: the dunning steps of one action type, or the lines of one special kind
 * (broken promise, call-back, claim filing, limitation warning), which the controller handles differently.
 *
 * @param key   the action name, or the kind name for the special kinds (a stable id for the UI)
 * @param title the localized group title
 */
public record WorklistGroup(String key, String title, List<WorklistItem> items) {

    public WorklistGroup {
        items = List.copyOf(items);
    }

    /** The group a line belongs to: its action for an ordinary dunning step, else its kind. */
    public static String keyOf(WorklistItem item) {
        return Worklist.groupKey(item);
    }

    /** Groups the lines (kept in the worklist's order within a group); empty groups are left out. */
    static List<WorklistGroup> of(List<WorklistItem> items, java.util.function.Function<String, String> titles) {
        return Worklist.grouped(items).entrySet().stream()
                .map(e -> new WorklistGroup(e.getKey(), titles.apply(e.getKey()), e.getValue())).toList();
    }
}
