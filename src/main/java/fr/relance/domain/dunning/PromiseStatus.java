package fr.relance.domain.dunning;

/** Where a promise to pay stands on an as-of date. */
public enum PromiseStatus {
    /** Due date not reached and the promised amount not yet received: dunning stays paused. */
    PENDING,
    /** The promised amount arrived on or before the due date. */
    KEPT,
    /** The due date passed without the promised amount: the debtor comes back to the worklist, flagged. */
    BROKEN
}
