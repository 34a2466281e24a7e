package fr.relance.imports;

/**
 * An {@link ImportSink} that also wants the documents a file lists as fully settled. Readers call it when the
 * sink they are given implements it, and otherwise leave those lines out, since they are not open items.
 */
public interface SettledSink extends ImportSink {

    void settled(RowOutcome.Settled settled);
}
