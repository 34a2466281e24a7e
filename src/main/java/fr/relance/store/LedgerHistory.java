package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.InvoiceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * A debtor's history as the ledger tells it, up to an as-of date: invoices issued, due dates passed unpaid,
 * payments received and credit notes, with what they settled. Computed each time, never stored: the ledger stays
 * the single source, and an import that corrects it corrects the history too.
 */
public final class LedgerHistory {

    /**
     * @param events     the events read from the ledger ({@link CaseEvent#fromLedger})
     * @param duplicates stored events these already show: the payments an import wrote down as events
     */
    public record Result(List<CaseEvent> events, Set<Long> duplicates) {
    }

    private record Document(long id, InvoiceKind kind, String number, LocalDate issued, LocalDate due,
                            BigDecimal amount) {
    }

    private record Settlement(long invoiceId, Long paymentId, Long creditNoteId, BigDecimal amount, LocalDate on) {
    }

    private record Received(long id, LocalDate on, BigDecimal amount, String reference) {
    }

    private final DSLContext dsl;

    public LedgerHistory(Database database) {
        this.dsl = database.dsl();
    }

    public Result ofDebtor(long debtorId, LocalDate asOf) {
        Map<Long, Document> documents = new LinkedHashMap<>();
        dsl.select(INVOICE.ID, INVOICE.KIND, INVOICE.NUMBER, INVOICE.ISSUE_DATE, INVOICE.DUE_DATE,
                        INVOICE.AMOUNT_INCL_VAT).from(INVOICE)
                .where(INVOICE.DEBTOR_ID.eq(debtorId).and(INVOICE.ISSUE_DATE.le(asOf)))
                .orderBy(INVOICE.ISSUE_DATE, INVOICE.ID)
                .forEach(r -> documents.put(r.value1(), new Document(r.value1(), InvoiceKind.valueOf(r.value2()),
                        r.value3(), r.value4(), r.value5(), r.value6())));
        List<Settlement> settlements = dsl.select(ALLOCATION.INVOICE_ID, ALLOCATION.PAYMENT_ID,
                        ALLOCATION.CREDIT_NOTE_ID, ALLOCATION.AMOUNT, ALLOCATION.ALLOCATED_ON).from(ALLOCATION)
                .join(INVOICE).on(INVOICE.ID.eq(ALLOCATION.INVOICE_ID))
                .where(INVOICE.DEBTOR_ID.eq(debtorId).and(ALLOCATION.ALLOCATED_ON.le(asOf)))
                .orderBy(ALLOCATION.ID)
                .fetch(r -> new Settlement(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        List<Received> payments = dsl.select(PAYMENT.ID, PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT, PAYMENT.REFERENCE)
                .from(PAYMENT).where(PAYMENT.DEBTOR_ID.eq(debtorId).and(PAYMENT.RECEIVED_ON.le(asOf)))
                .orderBy(PAYMENT.RECEIVED_ON, PAYMENT.ID)
                .fetch(r -> new Received(r.value1(), r.value2(), r.value3(), r.value4()));

        List<CaseEvent> events = new ArrayList<>();
        Map<Long, List<Settlement>> byInvoice = settlements.stream()
                .collect(Collectors.groupingBy(Settlement::invoiceId));
        for (Document document : documents.values()) {
            if (document.kind() == InvoiceKind.CREDIT_NOTE) {
                events.add(CaseEvent.fromLedger(debtorId, document.issued(), CaseEvent.CREDIT_NOTE_ISSUED,
                        document.amount(), document.id(), settles(document.number(), documents, settlements.stream()
                                .filter(s -> Objects.equals(s.creditNoteId(), document.id())).toList())));
                continue;
            }
            events.add(CaseEvent.fromLedger(debtorId, document.issued(), CaseEvent.INVOICE_ISSUED, document.amount(),
                    document.id(), document.number()));
            LocalDate late = document.due().plusDays(1);
            if (!late.isAfter(asOf)) {
                BigDecimal paidByDue = byInvoice.getOrDefault(document.id(), List.of()).stream()
                        .filter(s -> !s.on().isAfter(document.due())).map(Settlement::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal unpaid = document.amount().subtract(paidByDue);
                if (unpaid.signum() > 0) {
                    events.add(CaseEvent.fromLedger(debtorId, late, CaseEvent.DUE_DATE_PASSED, unpaid,
                            document.id(), document.number()));
                }
            }
        }
        for (Received payment : payments) {
            events.add(CaseEvent.fromLedger(debtorId, payment.on(), CaseEvent.PAYMENT_RECEIVED, payment.amount(),
                    null, settles(payment.reference(), documents, settlements.stream()
                            .filter(s -> Objects.equals(s.paymentId(), payment.id())).toList())));
        }
        return new Result(events, importedDuplicates(debtorId, payments));
    }

    /** "REFERENCE → FA-1, FA-2": what a payment or a credit note was applied to, as the ledger lettered it. */
    private static String settles(String reference, Map<Long, Document> documents, List<Settlement> applied) {
        Set<String> numbers = new LinkedHashSet<>();
        for (Settlement settlement : applied) {
            Document invoice = documents.get(settlement.invoiceId());
            if (invoice != null) {
                numbers.add(invoice.number());
            }
        }
        String head = reference == null || reference.isBlank() ? "" : reference.strip();
        if (numbers.isEmpty()) {
            return head;
        }
        return (head.isEmpty() ? "" : head + " ") + "→ " + String.join(", ", numbers);
    }

    /** The payments an import also wrote down as events (same amount, same reference), each matched once. */
    private Set<Long> importedDuplicates(long debtorId, List<Received> payments) {
        Map<String, Integer> available = new HashMap<>();
        for (Received payment : payments) {
            available.merge(key(payment.amount(), payment.reference()), 1, Integer::sum);
        }
        Set<Long> duplicates = new LinkedHashSet<>();
        dsl.select(CASE_EVENT.ID, CASE_EVENT.AMOUNT, CASE_EVENT.SUMMARY).from(CASE_EVENT)
                .where(CASE_EVENT.DEBTOR_ID.eq(debtorId).and(CASE_EVENT.KIND.eq(CaseEvent.PAYMENT_RECEIVED))
                        .and(CASE_EVENT.AUTHOR.eq(LedgerImport.AUTHOR)).and(CASE_EVENT.AMOUNT.isNotNull()))
                .orderBy(CASE_EVENT.ID)
                .forEach(r -> {
                    String key = key(r.value2(), r.value3());
                    if (available.getOrDefault(key, 0) > 0) {
                        available.merge(key, -1, Integer::sum);
                        duplicates.add(r.value1());
                    }
                });
        return duplicates;
    }

    private static String key(BigDecimal amount, String reference) {
        return amount.stripTrailingZeros().toPlainString() + "|" + (reference == null ? "" : reference.strip());
    }
}
