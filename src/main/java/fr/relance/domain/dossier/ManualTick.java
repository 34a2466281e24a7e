package fr.relance.domain.dossier;

import java.time.OffsetDateTime;

/**
 * An item ticked (or unticked) by hand: who, when and why. Ticks are never changed: the latest for an item is in
 * force, the earlier ones are its history.
 */
public record ManualTick(long itemId, boolean ticked, String note, String by, OffsetDateTime at) {
}
