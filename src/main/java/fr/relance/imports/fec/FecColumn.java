package fr.relance.imports.fec;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The 18 columns of a FEC, in the order article A47 A-1 of the Livre des procédures fiscales lists them. */
public enum FecColumn {
    JOURNAL_CODE("JournalCode"),
    JOURNAL_LIB("JournalLib"),
    ECRITURE_NUM("EcritureNum"),
    ECRITURE_DATE("EcritureDate"),
    COMPTE_NUM("CompteNum"),
    COMPTE_LIB("CompteLib"),
    COMP_AUX_NUM("CompAuxNum"),
    COMP_AUX_LIB("CompAuxLib"),
    PIECE_REF("PieceRef"),
    PIECE_DATE("PieceDate"),
    ECRITURE_LIB("EcritureLib"),
    DEBIT("Debit"),
    CREDIT("Credit"),
    ECRITURE_LET("EcritureLet"),
    DATE_LET("DateLet"),
    VALID_DATE("ValidDate"),
    MONTANT_DEVISE("Montantdevise"),
    IDEVISE("Idevise");

    private static final Map<String, FecColumn> BY_LOWER_CASE_NAME = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(c -> c.headerName.toLowerCase(Locale.ROOT), Function.identity()));

    private final String headerName;

    FecColumn(String headerName) {
        this.headerName = headerName;
    }

    /** The name as the standard spells it, also used as the column of a {@code RejectedLine}. */
    public String headerName() {
        return headerName;
    }

    /**
     * Software differ in case ("MontantDevise", "montantdevise"), so names match whatever the case.
     *
     * @return null when the name is not one of the 18
     */
    static FecColumn byName(String name) {
        return BY_LOWER_CASE_NAME.get(name.trim().toLowerCase(Locale.ROOT));
    }
}
