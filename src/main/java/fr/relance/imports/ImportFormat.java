package fr.relance.imports;

/** The kinds of file Relance takes receivables from. */
public enum ImportFormat {
    CSV,
    XLSX,
    FEC
}
