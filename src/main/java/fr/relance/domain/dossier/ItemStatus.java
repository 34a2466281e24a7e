package fr.relance.domain.dossier;

/** Whether the dossier holds an item. */
public enum ItemStatus {
    PRESENT,
    MISSING,
    /** The item does not concern this debtor (e.g. an item disabled for it by the rules). */
    NOT_APPLICABLE
}
