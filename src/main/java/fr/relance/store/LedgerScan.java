package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;

import fr.relance.domain.CaseStage;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.DebtorProfile;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.MonthlySales;
import fr.relance.domain.OpenItem;
import fr.relance.domain.UnallocatedCredit;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Select;

/**
 * The whole ledger as of a date, in four plain table scans folded in memory: balances of every invoice and credit
 * note, unallocated payments, debtor profiles and monthly sales. H2 joins grouped derived tables without an index,
 * which made the same result in SQL take seconds over 100,000 invoices; plain scans take a fraction of that.
 */
final class LedgerScan {

    /** What the aging list needs. */
    record Result(List<OpenItem> items, List<UnallocatedCredit> credits, Map<Long, DebtorProfile> profiles,
                  List<MonthlySales> sales) {
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private final DSLContext dsl;

    LedgerScan(DSLContext dsl) {
        this.dsl = dsl;
    }

    Result asOf(LocalDate asOf, int salesMonths) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, DebtorProfile> profiles = new HashMap<>();
        scan(dsl.select(DEBTOR.ID, DEBTOR.NAME, DEBTOR.KIND, COLLECTION_CASE.STAGE).from(DEBTOR)
                .leftJoin(COLLECTION_CASE).on(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(DEBTOR.ID)), rs -> {
                    long id = rs.getLong(1);
                    names.put(id, rs.getString(2));
                    String stage = rs.getString(4);
                    profiles.put(id, new DebtorProfile(id, DebtorKind.valueOf(rs.getString(3)),
                            stage == null ? null : CaseStage.valueOf(stage)));
                });

        Map<Long, BigDecimal> settledOnInvoice = new HashMap<>();
        Map<Long, BigDecimal> usedOfCreditNote = new HashMap<>();
        Map<Long, BigDecimal> allocatedOfPayment = new HashMap<>();
        scan(dsl.select(ALLOCATION.INVOICE_ID, ALLOCATION.CREDIT_NOTE_ID, ALLOCATION.PAYMENT_ID, ALLOCATION.AMOUNT)
                .from(ALLOCATION).where(ALLOCATION.ALLOCATED_ON.le(asOf)), rs -> {
                    BigDecimal amount = rs.getBigDecimal(4);
                    settledOnInvoice.merge(rs.getLong(1), amount, BigDecimal::add);
                    long creditNote = rs.getLong(2);
                    if (!rs.wasNull()) {
                        usedOfCreditNote.merge(creditNote, amount, BigDecimal::add);
                    }
                    long payment = rs.getLong(3);
                    if (!rs.wasNull()) {
                        allocatedOfPayment.merge(payment, amount, BigDecimal::add);
                    }
                });

        // What is left of each payment is a credit on its debtor, in the payment's currency.
        Map<CreditKey, BigDecimal> creditByDebtor = new HashMap<>();
        scan(dsl.select(PAYMENT.ID, PAYMENT.DEBTOR_ID, PAYMENT.AMOUNT, PAYMENT.CURRENCY).from(PAYMENT)
                .where(PAYMENT.RECEIVED_ON.le(asOf)), rs -> {
                    BigDecimal left = rs.getBigDecimal(3)
                            .subtract(allocatedOfPayment.getOrDefault(rs.getLong(1), BigDecimal.ZERO));
                    if (left.signum() > 0) {
                        creditByDebtor.merge(new CreditKey(rs.getLong(2), rs.getString(4).strip()), left,
                                BigDecimal::add);
                    }
                });
        List<UnallocatedCredit> credits = new ArrayList<>();
        creditByDebtor.forEach((key, amount) -> credits.add(new UnallocatedCredit(key.debtorId(),
                names.get(key.debtorId()), key.currency(), amount)));

        LocalDate salesFrom = asOf.withDayOfMonth(1).minusMonths(salesMonths - 1L);
        int asOfMonth = asOf.getYear() * 12 + asOf.getMonthValue();
        Map<MonthKey, BigDecimal> months = new HashMap<>();
        List<OpenItem> items = new ArrayList<>();
        scan(dsl.select(INVOICE.ID, INVOICE.DEBTOR_ID, INVOICE.KIND, INVOICE.NUMBER, INVOICE.ISSUE_DATE,
                        INVOICE.DUE_DATE, INVOICE.AMOUNT_INCL_VAT, INVOICE.CURRENCY, INVOICE.DISPUTED, INVOICE.CLOSED_ON)
                .from(INVOICE).where(INVOICE.ISSUE_DATE.le(asOf)), rs -> {
                    long id = rs.getLong(1);
                    long debtor = rs.getLong(2);
                    boolean invoice = InvoiceKind.INVOICE.name().equals(rs.getString(3));
                    LocalDate issued = rs.getObject(5, LocalDate.class);
                    BigDecimal amount = rs.getBigDecimal(7);
                    String currency = rs.getString(8);
                    if (invoice && !issued.isBefore(salesFrom)) {
                        int back = asOfMonth - (issued.getYear() * 12 + issued.getMonthValue());
                        months.merge(new MonthKey(debtor, currency, back), amount, BigDecimal::add);
                    }
                    LocalDate closed = rs.getObject(10, LocalDate.class);
                    if (closed != null && !closed.isAfter(asOf)) {
                        return;
                    }
                    BigDecimal balance = invoice
                            ? amount.subtract(settledOnInvoice.getOrDefault(id, BigDecimal.ZERO))
                            : usedOfCreditNote.getOrDefault(id, BigDecimal.ZERO).subtract(amount);
                    if (balance.signum() != 0) {
                        items.add(new OpenItem(debtor, names.get(debtor), id,
                                invoice ? InvoiceKind.INVOICE : InvoiceKind.CREDIT_NOTE, rs.getString(4), issued,
                                rs.getObject(6, LocalDate.class), amount, balance, currency, rs.getBoolean(9)));
                    }
                });
        List<MonthlySales> sales = new ArrayList<>(months.size());
        months.forEach((key, amount) -> sales.add(new MonthlySales(key.debtorId(), key.currency(), key.monthsBack(),
                amount)));
        return new Result(items, credits, profiles, sales);
    }

    private record MonthKey(long debtorId, String currency, int monthsBack) {
    }

    private record CreditKey(long debtorId, String currency) {
    }

    /** Runs a query rendered by jOOQ (values inlined: dates only) and reads it row by row, without records. */
    private void scan(Select<?> query, Row row) {
        String sql = dsl.renderInlined(query);
        dsl.connection(connection -> read(connection, sql, row));
    }

    private static void read(Connection connection, String sql, Row row) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            statement.setFetchSize(5_000);
            while (rs.next()) {
                row.read(rs);
            }
        }
    }
}
