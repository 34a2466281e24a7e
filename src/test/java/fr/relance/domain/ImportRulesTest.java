package fr.relance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.PaymentAllocator.OpenInvoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportRulesTest {

    static final LocalDate D = LocalDate.of(2026, 10, 1);

    final List<OpenInvoice> open = List.of(
            new OpenInvoice(1, "FA-100", D, Money.of("300.00")),
            new OpenInvoice(2, "FA-101", D.plusDays(10), Money.of("500.00")),
            new OpenInvoice(3, "FA-1011", D.minusDays(30), Money.of("200.00")));

    @Test
    void aPaymentGoesFirstToTheInvoicesItsReferenceNames() {
        var result = PaymentAllocator.allocate(Money.of("500.00"), "VIR DURAND fa-101 ", open);
        assertThat(result.allocations()).containsExactly(Map.entry(2L, Money.of("500.00")));
        assertThat(result.unallocated()).isEqualByComparingTo("0");
    }

    @Test
    void otherwiseOldestDueFirstAndTheRestIsACredit() {
        var result = PaymentAllocator.allocate(Money.of("1200.00"), "VIREMENT SANS REFERENCE", open);
        assertThat(result.allocations()).containsExactly(Map.entry(3L, Money.of("200.00")),
                Map.entry(1L, Money.of("300.00")), Map.entry(2L, Money.of("500.00")));
        assertThat(result.unallocated()).isEqualByComparingTo("200.00");
    }

    @Test
    void aNamedInvoiceIsPaidFirstThenTheOldest() {
        var result = PaymentAllocator.allocate(Money.of("600.00"), "FA-101", open);
        assertThat(result.allocations()).containsExactly(Map.entry(2L, Money.of("500.00")),
                Map.entry(3L, Money.of("100.00")));
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        LedgerEntry entry = invoice("FA-1", "1000.00", "1000.00");
        ImportedDocument known = new ImportedDocument(7, 1, "411A", InvoiceKind.INVOICE, "FA-1", D, D.plusDays(30),
                Money.of("1000.00"), Money.of("1000.00"), "EUR", true, false);
        ImportPlan plan = ImportPlan.of(List.of(entry), Set.of(), List.of(known));
        assertThat(plan.created()).isEmpty();
        assertThat(plan.updated()).isEmpty();
        assertThat(plan.closed()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void aNewerExportCreatesUpdatesAndCloses() {
        ImportedDocument stillOpen = new ImportedDocument(1, 1, "411A", InvoiceKind.INVOICE, "FA-1", D,
                D.plusDays(30), Money.of("1000.00"), Money.of("1000.00"), "EUR", true, false);
        ImportedDocument paidSince = new ImportedDocument(2, 1, "411A", InvoiceKind.INVOICE, "FA-2", D,
                D.plusDays(30), Money.of("400.00"), Money.of("400.00"), "EUR", true, false);
        ImportedDocument typedIn = new ImportedDocument(3, 1, "411A", InvoiceKind.INVOICE, "FA-3", D,
                D.plusDays(30), Money.of("50.00"), Money.of("50.00"), "EUR", false, false);
        ImportedDocument settledListed = new ImportedDocument(4, 1, "411A", InvoiceKind.INVOICE, "FA-4", D,
                D.plusDays(30), Money.of("80.00"), Money.of("80.00"), "EUR", true, false);

        ImportPlan plan = ImportPlan.of(
                List.of(invoice("FA-1", "1000.00", "600.00"), invoice("FA-9", "90.00", "90.00")),
                Set.of("FA-4"), List.of(stillOpen, paidSince, typedIn, settledListed));

        assertThat(plan.created()).extracting(LedgerEntry::number).containsExactly("FA-9");
        assertThat(plan.updated()).singleElement().satisfies(update -> {
            assertThat(update.before().number()).isEqualTo("FA-1");
            assertThat(update.settledInLedger()).isEqualByComparingTo("400.00");
        });
        assertThat(plan.closed()).extracting(ImportedDocument::number).containsExactlyInAnyOrder("FA-2", "FA-4");
        assertThat(plan.unchanged()).isZero();
    }

    @Test
    void aFileOfPaymentsOnlyClosesNothing() {
        ImportedDocument open = new ImportedDocument(1, 1, "411A", InvoiceKind.INVOICE, "FA-1", D,
                D.plusDays(30), Money.of("1000.00"), Money.of("1000.00"), "EUR", true, false);
        assertThat(ImportPlan.of(List.of(), Set.of(), List.of(open)).closed()).isEmpty();
    }

    @Test
    void aClosedInvoiceListedAsOpenAgainIsReopened() {
        ImportedDocument closed = new ImportedDocument(1, 1, "411A", InvoiceKind.INVOICE, "FA-1", D,
                D.plusDays(30), Money.of("1000.00"), Money.of("1000.00"), "EUR", true, true);
        ImportPlan plan = ImportPlan.of(List.of(invoice("FA-1", "1000.00", "1000.00")), Set.of(), List.of(closed));
        assertThat(plan.updated()).hasSize(1);
        assertThat(plan.closed()).isEmpty();
    }

    static LedgerEntry invoice(String number, String amount, String open) {
        return new LedgerEntry(2, EntryKind.INVOICE, "411A", "Alpha", number, D, D.plusDays(30),
                new BigDecimal(amount), new BigDecimal(open), null, "EUR", null, null);
    }
}
