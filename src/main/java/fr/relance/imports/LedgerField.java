package fr.relance.imports;

/**
 * What a column of a ledger export can hold. Without the required ones a file cannot be imported; a bank
 * statement ({@link ColumnMapping#isBankStatement()}) requires its own set instead.
 */
public enum LedgerField {
    DEBTOR_CODE(true),
    DEBTOR_NAME(false),
    DOCUMENT_TYPE(false),
    NUMBER(true),
    ISSUE_DATE(true),
    DUE_DATE(false),
    AMOUNT_INCL_VAT(true),
    AMOUNT_EXCL_VAT(false),
    OPEN_AMOUNT(false),
    CURRENCY(false),
    REFERENCE(false),
    SIREN(false),
    VAT_NUMBER(false),
    EMAIL(false),
    PHONE(false),
    STREET(false),
    POSTCODE(false),
    CITY(false),
    COUNTRY(false),
    DEBTOR_KIND(false),
    /** Money going out, in a bank statement with separate Débit and Crédit columns: such lines are skipped. */
    DEBIT(false);

    private final boolean required;

    LedgerField(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }
}
