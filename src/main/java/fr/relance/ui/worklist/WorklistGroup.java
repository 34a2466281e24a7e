package fr.relance.ui.worklist;

import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return item.kind() == WorklistKind.DUNNING_STEP && item.action() != null ? item.action().name()
                : item.kind().name();
    }

    /**
     * Urgent kinds first (a claim filing has a legal deadline, a broken promise escalates at once), then the
     * steps in the order of the policy's actions, then call-backs and limitation warnings.
     */
    static List<String> order() {
        List<String> keys = new ArrayList<>();
        keys.add(WorklistKind.CLAIM_FILING.name());
        keys.add(WorklistKind.BROKEN_PROMISE.name());
        keys.add(WorklistKind.PLAN_DEFAULTED.name());
        for (DunningAction action : DunningAction.values()) {
            keys.add(action.name());
        }
        keys.add(WorklistKind.CALL_BACK.name());
        keys.add(WorklistKind.INSTALMENT_MISSED.name());
        keys.add(WorklistKind.LIMITATION_WARNING.name());
        keys.add(WorklistKind.DUNNING_STEP.name()); // a step without action: not produced today, kept visible
        return keys;
    }

    /** Groups the lines (kept in the worklist's order within a group); empty groups are left out. */
    static List<WorklistGroup> of(List<WorklistItem> items, java.util.function.Function<String, String> titles) {
        Map<String, List<WorklistItem>> byKey = new LinkedHashMap<>();
        for (String key : order()) {
            byKey.put(key, new ArrayList<>());
        }
        for (WorklistItem item : items) {
            byKey.get(keyOf(item)).add(item);
        }
        return byKey.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new WorklistGroup(e.getKey(), titles.apply(e.getKey()), e.getValue())).toList();
    }
}
