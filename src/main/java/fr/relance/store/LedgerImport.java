package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.CONTACT;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.IMPORT_BATCH;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import fr.relance.domain.DebtorDetails;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.EntryKind;
import fr.relance.domain.ImportPlan;
import fr.relance.domain.ImportedDocument;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.PaymentAllocator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Applies a ledger export to the data file in one transaction, following {@link ImportPlan}'s re-import rules:
 * new, updated, closed and unchanged documents, payments allocated by the invoice numbers their reference names
 * (else oldest first), the import recorded with its SHA-256 and counts, timeline events for what the ledger
 * settled. Either all of it is written, or nothing.
 */
public final class LedgerImport {

    /** Method of the payments that stand for money the ledger shows as received on an unknown day. */
    public static final String LEDGER_SETTLEMENT = "LEDGER";
    public static final String AUTHOR = "import";

    /** What to import. {@code settledNumbers}: documents the file lists with nothing left open. */
    public record Request(String fileName, String sha256, String format, LocalDate importDate,
                          List<LedgerEntry> entries, Set<String> settledNumbers, int rejectedCount) {
    }

    /** What the import did. {@code alreadyImportedAt} is set, and nothing changed, when the same file was seen. */
    public record Summary(long batchId, int created, int updated, int closed, int unchanged, int rejected,
                          int paymentsAdded, int paymentsUnchanged, int debtorsCreated, BigDecimal unallocated,
                          OffsetDateTime alreadyImportedAt) {
    }

    private final DSLContext dsl;

    public LedgerImport(Database database) {
        this.dsl = database.dsl();
    }

    /** When a file with this SHA-256 was imported, if ever. */
    public Optional<OffsetDateTime> importedAt(String sha256) {
        return dsl.select(IMPORT_BATCH.IMPORTED_AT).from(IMPORT_BATCH).where(IMPORT_BATCH.SHA256.eq(sha256))
                .orderBy(IMPORT_BATCH.IMPORTED_AT).limit(1).fetchOptional(IMPORT_BATCH.IMPORTED_AT);
    }

    /**
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is written then
     */
    public Summary apply(Request request, LedgerWriter.Progress progress, BooleanSupplier cancelled) {
        Optional<OffsetDateTime> seen = importedAt(request.sha256());
        if (seen.isPresent()) {
            return new Summary(0, 0, 0, 0, request.entries().size(), request.rejectedCount(), 0, 0, 0,
                    BigDecimal.ZERO, seen.get());
        }
        Summary summary = dsl.transactionResult(configuration -> new Run(configuration.dsl(), request,
                new BatchInsert.Counter(request.entries().size() + 1L, progress, cancelled)).execute());
        BatchInsert.realignIdentities(dsl);
        return summary;
    }

    private record Settlement(long debtorId, long invoiceId, String number, BigDecimal amount, String currency) {
    }

    /** One import inside its transaction. */
    private static final class Run {
        private final DSLContext tx;
        private final Request request;
        private final BatchInsert.Counter counter;
        private final Map<String, Long> debtorIds = new HashMap<>();
        private final List<Settlement> pendingSettlements = new ArrayList<>();
        private final List<Object[]> allocations = new ArrayList<>();
        private final List<Object[]> events = new ArrayList<>();
        private long batchId;
        private long nextPaymentId;
        private int debtorsCreated;

        Run(DSLContext tx, Request request, BatchInsert.Counter counter) {
            this.tx = tx;
            this.request = request;
            this.counter = counter;
        }

        Summary execute() {
            batchId = tx.insertInto(IMPORT_BATCH)
                    .set(IMPORT_BATCH.FILE_NAME, request.fileName())
                    .set(IMPORT_BATCH.SHA256, request.sha256())
                    .set(IMPORT_BATCH.FORMAT, request.format())
                    .returningResult(IMPORT_BATCH.ID).fetchOne().value1();
            nextPaymentId = BatchInsert.nextId(tx, PAYMENT);
            upsertDebtors();

            List<LedgerEntry> documents = request.entries().stream().filter(e -> e.kind() != EntryKind.PAYMENT)
                    .toList();
            ImportPlan plan = ImportPlan.of(documents, request.settledNumbers(), knownDocuments());
            create(plan.created());
            update(plan.updated());
            close(plan.closed());
            settleInLedger();
            counter.advance(documents.size());

            List<LedgerEntry> payments = request.entries().stream().filter(e -> e.kind() == EntryKind.PAYMENT)
                    .toList();
            int[] paymentCounts = payments(payments);
            flush();
            counter.advance(payments.size());

            BigDecimal unallocated = unallocatedOfThisBatch();
            tx.update(IMPORT_BATCH)
                    .set(IMPORT_BATCH.NEW_COUNT, plan.created().size())
                    .set(IMPORT_BATCH.UPDATED_COUNT, plan.updated().size())
                    .set(IMPORT_BATCH.CLOSED_COUNT, plan.closed().size())
                    .set(IMPORT_BATCH.UNCHANGED_COUNT, plan.unchanged() + paymentCounts[1])
                    .set(IMPORT_BATCH.REJECTED_COUNT, request.rejectedCount())
                    .where(IMPORT_BATCH.ID.eq(batchId)).execute();
            counter.advance(1);
            return new Summary(batchId, plan.created().size(), plan.updated().size(), plan.closed().size(),
                    plan.unchanged(), request.rejectedCount(), paymentCounts[0], paymentCounts[1], debtorsCreated,
                    unallocated, null);
        }

        private void upsertDebtors() {
            tx.select(DEBTOR.ACCOUNT_CODE, DEBTOR.ID).from(DEBTOR)
                    .forEach(r -> debtorIds.put(r.value1(), r.value2()));
            long nextDebtorId = BatchInsert.nextId(tx, DEBTOR);
            List<Object[]> debtors = new ArrayList<>();
            List<Object[]> contacts = new ArrayList<>();
            Set<String> filled = new HashSet<>();
            for (LedgerEntry entry : request.entries()) {
                String code = entry.debtorCode().strip();
                Long id = debtorIds.get(code);
                if (id == null) {
                    DebtorDetails d = entry.details();
                    String name = entry.debtorName() == null || entry.debtorName().isBlank() ? code
                            : entry.debtorName().strip();
                    id = nextDebtorId++;
                    debtors.add(new Object[] {id, code, name, (d.kind() == null ? DebtorKind.B2B : d.kind()).name(),
                            d.siren(), d.vatNumber(), fit(d.street()), d.postcode(), fit(d.city()),
                            d.countryCode() == null ? "FR" : d.countryCode()});
                    if (d.email() != null || d.phone() != null) {
                        contacts.add(new Object[] {id, cut(name, 100), d.email(), d.phone(), true});
                    }
                    debtorIds.put(code, id);
                    debtorsCreated++;
                    filled.add(code);
                } else if (filled.add(code)) {
                    fillBlanks(id, entry.details());
                }
            }
            BatchInsert.rows(tx, DEBTOR, debtors, noProgress(), row -> row, DEBTOR.ID, DEBTOR.ACCOUNT_CODE,
                    DEBTOR.NAME, DEBTOR.KIND, DEBTOR.SIREN, DEBTOR.VAT_NUMBER, DEBTOR.ADDR_STREET, DEBTOR.POSTCODE,
                    DEBTOR.CITY, DEBTOR.COUNTRY_CODE);
            BatchInsert.rows(tx, CONTACT, contacts, noProgress(), row -> row, CONTACT.DEBTOR_ID, CONTACT.NAME,
                    CONTACT.EMAIL, CONTACT.PHONE, CONTACT.IS_PRIMARY);
        }

        /** An import fills what the debtor lacks; it never overwrites what the user entered. */
        private void fillBlanks(long id, DebtorDetails d) {
            if (d.equals(DebtorDetails.NONE)) {
                return;
            }
            tx.update(DEBTOR)
                    .set(DEBTOR.SIREN, coalesce(DEBTOR.SIREN, inline(d.siren(), DEBTOR.SIREN)))
                    .set(DEBTOR.VAT_NUMBER, coalesce(DEBTOR.VAT_NUMBER, inline(d.vatNumber(), DEBTOR.VAT_NUMBER)))
                    .set(DEBTOR.ADDR_STREET, coalesce(DEBTOR.ADDR_STREET, inline(fit(d.street()), DEBTOR.ADDR_STREET)))
                    .set(DEBTOR.POSTCODE, coalesce(DEBTOR.POSTCODE, inline(d.postcode(), DEBTOR.POSTCODE)))
                    .set(DEBTOR.CITY, coalesce(DEBTOR.CITY, inline(fit(d.city()), DEBTOR.CITY)))
                    .where(DEBTOR.ID.eq(id)).execute();
            if ((d.email() != null || d.phone() != null) && !tx.fetchExists(CONTACT, CONTACT.DEBTOR_ID.eq(id))) {
                tx.insertInto(CONTACT)
                        .set(CONTACT.DEBTOR_ID, id)
                        .set(CONTACT.NAME, cut(d.email() != null ? d.email() : d.phone(), 100))
                        .set(CONTACT.EMAIL, d.email())
                        .set(CONTACT.PHONE, d.phone())
                        .set(CONTACT.IS_PRIMARY, true)
                        .execute();
            }
        }

        private List<ImportedDocument> knownDocuments() {
            var settled = tx.select(ALLOCATION.INVOICE_ID.as("doc"), sum(ALLOCATION.AMOUNT).as("amt"))
                    .from(ALLOCATION).groupBy(ALLOCATION.INVOICE_ID).asTable("settled");
            var used = tx.select(ALLOCATION.CREDIT_NOTE_ID.as("doc"), sum(ALLOCATION.AMOUNT).as("amt"))
                    .from(ALLOCATION).where(ALLOCATION.CREDIT_NOTE_ID.isNotNull())
                    .groupBy(ALLOCATION.CREDIT_NOTE_ID).asTable("used");
            Field<BigDecimal> settledAmount = coalesce(settled.field("amt", BigDecimal.class), inline(BigDecimal.ZERO));
            Field<BigDecimal> usedAmount = coalesce(used.field("amt", BigDecimal.class), inline(BigDecimal.ZERO));
            Field<BigDecimal> balance = INVOICE.AMOUNT_INCL_VAT.minus(
                    org.jooq.impl.DSL.when(INVOICE.KIND.eq(InvoiceKind.INVOICE.name()), settledAmount)
                            .otherwise(usedAmount)).as("balance");
            return tx.select(INVOICE.ID, INVOICE.DEBTOR_ID, DEBTOR.ACCOUNT_CODE, INVOICE.KIND, INVOICE.NUMBER,
                            INVOICE.ISSUE_DATE, INVOICE.DUE_DATE, INVOICE.AMOUNT_INCL_VAT, balance, INVOICE.CURRENCY,
                            INVOICE.IMPORT_BATCH_ID, INVOICE.CLOSED_ON)
                    .from(INVOICE)
                    .join(DEBTOR).on(DEBTOR.ID.eq(INVOICE.DEBTOR_ID))
                    .leftJoin(settled).on(settled.field("doc", Long.class).eq(INVOICE.ID))
                    .leftJoin(used).on(used.field("doc", Long.class).eq(INVOICE.ID))
                    .fetch(r -> new ImportedDocument(r.value1(), r.value2(), r.value3(),
                            InvoiceKind.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(),
                            r.value9(), r.value10(), r.value11() != null, r.value12() != null));
        }

        private void create(List<LedgerEntry> created) {
            long nextInvoiceId = BatchInsert.nextId(tx, INVOICE);
            List<Object[]> rows = new ArrayList<>(created.size());
            for (LedgerEntry entry : created) {
                long debtorId = debtorIds.get(entry.debtorCode().strip());
                InvoiceKind kind = entry.kind() == EntryKind.CREDIT_NOTE ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
                long id = nextInvoiceId++;
                rows.add(new Object[] {id, debtorId, kind.name(), entry.number(), entry.date(), entry.dueDate(),
                        entry.amountExclVat() == null ? entry.amount() : entry.amountExclVat(), entry.amount(),
                        entry.currency(), false, batchId});
                BigDecimal settled = entry.amount().subtract(entry.openAmount());
                if (kind == InvoiceKind.INVOICE && settled.signum() > 0) {
                    pendingSettlements.add(new Settlement(debtorId, id, entry.number(), settled, entry.currency()));
                }
            }
            BatchInsert.rows(tx, INVOICE, rows, noProgress(), row -> row, INVOICE.ID, INVOICE.DEBTOR_ID, INVOICE.KIND,
                    INVOICE.NUMBER, INVOICE.ISSUE_DATE, INVOICE.DUE_DATE, INVOICE.AMOUNT_EXCL_VAT,
                    INVOICE.AMOUNT_INCL_VAT, INVOICE.CURRENCY, INVOICE.DISPUTED, INVOICE.IMPORT_BATCH_ID);
        }

        private void update(List<ImportPlan.Update> updates) {
            for (ImportPlan.Update update : updates) {
                LedgerEntry now = update.now();
                tx.update(INVOICE)
                        .set(INVOICE.ISSUE_DATE, now.date())
                        .set(INVOICE.DUE_DATE, now.dueDate())
                        .set(INVOICE.AMOUNT_INCL_VAT, now.amount())
                        .set(INVOICE.AMOUNT_EXCL_VAT, now.amountExclVat() == null ? now.amount() : now.amountExclVat())
                        .setNull(INVOICE.CLOSED_ON)
                        .where(INVOICE.ID.eq(update.before().id())).execute();
                if (update.before().kind() == InvoiceKind.INVOICE && update.settledInLedger().signum() > 0) {
                    pendingSettlements.add(new Settlement(update.before().debtorId(), update.before().id(),
                            now.number(), update.settledInLedger(), update.before().currency()));
                }
            }
        }

        private void close(List<ImportedDocument> closed) {
            for (ImportedDocument document : closed) {
                tx.update(INVOICE).set(INVOICE.CLOSED_ON, request.importDate())
                        .where(INVOICE.ID.eq(document.id())).execute();
                event(document.debtorId(), document.id(), "SETTLED_IN_LEDGER", document.balance(),
                        document.number() + " — " + request.fileName());
            }
        }

        /** The ledger shows money received on an unknown day: recorded as received on the import day. */
        private void settleInLedger() {
            List<Object[]> payments = new ArrayList<>(pendingSettlements.size());
            for (Settlement settlement : pendingSettlements) {
                long paymentId = nextPaymentId++;
                payments.add(new Object[] {paymentId, settlement.debtorId(), request.importDate(), settlement.amount(),
                        LEDGER_SETTLEMENT, settlement.number() + " — " + request.fileName(), batchId,
                        settlement.currency()});
                allocations.add(new Object[] {settlement.invoiceId(), paymentId, settlement.amount(),
                        request.importDate()});
                event(settlement.debtorId(), settlement.invoiceId(), "SETTLED_IN_LEDGER", settlement.amount(),
                        settlement.number() + " — " + request.fileName());
            }
            insertPayments(payments);
        }

        private void insertPayments(List<Object[]> payments) {
            BatchInsert.rows(tx, PAYMENT, payments, noProgress(), row -> row, PAYMENT.ID, PAYMENT.DEBTOR_ID,
                    PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT, PAYMENT.METHOD, PAYMENT.REFERENCE, PAYMENT.IMPORT_BATCH_ID,
                    PAYMENT.CURRENCY);
        }

        /** @return {payments added, payments already known} */
        private int[] payments(List<LedgerEntry> payments) {
            if (payments.isEmpty()) {
                return new int[] {0, 0};
            }
            // A payment settles invoices of its own currency only.
            Map<String, List<PaymentAllocator.OpenInvoice>> open = openInvoicesByDebtorAndCurrency();
            Set<String> knownPayments = new HashSet<>();
            tx.select(PAYMENT.DEBTOR_ID, PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT, PAYMENT.REFERENCE, PAYMENT.CURRENCY)
                    .from(PAYMENT)
                    .where(PAYMENT.METHOD.isDistinctFrom(LEDGER_SETTLEMENT))
                    .forEach(r -> knownPayments.add(paymentKey(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5())));
            List<Object[]> rows = new ArrayList<>();
            int known = 0;
            for (LedgerEntry entry : payments) {
                long debtorId = debtorIds.get(entry.debtorCode().strip());
                String reference = entry.reference() != null ? entry.reference() : entry.number();
                if (!knownPayments.add(paymentKey(debtorId, entry.date(), entry.amount(), reference,
                        entry.currency()))) {
                    known++;
                    continue;
                }
                long paymentId = nextPaymentId++;
                rows.add(new Object[] {paymentId, debtorId, entry.date(), entry.amount(), "TRANSFER", reference,
                        batchId, entry.currency()});
                List<PaymentAllocator.OpenInvoice> debtorOpen = open.getOrDefault(
                        debtorId + "|" + entry.currency().strip(), new ArrayList<>());
                PaymentAllocator.Result result = PaymentAllocator.allocate(entry.amount(), reference, debtorOpen);
                result.allocations().forEach((invoiceId, amount) ->
                        allocations.add(new Object[] {invoiceId, paymentId, amount, entry.date()}));
                debtorOpen.replaceAll(invoice -> result.allocations().containsKey(invoice.invoiceId())
                        ? new PaymentAllocator.OpenInvoice(invoice.invoiceId(), invoice.number(), invoice.dueDate(),
                        invoice.balance().subtract(result.allocations().get(invoice.invoiceId())))
                        : invoice);
                event(debtorId, null, "PAYMENT_RECEIVED", entry.amount(), reference);
            }
            insertPayments(rows);
            return new int[] {rows.size(), known};
        }

        private static String paymentKey(long debtorId, LocalDate on, BigDecimal amount, String reference,
                                         String currency) {
            return debtorId + "|" + on + "|" + amount.stripTrailingZeros().toPlainString() + "|" + reference + "|"
                    + currency.strip();
        }

        private Map<String, List<PaymentAllocator.OpenInvoice>> openInvoicesByDebtorAndCurrency() {
            Map<String, List<PaymentAllocator.OpenInvoice>> open = new HashMap<>();
            for (ImportedDocument document : knownDocuments()) {
                if (document.kind() == InvoiceKind.INVOICE && !document.closed() && document.balance().signum() > 0) {
                    open.computeIfAbsent(document.debtorId() + "|" + document.currency().strip(),
                                    key -> new ArrayList<>())
                            .add(new PaymentAllocator.OpenInvoice(document.id(), document.number(),
                                    document.dueDate(), document.balance()));
                }
            }
            return open;
        }

        private void event(long debtorId, Long invoiceId, String kind, BigDecimal amount, String summary) {
            events.add(new Object[] {debtorId, request.importDate(), kind, AUTHOR, amount, invoiceId,
                    summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500)});
        }

        private void flush() {
            BatchInsert.rows(tx, ALLOCATION, allocations, noProgress(), row -> row, ALLOCATION.INVOICE_ID,
                    ALLOCATION.PAYMENT_ID, ALLOCATION.AMOUNT, ALLOCATION.ALLOCATED_ON);
            BatchInsert.rows(tx, CASE_EVENT, events, noProgress(), row -> row, CASE_EVENT.DEBTOR_ID,
                    CASE_EVENT.OCCURRED_ON, CASE_EVENT.KIND, CASE_EVENT.AUTHOR, CASE_EVENT.AMOUNT,
                    CASE_EVENT.INVOICE_ID, CASE_EVENT.SUMMARY);
        }

        private BatchInsert.Counter noProgress() {
            return new BatchInsert.Counter(Long.MAX_VALUE, (done, total) -> { }, counter::isCancelled);
        }

        private BigDecimal unallocatedOfThisBatch() {
            Record row = tx.select(coalesce(sum(PAYMENT.AMOUNT), inline(BigDecimal.ZERO)),
                            coalesce(org.jooq.impl.DSL.select(sum(ALLOCATION.AMOUNT)).from(ALLOCATION)
                                    .join(PAYMENT).on(PAYMENT.ID.eq(ALLOCATION.PAYMENT_ID))
                                    .where(PAYMENT.IMPORT_BATCH_ID.eq(batchId)).asField(), inline(BigDecimal.ZERO)))
                    .from(PAYMENT).where(PAYMENT.IMPORT_BATCH_ID.eq(batchId)).fetchOne();
            return row.get(0, BigDecimal.class).subtract(row.get(1, BigDecimal.class));
        }

        /** contact.name holds 100 characters; a debtor's name or e-mail may be longer. */
        private static String cut(String value, int max) {
            return value == null || value.length() <= max ? value : value.substring(0, max);
        }

        private static String fit(String value) {
            if (value == null) {
                return null;
            }
            String stripped = value.strip();
            return stripped.length() > 38 ? stripped.substring(0, 38) : stripped;
        }
    }
}
