package fr.relance.imports.fec;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A FEC line on a customer account (411...), its cells read and checked.
 *
 * @param signedAmount   Debit − Credit in the accounting currency (EUR): positive for a debit, never zero
 * @param pieceDate      null when the cell is empty
 * @param currencyAmount Montantdevise, null when empty
 * @param currency       Idevise, empty when absent
 */
record CustomerLine(int lineNumber, String journalCode, String debtorCode, String debtorName, String letteringKey,
                    String lettering, BigDecimal signedAmount, String pieceRef, String entryNumber, String label,
                    LocalDate entryDate, LocalDate pieceDate, BigDecimal currencyAmount, String currency) {

    /** Plan comptable général: class 411 holds the customer accounts ("Clients"). */
    static final String CUSTOMER_ACCOUNT_PREFIX = "411";

    static boolean isCustomerAccount(FecLine line) {
        return line.raw(FecColumn.COMPTE_NUM).startsWith(CUSTOMER_ACCOUNT_PREFIX);
    }

    /**
     * Lettering is done within one account, so a group is keyed by the account and the sub-ledger account.
     * Uses the cells as read (not decoded) so both passes build the same key.
     */
    static String letteringKey(FecLine line) {
        return line.raw(FecColumn.COMPTE_NUM) + '\u0000' + line.raw(FecColumn.COMP_AUX_NUM) + '\u0000'
                + line.raw(FecColumn.ECRITURE_LET);
    }

    /**
     * @return null when the line moves nothing (Debit and Credit both zero)
     * @throws LineRejectedException on a bad date or amount
     */
    static CustomerLine read(FecLine line) {
        BigDecimal signed = FecValues.amountOrZero(line, FecColumn.DEBIT)
                .subtract(FecValues.amountOrZero(line, FecColumn.CREDIT));
        if (signed.signum() == 0) {
            return null;
        }
        LocalDate entryDate = FecValues.requiredDate(line, FecColumn.ECRITURE_DATE);
        LocalDate pieceDate = FecValues.dateOrNull(line, FecColumn.PIECE_DATE);
        BigDecimal currencyAmount = FecValues.amountOrNull(line, FecColumn.MONTANT_DEVISE);
        String aux = line.text(FecColumn.COMP_AUX_NUM);
        String auxName = line.text(FecColumn.COMP_AUX_LIB);
        // One debtor per sub-ledger account; a file without sub-ledgers has one 411 account per customer.
        String debtorCode = aux.isEmpty() ? line.text(FecColumn.COMPTE_NUM) : aux;
        String debtorName = auxName.isEmpty() ? line.text(FecColumn.COMPTE_LIB) : auxName;
        return new CustomerLine(line.lineNumber(), line.raw(FecColumn.JOURNAL_CODE), debtorCode,
                debtorName.isEmpty() ? null : debtorName, letteringKey(line), line.raw(FecColumn.ECRITURE_LET),
                signed, line.text(FecColumn.PIECE_REF), line.text(FecColumn.ECRITURE_NUM),
                line.text(FecColumn.ECRITURE_LIB), entryDate, pieceDate, currencyAmount,
                line.text(FecColumn.IDEVISE));
    }

    boolean isDebit() {
        return signedAmount.signum() > 0;
    }

    boolean isLettered() {
        return !lettering.isEmpty();
    }
}
