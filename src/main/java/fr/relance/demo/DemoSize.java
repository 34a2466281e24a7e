package fr.relance.demo;

/**
 * How big a demo ledger to generate.
 *
 * @param debtors  number of debtors
 * @param invoices rows of the invoice table, credit notes included; every debtor gets at least one invoice
 */
public record DemoSize(int debtors, int invoices) {

    /** About what a small French wholesaler has on its books: 300 customers, 5,000 invoices over 18 months. */
    public static final DemoSize DEFAULT = new DemoSize(300, 5000);

    /** The debtor-to-invoice ratio of {@link #DEFAULT}, so a bigger demo looks like the same business grown. */
    private static final double DEBTORS_PER_INVOICE = 0.06;

    public DemoSize {
        if (debtors <= 0) {
            throw new IllegalArgumentException("The number of debtors must be positive: " + debtors);
        }
        if (invoices <= 0) {
            throw new IllegalArgumentException("The number of invoices must be positive: " + invoices);
        }
        if (invoices < debtors) {
            throw new IllegalArgumentException("Every debtor needs at least one invoice: " + invoices
                    + " invoices for " + debtors + " debtors");
        }
    }

    /** 5,000 invoices give 300 debtors, 100,000 give 6,000. */
    public static DemoSize ofInvoices(int invoices) {
        if (invoices <= 0) {
            throw new IllegalArgumentException("The number of invoices must be positive: " + invoices);
        }
        int debtors = (int) Math.max(1, Math.round(invoices * DEBTORS_PER_INVOICE));
        return new DemoSize(debtors, invoices);
    }
}
