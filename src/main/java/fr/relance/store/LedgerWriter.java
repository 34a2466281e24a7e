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
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;

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

    private static final int BATCH_SIZE = 2_000;

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
            Counter counter = new Counter(ledger.rowCount(), progress, cancelled);
            if (ledger.company() != null && !tx.fetchExists(COMPANY)) {
                new CompanyRepository(tx).save(ledger.company());
            }
            insert(tx, DEBTOR, ledger.debtors(), counter, d -> new Object[] {
                    d.id(), d.accountCode(), d.name(), d.kind().name(), d.siren(), d.vatNumber(),
                    d.address().recipient(), d.address().building(), d.address().street(), d.address().locality(),
                    d.address().postcode(), d.address().city(), d.address().countryCode(), d.language()},
                    DEBTOR.ID, DEBTOR.ACCOUNT_CODE, DEBTOR.NAME, DEBTOR.KIND, DEBTOR.SIREN, DEBTOR.VAT_NUMBER,
                    DEBTOR.ADDR_RECIPIENT, DEBTOR.ADDR_BUILDING, DEBTOR.ADDR_STREET, DEBTOR.ADDR_LOCALITY,
                    DEBTOR.POSTCODE, DEBTOR.CITY, DEBTOR.COUNTRY_CODE, DEBTOR.LANGUAGE);
            insert(tx, CONTACT, ledger.contacts(), counter, c -> new Object[] {
                    c.id(), c.debtorId(), c.name(), c.role(), c.email(), c.phone(), c.primary()},
                    CONTACT.ID, CONTACT.DEBTOR_ID, CONTACT.NAME, CONTACT.ROLE, CONTACT.EMAIL, CONTACT.PHONE,
                    CONTACT.IS_PRIMARY);
            insert(tx, INVOICE, ledger.invoices(), counter, i -> new Object[] {
                    i.id(), i.debtorId(), i.kind().name(), i.number(), i.issueDate(), i.dueDate(),
                    i.amountExclVat(), i.amountInclVat(), i.currency(), i.disputed(), i.disputeReason()},
                    INVOICE.ID, INVOICE.DEBTOR_ID, INVOICE.KIND, INVOICE.NUMBER, INVOICE.ISSUE_DATE,
                    INVOICE.DUE_DATE, INVOICE.AMOUNT_EXCL_VAT, INVOICE.AMOUNT_INCL_VAT, INVOICE.CURRENCY,
                    INVOICE.DISPUTED, INVOICE.DISPUTE_REASON);
            insert(tx, PAYMENT, ledger.payments(), counter, p -> new Object[] {
                    p.id(), p.debtorId(), p.receivedOn(), p.amount(), p.method(), p.reference()},
                    PAYMENT.ID, PAYMENT.DEBTOR_ID, PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT, PAYMENT.METHOD,
                    PAYMENT.REFERENCE);
            insert(tx, ALLOCATION, ledger.allocations(), counter, a -> new Object[] {
                    a.id(), a.invoiceId(), a.paymentId(), a.creditNoteId(), a.amount(), a.allocatedOn()},
                    ALLOCATION.ID, ALLOCATION.INVOICE_ID, ALLOCATION.PAYMENT_ID, ALLOCATION.CREDIT_NOTE_ID,
                    ALLOCATION.AMOUNT, ALLOCATION.ALLOCATED_ON);
            // Explicit ids do not move H2's identity sequences: restart them past the highest id written.
            for (Table<?> table : List.of(DEBTOR, CONTACT, INVOICE, PAYMENT, ALLOCATION)) {
                restartIdentity(tx, table);
            }
        });
    }

    /**
     * jOOQ renders the statement; the rows go through one plain JDBC prepared statement in batches, on the
     * transaction's connection. jOOQ's per-bind pipeline tripled the time of a 100,000-invoice load.
     */
    @SafeVarargs
    private static <T> void insert(DSLContext tx, Table<?> table, List<T> rows, Counter counter,
                                   Function<T, Object[]> values, TableField<?, ?>... fields) {
        String sql = tx.render(tx.insertInto(table).columns(fields).values(new Object[fields.length]));
        tx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    Object[] bound = values.apply(row);
                    for (int index = 0; index < bound.length; index++) {
                        statement.setObject(index + 1, bound[index]);
                    }
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        statement.executeBatch();
                        counter.advance(pending);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                    counter.advance(pending);
                }
            }
        });
    }

    private static void restartIdentity(DSLContext tx, Table<?> table) {
        Long max = tx.select(org.jooq.impl.DSL.max(table.field("ID", Long.class))).from(table).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        tx.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN ID RESTART WITH " + next);
    }

    private static final class Counter {
        private final long total;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private long done;

        Counter(long total, Progress progress, BooleanSupplier cancelled) {
            this.total = total;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        void advance(int rows) {
            done += rows;
            progress.advanced(done, total);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Ledger import cancelled");
            }
        }
    }
}
