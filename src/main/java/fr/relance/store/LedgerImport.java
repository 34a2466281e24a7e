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
        return dsl.transactionResult(configuration -> new Run(configuration.dsl(), request,
                new BatchInsert.Counter(request.entries().size() + 1L, progress, cancelled)).execute());
    }

    /** One import inside its transaction. */
    private static final class Run {
        private final DSLContext tx;
        private final Request request;
        private final BatchInsert.Counter counter;
        private final Map<String, Long> debtorIds = new HashMap<>();
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
            counter.advance(documents.size());

            List<LedgerEntry> payments = request.entries().stream().filter(e -> e.kind() == EntryKind.PAYMENT)
                    .toList();
            int[] paymentCounts = payments(payments);
            counter.advance(payments.size());

            BigDecimal unallocated = unallocatedOfThisBatch();
            tx.update(IMPORT_BATCH)
                    .set(IMPORT_BATCH.NEW_COUNT, plan.created().size())
                    .set(IMPORT_BATCH.UPDATED_COUNT, plan.updated().size())
                    .set(IMPORT_BATCH.CLOSED_COUNT, plan.closed().size())
                    .set(IMPORT_BATCH.UNCHANGED_COUNT, plan.unchanged() + paymentCounts[1])
                    .set(IMPORT_BATCH.REJECTED_COUNT, request.rejectedCount())
                    .where(IMPORT_BATCH.ID.eq(batchId)).execute();
            BatchInsert.restartIdentity(tx, PAYMENT);
            counter.advance(1);
            return new Summary(batchId, plan.created().size(), plan.updated().size(), plan.closed().size(),
                    plan.unchanged(), request.rejectedCount(), paymentCounts[0], paymentCounts[1], debtorsCreated,
                    unallocated, null);
        }

        private void upsertDebtors() {
            tx.select(DEBTOR.ACCOUNT_CODE, DEBTOR.ID).from(DEBTOR)
                    .forEach(r -> debtorIds.put(r.value1(), r.value2()));
            Set<String> filled = new HashSet<>();
            for (LedgerEntry entry : request.entries()) {
                String code = entry.debtorCode().strip();
                Long id = debtorIds.get(code);
                if (id == null) {
                    DebtorDetails d = entry.details();
                    String name = entry.debtorName() == null || entry.debtorName().isBlank() ? code
                            : entry.debtorName().strip();
                    id = tx.insertInto(DEBTOR)
                            .set(DEBTOR.ACCOUNT_CODE, code)
                            .set(DEBTOR.NAME, name)
                            .set(DEBTOR.KIND, (d.kind() == null ? DebtorKind.B2B : d.kind()).name())
                            .set(DEBTOR.SIREN, d.siren())
                            .set(DEBTOR.VAT_NUMBER, d.vatNumber())
                            .set(DEBTOR.ADDR_STREET, fit(d.street()))
                            .set(DEBTOR.POSTCODE, d.postcode())
                            .set(DEBTOR.CITY, fit(d.city()))
                            .set(DEBTOR.COUNTRY_CODE, d.countryCode() == null ? "FR" : d.countryCode())
                            .returningResult(DEBTOR.ID).fetchOne().value1();
                    debtorIds.put(code, id);
                    debtorsCreated++;
                    addContact(id, name, d);
                    filled.add(code);
                } else if (filled.add(code)) {
                    fillBlanks(id, entry.details());
                }
            }
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
            if (!tx.fetchExists(CONTACT, CONTACT.DEBTOR_ID.eq(id))) {
                addContact(id, null, d);
            }
        }

        private void addContact(long debtorId, String name, DebtorDetails d) {
            if (d.email() == null && d.phone() == null) {
                return;
            }
            tx.insertInto(CONTACT)
                    .set(CONTACT.DEBTOR_ID, debtorId)
                    .set(CONTACT.NAME, name == null ? (d.email() != null ? d.email() : d.phone()) : name)
                    .set(CONTACT.EMAIL, d.email())
                    .set(CONTACT.PHONE, d.phone())
                    .set(CONTACT.IS_PRIMARY, true)
                    .execute();
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
            for (LedgerEntry entry : created) {
                long debtorId = debtorIds.get(entry.debtorCode().strip());
                InvoiceKind kind = entry.kind() == EntryKind.CREDIT_NOTE ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
                long id = tx.insertInto(INVOICE)
                        .set(INVOICE.DEBTOR_ID, debtorId)
                        .set(INVOICE.KIND, kind.name())
                        .set(INVOICE.NUMBER, entry.number())
                        .set(INVOICE.ISSUE_DATE, entry.date())
                        .set(INVOICE.DUE_DATE, entry.dueDate())
                        .set(INVOICE.AMOUNT_EXCL_VAT, entry.amountExclVat() == null ? entry.amount()
                                : entry.amountExclVat())
                        .set(INVOICE.AMOUNT_INCL_VAT, entry.amount())
                        .set(INVOICE.CURRENCY, entry.currency())
                        .set(INVOICE.IMPORT_BATCH_ID, batchId)
                        .returningResult(INVOICE.ID).fetchOne().value1();
                BigDecimal settled = entry.amount().subtract(entry.openAmount());
                if (kind == InvoiceKind.INVOICE && settled.signum() > 0) {
                    settleInLedger(debtorId, id, entry.number(), settled);
                }
            }
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
                    settleInLedger(update.before().debtorId(), update.before().id(), now.number(),
                            update.settledInLedger());
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
        private void settleInLedger(long debtorId, long invoiceId, String number, BigDecimal amount) {
            long paymentId = nextPaymentId++;
            tx.insertInto(PAYMENT)
                    .set(PAYMENT.ID, paymentId)
                    .set(PAYMENT.DEBTOR_ID, debtorId)
                    .set(PAYMENT.RECEIVED_ON, request.importDate())
                    .set(PAYMENT.AMOUNT, amount)
                    .set(PAYMENT.METHOD, LEDGER_SETTLEMENT)
                    .set(PAYMENT.REFERENCE, number + " — " + request.fileName())
                    .set(PAYMENT.IMPORT_BATCH_ID, batchId)
                    .execute();
            allocate(invoiceId, paymentId, amount, request.importDate());
            event(debtorId, invoiceId, "SETTLED_IN_LEDGER", amount, number + " — " + request.fileName());
        }

        /** @return {payments added, payments already known} */
        private int[] payments(List<LedgerEntry> payments) {
            if (payments.isEmpty()) {
                return new int[] {0, 0};
            }
            Map<Long, List<PaymentAllocator.OpenInvoice>> open = openInvoicesByDebtor();
            int added = 0;
            int known = 0;
            for (LedgerEntry entry : payments) {
                long debtorId = debtorIds.get(entry.debtorCode().strip());
                String reference = entry.reference() != null ? entry.reference() : entry.number();
                boolean exists = tx.fetchExists(PAYMENT, PAYMENT.DEBTOR_ID.eq(debtorId)
                        .and(PAYMENT.RECEIVED_ON.eq(entry.date())).and(PAYMENT.AMOUNT.eq(entry.amount()))
                        .and(reference == null ? PAYMENT.REFERENCE.isNull() : PAYMENT.REFERENCE.eq(reference))
                        .and(PAYMENT.METHOD.isDistinctFrom(LEDGER_SETTLEMENT)));
                if (exists) {
                    known++;
                    continue;
                }
                long paymentId = nextPaymentId++;
                tx.insertInto(PAYMENT)
                        .set(PAYMENT.ID, paymentId)
                        .set(PAYMENT.DEBTOR_ID, debtorId)
                        .set(PAYMENT.RECEIVED_ON, entry.date())
                        .set(PAYMENT.AMOUNT, entry.amount())
                        .set(PAYMENT.METHOD, "TRANSFER")
                        .set(PAYMENT.REFERENCE, reference)
                        .set(PAYMENT.IMPORT_BATCH_ID, batchId)
                        .execute();
                List<PaymentAllocator.OpenInvoice> debtorOpen = open.getOrDefault(debtorId, new ArrayList<>());
                PaymentAllocator.Result result = PaymentAllocator.allocate(entry.amount(), reference, debtorOpen);
                result.allocations().forEach((invoiceId, amount) -> allocate(invoiceId, paymentId, amount, entry.date()));
                debtorOpen.replaceAll(invoice -> result.allocations().containsKey(invoice.invoiceId())
                        ? new PaymentAllocator.OpenInvoice(invoice.invoiceId(), invoice.number(), invoice.dueDate(),
                        invoice.balance().subtract(result.allocations().get(invoice.invoiceId())))
                        : invoice);
                event(debtorId, null, "PAYMENT_RECEIVED", entry.amount(), reference);
                added++;
            }
            return new int[] {added, known};
        }

        private Map<Long, List<PaymentAllocator.OpenInvoice>> openInvoicesByDebtor() {
            Map<Long, List<PaymentAllocator.OpenInvoice>> open = new HashMap<>();
            for (ImportedDocument document : knownDocuments()) {
                if (document.kind() == InvoiceKind.INVOICE && !document.closed() && document.balance().signum() > 0) {
                    open.computeIfAbsent(document.debtorId(), id -> new ArrayList<>())
                            .add(new PaymentAllocator.OpenInvoice(document.id(), document.number(),
                                    document.dueDate(), document.balance()));
                }
            }
            return open;
        }

        private void allocate(long invoiceId, long paymentId, BigDecimal amount, LocalDate on) {
            tx.insertInto(ALLOCATION)
                    .set(ALLOCATION.INVOICE_ID, invoiceId)
                    .set(ALLOCATION.PAYMENT_ID, paymentId)
                    .set(ALLOCATION.AMOUNT, amount)
                    .set(ALLOCATION.ALLOCATED_ON, on)
                    .execute();
        }

        private void event(long debtorId, Long invoiceId, String kind, BigDecimal amount, String summary) {
            tx.insertInto(CASE_EVENT)
                    .set(CASE_EVENT.DEBTOR_ID, debtorId)
                    .set(CASE_EVENT.OCCURRED_ON, request.importDate())
                    .set(CASE_EVENT.KIND, kind)
                    .set(CASE_EVENT.AUTHOR, AUTHOR)
                    .set(CASE_EVENT.AMOUNT, amount)
                    .set(CASE_EVENT.INVOICE_ID, invoiceId)
                    .set(CASE_EVENT.SUMMARY, summary == null ? null : summary.length() > 500 ? summary.substring(0, 500)
                            : summary)
                    .execute();
        }

        private BigDecimal unallocatedOfThisBatch() {
            Record row = tx.select(coalesce(sum(PAYMENT.AMOUNT), inline(BigDecimal.ZERO)),
                            coalesce(org.jooq.impl.DSL.select(sum(ALLOCATION.AMOUNT)).from(ALLOCATION)
                                    .join(PAYMENT).on(PAYMENT.ID.eq(ALLOCATION.PAYMENT_ID))
                                    .where(PAYMENT.IMPORT_BATCH_ID.eq(batchId)).asField(), inline(BigDecimal.ZERO)))
                    .from(PAYMENT).where(PAYMENT.IMPORT_BATCH_ID.eq(batchId)).fetchOne();
            return row.get(0, BigDecimal.class).subtract(row.get(1, BigDecimal.class));
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
