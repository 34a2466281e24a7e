package fr.relance.domain.dossier;

import java.util.List;

/**
 * One evaluated item, as the Dossier tab shows it and the dossier PDF can print it.
 *
 * @param evidenceKey  message key saying what was found or what is missing (null for a custom item)
 * @param evidenceArgs its arguments: numbers, dates, counts
 * @param manual       the tick by hand in force (ticked or unticked), null when none
 */
public record ChecklistItem(DossierItemDefinition item, ItemStatus status, TickSource how, String evidenceKey,
                            List<Object> evidenceArgs, ManualTick manual) {

    public ChecklistItem {
        evidenceArgs = evidenceArgs == null ? List.of() : List.copyOf(evidenceArgs);
    }

    public boolean required() {
        return item.required();
    }

    public boolean present() {
        return status == ItemStatus.PRESENT;
    }

    /** Whether a tick by hand can make it present: custom items and most defaults, never an open dispute. */
    public boolean manualTickAllowed() {
        return item.custom() || item.code().manualTickAllowed();
    }
}
