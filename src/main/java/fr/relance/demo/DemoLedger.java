package fr.relance.demo;

import fr.relance.domain.Allocation;
import fr.relance.domain.Company;
import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.Invoice;
import fr.relance.domain.Payment;
import java.util.List;
import java.util.Objects;

/**
 * A generated demo ledger. Ids are 1..n per table so a writer can insert the rows with explicit ids and every
 * foreign key lines up; invoices and credit notes share one id sequence because they share the invoice table.
 *
 * @param invoices invoices and credit notes together, as stored in the invoice table
 */
public record DemoLedger(Company company, List<Debtor> debtors, List<Contact> contacts, List<Invoice> invoices,
                         List<Payment> payments, List<Allocation> allocations) {

    public DemoLedger {
        Objects.requireNonNull(company, "company");
        debtors = List.copyOf(debtors);
        contacts = List.copyOf(contacts);
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        allocations = List.copyOf(allocations);
    }

    /** Rows of the invoice table, credit notes included: the figure {@link DemoSize#invoices()} asks for. */
    public int invoiceCount() {
        return invoices.size();
    }
}
