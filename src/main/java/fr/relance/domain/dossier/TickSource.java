package fr.relance.domain.dossier;

/** How an item came to be present: found in the case's data, ticked by hand, or not at all. */
public enum TickSource {
    AUTOMATIC,
    MANUAL,
    NONE
}
