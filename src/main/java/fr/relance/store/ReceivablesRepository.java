package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import fr.relance.domain.Aging;
import fr.relance.domain.AgingReport;
import fr.relance.domain.CaseStage;
import fr.relance.domain.Currencies;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.DebtorProfile;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.MonthlySales;
import fr.relance.domain.OpenItem;
import fr.relance.domain.UnallocatedCredit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * The aging list as of a date (buckets, credits and DSO computed by the domain rules): open items, unallocated
     * payments, debtor profiles and monthly sales, in four set queries.
     */
    public AgingReport agingAsOf(LocalDate asOf) {
        return Aging.asOf(asOf, openItems(asOf, DSL.noCondition()), unallocatedCredits(asOf), profiles(),
                monthlySales(asOf));
    }

    /**
     * Per debtor, payments received up to the as-of date less their allocations dated up to then. The payment
     * table has no currency: payments are in the home currency.
     */
    List<UnallocatedCredit> unallocatedCredits(LocalDate asOf) {
        // Two plain aggregates merged here: H2 joins a grouped derived table without an index, which took a
        // second over 80,000 payments. Allocations never exceed their payment, so the difference per debtor is
        // the sum over its payments of what is left of each.
        Map<Long, BigDecimal> received = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        dsl.select(PAYMENT.DEBTOR_ID, DEBTOR.NAME, sum(PAYMENT.AMOUNT))
                .from(PAYMENT)
                .join(DEBTOR).on(DEBTOR.ID.eq(PAYMENT.DEBTOR_ID))
                .where(PAYMENT.RECEIVED_ON.le(asOf))
                .groupBy(PAYMENT.DEBTOR_ID, DEBTOR.NAME)
                .fetch()
                .forEach(r -> {
                    received.put(r.value1(), r.value3());
                    names.put(r.value1(), r.value2());
                });
        dsl.select(PAYMENT.DEBTOR_ID, sum(ALLOCATION.AMOUNT))
                .from(ALLOCATION)
                .join(PAYMENT).on(PAYMENT.ID.eq(ALLOCATION.PAYMENT_ID))
                .where(ALLOCATION.ALLOCATED_ON.le(asOf).and(PAYMENT.RECEIVED_ON.le(asOf)))
                .groupBy(PAYMENT.DEBTOR_ID)
                .fetch()
                .forEach(r -> received.computeIfPresent(r.value1(), (id, amount) -> amount.subtract(r.value2())));
        List<UnallocatedCredit> credits = new java.util.ArrayList<>();
        received.forEach((debtor, left) -> {
            if (left.signum() > 0) {
                credits.add(new UnallocatedCredit(debtor, names.get(debtor), Currencies.DEFAULT, left));
            }
        });
        return credits;
    }

    /** Every debtor's kind and the stage of its open case, if any. */
    Map<Long, DebtorProfile> profiles() {
        Map<Long, DebtorProfile> profiles = new HashMap<>();
        dsl.select(DEBTOR.ID, DEBTOR.KIND, COLLECTION_CASE.STAGE)
                .from(DEBTOR)
                .leftJoin(COLLECTION_CASE).on(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(DEBTOR.ID))
                .fetch()
                .forEach(r -> profiles.put(r.value1(), new DebtorProfile(r.value1(), DebtorKind.valueOf(r.value2()),
                        r.value3() == null ? null : CaseStage.valueOf(r.value3()))));
        return profiles;
    }

    /** Invoices issued (TTC) per debtor, currency and calendar month, over the DSO's history window. */
    List<MonthlySales> monthlySales(LocalDate asOf) {
        LocalDate from = asOf.withDayOfMonth(1).minusMonths(SALES_HISTORY_MONTHS - 1L);
        int asOfMonth = asOf.getYear() * 12 + asOf.getMonthValue();
        // Summed by issue date in SQL, folded into months here: grouping on a computed month was slower in H2.
        Map<MonthKey, BigDecimal> months = new HashMap<>();
        dsl.select(INVOICE.DEBTOR_ID, INVOICE.CURRENCY, INVOICE.ISSUE_DATE, sum(INVOICE.AMOUNT_INCL_VAT))
                .from(INVOICE)
                .where(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()))
                .and(INVOICE.ISSUE_DATE.between(from, asOf))
                .groupBy(INVOICE.DEBTOR_ID, INVOICE.CURRENCY, INVOICE.ISSUE_DATE)
                .fetch()
                .forEach(r -> months.merge(new MonthKey(r.value1(), r.value2(),
                                asOfMonth - (r.value3().getYear() * 12 + r.value3().getMonthValue())),
                        r.value4(), BigDecimal::add));
        List<MonthlySales> sales = new java.util.ArrayList<>(months.size());
        months.forEach((key, amount) -> sales.add(new MonthlySales(key.debtorId(), key.currency(), key.monthsBack(),
                amount)));
        return sales;
    }

    private record MonthKey(long debtorId, String currency, int monthsBack) {
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
