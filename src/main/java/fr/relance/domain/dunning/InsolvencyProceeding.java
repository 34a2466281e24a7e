package fr.relance.domain.dunning;

/**
 * The kind of insolvency proceedings (procédure collective) opened against a debtor, as the BODACC notice names
 * it. All three stop dunning and interest from the opening judgment (Code de commerce L622-21, L622-28) and call
 * for the claim to be declared within two months of the publication; the kind tells the controller what to expect.
 */
public enum InsolvencyProceeding {
    /** Sauvegarde: the business is still solvent and reorganises under court protection. */
    SAFEGUARD,
    /** Redressement judiciaire: the business has stopped paying; a plan or a sale follows. */
    RECEIVERSHIP,
    /** Liquidation judiciaire: the business ends; an unsecured claim is rarely paid, a write-off often follows. */
    LIQUIDATION
}
