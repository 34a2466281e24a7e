package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.COMPANY;
import static fr.relance.store.jooq.Tables.CONTACT;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;

import fr.relance.domain.Allocation;
import fr.relance.domain.Company;
import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.Invoice;
import fr.relance.domain.Payment;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.jooq.DSLContext;

/**
 * Writes a whole ledger (debtors, contacts, invoices, payments, allocations) in one transaction, with the ids the
 * records carry, in JDBC batches. Cancelling rolls everything back: the file never holds half a ledger.
 */
public final class LedgerWriter {

    /** Receives the number of rows written so far out of the total. */
    @FunctionalInterface
    public interface Progress {
        void advanced(long done, long total);
    }

    public record Ledger(Company company, List<Debtor> debtors, List<Contact> contacts, List<Invoice> invoices,
                         List<Payment> payments, List<Allocation> allocations) {

        long rowCount() {
            return (long) debtors.size() + contacts.size() + invoices.size() + payments.size() + allocations.size();
        }
    }

    private final DSLContext dsl;

    public LedgerWriter(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * @throws LedgerNotEmptyException when the file already holds debtors: a ledger is written into an empty file only
     * @throws CancellationException when {@code cancelled} turns true; nothing is written then
     */
    public void writeIntoEmptyFile(Ledger ledger, Progress progress, BooleanSupplier cancelled) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.fetchExists(DEBTOR) || tx.fetchExists(INVOICE)) {
                throw new LedgerNotEmptyException();
            }
            BatchInsert.Counter counter = new BatchInsert.Counter(ledger.rowCount(), progress, cancelled);
            if (ledger.company() != null && !tx.fetchExists(COMPANY)) {
                new CompanyRepository(tx).save(ledger.company());
            }
            BatchInsert.rows(tx, DEBTOR, ledger.debtors(), counter, d -> new Object[] {
                    d.id(), d.accountCode(), d.name(), d.kind().name(), d.siren(), d.vatNumber(),
                    d.address().recipient(), d.address().building(), d.address().street(), d.address().locality(),
                    d.address().postcode(), d.address().city(), d.address().countryCode(), d.language()},
                    DEBTOR.ID, DEBTOR.ACCOUNT_CODE, DEBTOR.NAME, DEBTOR.KIND, DEBTOR.SIREN, DEBTOR.VAT_NUMBER,
                    DEBTOR.ADDR_RECIPIENT, DEBTOR.ADDR_BUILDING, DEBTOR.ADDR_STREET, DEBTOR.ADDR_LOCALITY,
                    DEBTOR.POSTCODE, DEBTOR.CITY, DEBTOR.COUNTRY_CODE, DEBTOR.LANGUAGE);
            BatchInsert.rows(tx, CONTACT, ledger.contacts(), counter, c -> new Object[] {
                    c.id(), c.debtorId(), c.name(), c.role(), c.email(), c.phone(), c.primary()},
                    CONTACT.ID, CONTACT.DEBTOR_ID, CONTACT.NAME, CONTACT.ROLE, CONTACT.EMAIL, CONTACT.PHONE,
                    CONTACT.IS_PRIMARY);
            BatchInsert.rows(tx, INVOICE, ledger.invoices(), counter, i -> new Object[] {
                    i.id(), i.debtorId(), i.kind().name(), i.number(), i.issueDate(), i.dueDate(),
                    i.amountExclVat(), i.amountInclVat(), i.currency(), i.disputed(), i.disputeReason()},
                    INVOICE.ID, INVOICE.DEBTOR_ID, INVOICE.KIND, INVOICE.NUMBER, INVOICE.ISSUE_DATE,
                    INVOICE.DUE_DATE, INVOICE.AMOUNT_EXCL_VAT, INVOICE.AMOUNT_INCL_VAT, INVOICE.CURRENCY,
                    INVOICE.DISPUTED, INVOICE.DISPUTE_REASON);
            BatchInsert.rows(tx, PAYMENT, ledger.payments(), counter, p -> new Object[] {
                    p.id(), p.debtorId(), p.receivedOn(), p.amount(), p.method(), p.reference()},
                    PAYMENT.ID, PAYMENT.DEBTOR_ID, PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT, PAYMENT.METHOD,
                    PAYMENT.REFERENCE);
            BatchInsert.rows(tx, ALLOCATION, ledger.allocations(), counter, a -> new Object[] {
                    a.id(), a.invoiceId(), a.paymentId(), a.creditNoteId(), a.amount(), a.allocatedOn()},
                    ALLOCATION.ID, ALLOCATION.INVOICE_ID, ALLOCATION.PAYMENT_ID, ALLOCATION.CREDIT_NOTE_ID,
                    ALLOCATION.AMOUNT, ALLOCATION.ALLOCATED_ON);
        });
        BatchInsert.realignIdentities(dsl);
    }
}
