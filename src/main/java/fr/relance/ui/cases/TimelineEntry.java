package fr.relance.ui.cases;

import fr.relance.domain.CaseEvent;

/** One row of the timeline: the event, and whether a later event reverses it. */
public record TimelineEntry(CaseEvent event, boolean reversed) {

    public boolean isReversal() {
        return event.reversesEventId() != null;
    }

    /** Read from the ledger, not recorded: the accounts are corrected by importing them again. */
    public boolean fromLedger() {
        return event.isFromLedger();
    }

    /**
     * An event may be reversed once; a reversal itself is not reversed (record a new event instead), nor is an
     * event read from the ledger.
     */
    public boolean canBeReversed() {
        return !reversed && !isReversal() && !fromLedger();
    }
}
