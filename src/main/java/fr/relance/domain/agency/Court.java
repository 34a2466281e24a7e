package fr.relance.domain.agency;

/**
 * The court of an order for payment (injonction de payer, CPC 1405 ff.) and its application form (domain
 * reference, section 7): always the court of the debtor's home.
 */
public enum Court {
    /** A commercial claim. */
    TRIBUNAL_DE_COMMERCE("12946"),
    /** A civil or consumer claim. */
    TRIBUNAL_JUDICIAIRE("12948");

    private final String cerfa;

    Court(String cerfa) {
        this.cerfa = cerfa;
    }

    /** The Cerfa number of the application form. */
    public String cerfa() {
        return cerfa;
    }
}
