package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import fr.relance.domain.Aging;
import fr.relance.domain.AgingReport;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What debtors owe on a date: open invoices and credit notes with their balance then. The ledger keeps every
 * allocation with its date, so any past date can be replayed.
 */
public final class ReceivablesRepository {

    /** Months of sales the DSO countback may walk back over, the as-of month included. */
    public static final int SALES_HISTORY_MONTHS = 24;

    private final DSLContext dsl;

    public ReceivablesRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * The aging list as of a date (buckets, credits and DSO computed by the domain rules) from one scan of the
     * ledger (see {@link LedgerScan}).
     */
    public AgingReport agingAsOf(LocalDate asOf) {
        LedgerScan.Result ledger = new LedgerScan(dsl).asOf(asOf, SALES_HISTORY_MONTHS);
        return Aging.asOf(asOf, ledger.items(), ledger.credits(), ledger.profiles(), ledger.sales());
    }

    /** One debtor's open invoices and credit notes, oldest due first. */
    public List<OpenItem> openItemsOf(long debtorId, LocalDate asOf) {
        return openItems(asOf, INVOICE.DEBTOR_ID.eq(debtorId));
    }

    public boolean isEmpty() {
        return !dsl.fetchExists(INVOICE);
    }

    private List<OpenItem> openItems(LocalDate asOf, Condition filter) {
        // Settled on an invoice: payments and credit notes allocated to it up to the as-of date.
        var settled = dsl.select(ALLOCATION.INVOICE_ID.as("item_id"), sum(ALLOCATION.AMOUNT).as("settled"))
                .from(ALLOCATION)
                .where(ALLOCATION.ALLOCATED_ON.le(asOf))
                .groupBy(ALLOCATION.INVOICE_ID)
                .asTable("settled");
        // Used of a credit note: what of it was allocated to invoices up to the as-of date.
        var used = dsl.select(ALLOCATION.CREDIT_NOTE_ID.as("item_id"), sum(ALLOCATION.AMOUNT).as("used"))
                .from(ALLOCATION)
                .where(ALLOCATION.ALLOCATED_ON.le(asOf).and(ALLOCATION.CREDIT_NOTE_ID.isNotNull()))
                .groupBy(ALLOCATION.CREDIT_NOTE_ID)
                .asTable("used");
        Field<Long> settledId = settled.field("item_id", Long.class);
        Field<Long> usedId = used.field("item_id", Long.class);
        Field<BigDecimal> settledAmount = coalesce(settled.field("settled", BigDecimal.class), inline(BigDecimal.ZERO));
        Field<BigDecimal> usedAmount = coalesce(used.field("used", BigDecimal.class), inline(BigDecimal.ZERO));
        Field<BigDecimal> balance = DSL.when(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()),
                        INVOICE.AMOUNT_INCL_VAT.minus(settledAmount))
                .otherwise(usedAmount.minus(INVOICE.AMOUNT_INCL_VAT));

        return dsl.select(INVOICE.DEBTOR_ID, DEBTOR.NAME, INVOICE.ID, INVOICE.KIND, INVOICE.NUMBER,
                        INVOICE.ISSUE_DATE, INVOICE.DUE_DATE, INVOICE.AMOUNT_INCL_VAT, balance.as("balance"),
                        INVOICE.CURRENCY, INVOICE.DISPUTED)
                .from(INVOICE)
                .join(DEBTOR).on(DEBTOR.ID.eq(INVOICE.DEBTOR_ID))
                .leftJoin(settled).on(settledId.eq(INVOICE.ID))
                .leftJoin(used).on(usedId.eq(INVOICE.ID))
                .where(filter)
                .and(INVOICE.ISSUE_DATE.le(asOf))
                .and(INVOICE.CLOSED_ON.isNull().or(INVOICE.CLOSED_ON.gt(asOf)))
                .and(balance.ne(inline(BigDecimal.ZERO)))
                .orderBy(INVOICE.DUE_DATE, INVOICE.NUMBER)
                .fetch(r -> new OpenItem(r.value1(), r.value2(), r.value3(), InvoiceKind.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        Boolean.TRUE.equals(r.value11())));
    }
}
