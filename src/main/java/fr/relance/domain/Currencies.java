package fr.relance.domain;

import java.util.Comparator;

/** ISO 4217 codes as the ledger stores them. Amounts in different currencies are never added together. */
public final class Currencies {

    /** The ledger's home currency: invoices default to it, and payments (which carry no currency) are in it. */
    public static final String DEFAULT = "EUR";

    /** Euro first, then the others alphabetically: the order of selectors, sheets and totals. */
    public static final Comparator<String> HOME_FIRST = Comparator.comparing((String code) -> !DEFAULT.equals(code))
            .thenComparing(Comparator.naturalOrder());

    private Currencies() {
    }
}
