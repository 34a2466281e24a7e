package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Allocation;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.dunning.CaseHistoryService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history the ledger tells: read each time, merged with the recorded events, never stored. */
class LedgerHistoryTest {

    static final LocalDate DUE = LocalDate.of(2026, 9, 1);

    @TempDir
    Path dir;
    Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(new Debtor(1, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon,
                "fr"), new Debtor(2, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                new Invoice(1, 1, InvoiceKind.INVOICE, "FA-1", DUE.minusDays(30), DUE, Money.of("1000.00"),
                        Money.of("1200.00"), "EUR", false, null),
                new Invoice(2, 1, InvoiceKind.INVOICE, "FA-2", DUE.minusDays(20), DUE.plusDays(10), Money.of("250.00"),
                        Money.of("300.00"), "EUR", false, null),
                new Invoice(3, 1, InvoiceKind.CREDIT_NOTE, "AV-3", DUE.plusDays(5), DUE.plusDays(5), Money.of("50.00"),
                        Money.of("60.00"), "EUR", false, null),
                new Invoice(4, 2, InvoiceKind.INVOICE, "FA-4", DUE.minusDays(30), DUE, Money.of("100.00"),
                        Money.of("120.00"), "EUR", false, null));
        // FA-2 paid in full on its due date: its due date passes without it being late
        List<Payment> payments = List.of(
                new Payment(1, 1, DUE.plusDays(10), Money.of("700.00"), "TRANSFER", "VIR DURAND 0910"),
                new Payment(2, 1, DUE.plusDays(40), Money.of("400.00"), "TRANSFER", "VIR DURAND 1011"));
        List<Allocation> allocations = List.of(
                new Allocation(1, 1, 1L, null, Money.of("400.00"), DUE.plusDays(10)),
                new Allocation(2, 2, 1L, null, Money.of("300.00"), DUE.plusDays(10)),
                new Allocation(3, 1, null, 3L, Money.of("60.00"), DUE.plusDays(5)),
                new Allocation(4, 1, 2L, null, Money.of("400.00"), DUE.plusDays(40)));
        new LedgerWriter(database).writeIntoEmptyFile(new LedgerWriter.Ledger(null, debtors, List.of(), invoices,
                payments, allocations), (done, total) -> { }, () -> false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void invoicesDueDatesPaymentsAndCreditNotesAreReadFromTheLedgerUpToTheDate() {
        List<CaseEvent> events = new LedgerHistory(database).ofDebtor(1, DUE.plusDays(30)).events();

        assertThat(events).allMatch(CaseEvent::isFromLedger);
        assertThat(events).extracting(CaseEvent::occurredOn, CaseEvent::kind, e -> e.amount().toPlainString(),
                CaseEvent::summary).containsExactlyInAnyOrder(
                tuple(DUE.minusDays(30), CaseEvent.INVOICE_ISSUED, "1200.00", "FA-1"),
                tuple(DUE.plusDays(1), CaseEvent.DUE_DATE_PASSED, "1200.00", "FA-1"),
                tuple(DUE.minusDays(20), CaseEvent.INVOICE_ISSUED, "300.00", "FA-2"),
                tuple(DUE.plusDays(5), CaseEvent.CREDIT_NOTE_ISSUED, "60.00", "AV-3 → FA-1"),
                tuple(DUE.plusDays(10), CaseEvent.PAYMENT_RECEIVED, "700.00", "VIR DURAND 0910 → FA-1, FA-2"));
        // later: the second payment, nothing of the other debtor
        assertThat(new LedgerHistory(database).ofDebtor(1, DUE.plusDays(40)).events())
                .filteredOn(e -> e.kind().equals(CaseEvent.PAYMENT_RECEIVED)).hasSize(2);
        // the due date passed on 02/09 with 1 200 € unpaid; FA-1 still owes what the second payment did not cover
        assertThat(new LedgerHistory(database).ofDebtor(2, DUE).events()).extracting(CaseEvent::kind)
                .containsExactly(CaseEvent.INVOICE_ISSUED);
    }

    static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void theHistoryMergesThemWithTheRecordedEventsWithoutStoringThemOrShowingAnImportedPaymentTwice() {
        TimelineRepository timeline = new TimelineRepository(database);
        long call = timeline.append(CaseEvent.of(1, null, DUE.plusDays(12), CaseEvent.CALL, "claire", null, null,
                "REACHED"));
        long imported = timeline.append(CaseEvent.of(1, null, DUE.plusDays(15), CaseEvent.PAYMENT_RECEIVED,
                LedgerImport.AUTHOR, Money.of("700.00"), null, "VIR DURAND 0910"));
        long other = timeline.append(CaseEvent.of(1, null, DUE.plusDays(15), CaseEvent.PAYMENT_RECEIVED,
                LedgerImport.AUTHOR, Money.of("55.00"), null, "CHQ 1234"));
        int stored = database.dsl().fetchCount(fr.relance.store.jooq.Tables.CASE_EVENT);

        List<CaseEvent> history = new CaseHistoryService(database, "claire").history(1, DUE.plusDays(30));

        assertThat(history).extracting(CaseEvent::kind).containsExactly(CaseEvent.PAYMENT_RECEIVED, CaseEvent.CALL,
                CaseEvent.PAYMENT_RECEIVED, CaseEvent.CREDIT_NOTE_ISSUED, CaseEvent.DUE_DATE_PASSED,
                CaseEvent.INVOICE_ISSUED, CaseEvent.INVOICE_ISSUED);
        assertThat(history.get(0).id()).isEqualTo(other);
        assertThat(history.get(1).id()).isEqualTo(call);
        assertThat(history).extracting(CaseEvent::id).doesNotContain(imported);
        assertThat(history.get(2).isFromLedger()).isTrue();
        assertThat(database.dsl().fetchCount(fr.relance.store.jooq.Tables.CASE_EVENT)).isEqualTo(stored);
    }
}
