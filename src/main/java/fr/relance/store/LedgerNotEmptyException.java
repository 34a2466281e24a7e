package fr.relance.store;

/** A whole ledger is written into an empty data file only; this one already holds debtors or invoices. */
public final class LedgerNotEmptyException extends IllegalStateException {

    public LedgerNotEmptyException() {
        super("The data file already holds a ledger");
    }
}
