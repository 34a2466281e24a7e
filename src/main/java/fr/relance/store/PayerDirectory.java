package fr.relance.store;

import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;

import fr.relance.domain.InvoiceKind;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What a bank-statement line can name to tell who paid: invoice numbers with their debtor, and debtor names.
 * Plain data, read once per import.
 */
public final class PayerDirectory {

    /** An invoice number and the account code of the debtor it was issued to. */
    public record InvoiceOwner(String number, String debtorCode) {
    }

    /** A debtor's account code and name. */
    public record DebtorName(String debtorCode, String name) {
    }

    private final DSLContext dsl;

    public PayerDirectory(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Every invoice, settled ones included: a statement read again after its payments were recorded must find
     * the same payers, so that its lines are recognised as known payments rather than rejected.
     */
    public List<InvoiceOwner> invoiceOwners() {
        return dsl.select(INVOICE.NUMBER, DEBTOR.ACCOUNT_CODE)
                .from(INVOICE).join(DEBTOR).on(DEBTOR.ID.eq(INVOICE.DEBTOR_ID))
                .where(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()))
                .fetch(r -> new InvoiceOwner(r.value1(), r.value2()));
    }

    public List<DebtorName> debtorNames() {
        return dsl.select(DEBTOR.ACCOUNT_CODE, DEBTOR.NAME).from(DEBTOR)
                .fetch(r -> new DebtorName(r.value1(), r.value2()));
    }
}
