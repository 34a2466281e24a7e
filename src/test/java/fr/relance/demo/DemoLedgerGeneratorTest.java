package fr.relance.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.Allocation;
import fr.relance.domain.CompanyRules;
import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Iban;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.Siren;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoLedgerGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final long SEED = 20250630L;

    private static DemoLedger ledger;
    private static Map<Long, Invoice> invoicesById;
    private static Map<Long, BigDecimal> allocatedByInvoice;

    @BeforeAll
    static void generateDefaultLedger() {
        ledger = new DemoLedgerGenerator().generate(DemoSize.DEFAULT, AS_OF, SEED);
        invoicesById = ledger.invoices().stream().collect(Collectors.toMap(Invoice::id, Function.identity()));
        allocatedByInvoice = new HashMap<>();
        for (Allocation allocation : ledger.allocations()) {
            allocatedByInvoice.merge(allocation.invoiceId(), allocation.amount(), BigDecimal::add);
        }
    }

    @Test
    void sameSizeDateAndSeedGiveTheSameLedger() {
        DemoLedger again = new DemoLedgerGenerator().generate(DemoSize.DEFAULT, AS_OF, SEED);
        DemoLedger other = new DemoLedgerGenerator().generate(DemoSize.DEFAULT, AS_OF, SEED + 1);

        assertThat(again).isEqualTo(ledger);
        assertThat(other.invoices()).isNotEqualTo(ledger.invoices());
    }

    @Test
    void honoursTheRequestedSizeWithIdsFromOne() {
        assertThat(ledger.debtors()).hasSize(300);
        assertThat(ledger.invoices()).hasSize(5000);
        assertThat(ledger.invoiceCount()).isEqualTo(5000);
        assertIdsAreOneToN(ledger.debtors().stream().map(Debtor::id).toList());
        assertIdsAreOneToN(ledger.invoices().stream().map(Invoice::id).toList());
        assertIdsAreOneToN(ledger.payments().stream().map(Payment::id).toList());
        assertIdsAreOneToN(ledger.allocations().stream().map(Allocation::id).toList());
        assertIdsAreOneToN(ledger.contacts().stream().map(Contact::id).toList());
        Set<Long> invoicedDebtors = ledger.invoices().stream().map(Invoice::debtorId).collect(Collectors.toSet());
        assertThat(invoicedDebtors).hasSize(300);
    }

    @Test
    void demoSizeDerivesDebtorsAndRejectsNonsense() {
        assertThat(DemoSize.ofInvoices(5000)).isEqualTo(DemoSize.DEFAULT);
        assertThat(DemoSize.ofInvoices(100_000)).isEqualTo(new DemoSize(6000, 100_000));
        assertThat(DemoSize.ofInvoices(3)).isEqualTo(new DemoSize(1, 3));
        assertThatThrownBy(() -> DemoSize.ofInvoices(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new DemoSize(-1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("debtors");
        assertThatThrownBy(() -> new DemoSize(10, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one invoice");
    }

    @Test
    void companiesHaveValidSirenAndVatNumbersConsumersHaveNone() {
        for (Debtor debtor : ledger.debtors()) {
            if (debtor.kind() == DebtorKind.B2B) {
                assertThat(Siren.isValidSiren(debtor.siren())).as(debtor.siren()).isTrue();
                long key = (12 + 3 * (Long.parseLong(debtor.siren()) % 97)) % 97;
                assertThat(debtor.vatNumber()).isEqualTo("FR" + String.format("%02d", key) + debtor.siren());
                assertThat(debtor.accountCode()).startsWith("411");
            } else {
                assertThat(debtor.siren()).isNull();
                assertThat(debtor.vatNumber()).isNull();
                assertThat(debtor.accountCode()).matches("C\\d{6}");
                assertThat(debtor.name()).matches("(M\\.|Mme) \\S.*");
            }
        }
        assertThat(ledger.debtors()).extracting(Debtor::siren).filteredOn(s -> s != null).doesNotHaveDuplicates();
        assertThat(ledger.debtors()).extracting(Debtor::accountCode).doesNotHaveDuplicates()
                .allMatch(code -> code.length() <= 40);
    }

    @Test
    void creditorIsAPrintableValidCompany() {
        var company = ledger.company();
        assertThat(CompanyRules.validate(company)).isEmpty();
        assertThat(Siren.isValidSiren(company.siren())).isTrue();
        assertThat(Siren.isValidSiret(company.siret())).isTrue();
        assertThat(company.siret()).startsWith(company.siren());
        assertThat(Iban.isValid(company.iban())).isTrue();
        assertThat(company.iban()).startsWith("FR");
        assertThat(company.city()).isEqualTo("Lyon");
        assertThat(company.signatoryName()).isNotBlank();
        assertThat(DemoLedgerGenerator.vatNumber(company.siren())).isEqualTo(company.vatNumber());
    }

    @Test
    void everyPrintedAddressLineFitsTheEnvelope() {
        for (Debtor debtor : ledger.debtors()) {
            PostalAddress address = debtor.address();
            assertThat(address.isComplete()).isTrue();
            assertThat(address.postcode()).matches("\\d{5}");
            assertThat(debtor.name().length()).as(debtor.name()).isLessThanOrEqualTo(PostalAddress.MAX_LINE_LENGTH);
            assertThat(address.lines()).allMatch(line -> line.length() <= PostalAddress.MAX_LINE_LENGTH,
                    "at most 38 characters");
            for (String part : new String[] {address.recipient(), address.building(), address.street(),
                    address.locality(), address.city()}) {
                assertThat(part == null || part.length() <= PostalAddress.MAX_LINE_LENGTH).as(part).isTrue();
            }
        }
        Set<String> cities = ledger.debtors().stream().map(d -> d.address().city()).collect(Collectors.toSet());
        assertThat(cities.size()).isGreaterThanOrEqualTo(25);
        assertThat(ledger.debtors()).anyMatch(d -> "Service comptabilité".equals(d.address().recipient()));
    }

    @Test
    void contactsArePlausible() {
        Map<Long, List<Contact>> byDebtor = ledger.contacts().stream()
                .collect(Collectors.groupingBy(Contact::debtorId));
        assertThat(byDebtor).hasSize(300);
        for (List<Contact> contacts : byDebtor.values()) {
            assertThat(contacts).hasSizeBetween(1, 2);
            assertThat(contacts).filteredOn(Contact::primary).hasSize(1);
        }
        for (Contact contact : ledger.contacts()) {
            assertThat(contact.email()).matches("[a-z0-9.\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,}");
            assertThat(contact.phone()).matches("0[1-7]( \\d\\d){4}");
        }
        assertThat(byDebtor.values()).anyMatch(contacts -> contacts.size() == 2);
    }

    @Test
    void invoicesLookRealistic() {
        LocalDate historyStart = AS_OF.minusMonths(18);
        for (Invoice invoice : ledger.invoices()) {
            assertThat(invoice.amountInclVat().scale()).isEqualTo(2);
            assertThat(invoice.amountExclVat().scale()).isEqualTo(2);
            assertThat(invoice.amountInclVat().signum()).isPositive();
            assertThat(invoice.issueDate()).isAfterOrEqualTo(historyStart.minusDays(3)).isBeforeOrEqualTo(AS_OF);
            assertThat(invoice.dueDate()).isAfterOrEqualTo(invoice.issueDate());
            assertThat(invoice.issueDate().getDayOfWeek()).as("issued on a working day")
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(List.of("1.20", "1.10", "1.055")).anyMatch(factor -> invoice.amountInclVat()
                    .divide(new BigDecimal(factor), 2, RoundingMode.HALF_UP).equals(invoice.amountExclVat()));
            String prefix = invoice.kind() == InvoiceKind.INVOICE ? "FA-" : "AV-";
            assertThat(invoice.number()).matches(prefix + invoice.issueDate().getYear() + "-\\d{6}");
        }
        List<BigDecimal> b2bAmounts = ledger.invoices().stream()
                .filter(i -> i.kind() == InvoiceKind.INVOICE && debtor(i).kind() == DebtorKind.B2B)
                .map(Invoice::amountInclVat).toList();
        long inB2bRange = b2bAmounts.stream()
                .filter(a -> a.compareTo(new BigDecimal("200")) >= 0 && a.compareTo(new BigDecimal("15000")) <= 0)
                .count();
        assertThat((double) inB2bRange / b2bAmounts.size()).isGreaterThan(0.95);
        assertThat(ledger.invoices()).filteredOn(i -> debtor(i).kind() == DebtorKind.CONSUMER)
                .allMatch(i -> i.amountInclVat().compareTo(new BigDecimal("2000")) <= 0);
    }

    @Test
    void invoiceNumbersAreUniquePerKind() {
        for (InvoiceKind kind : InvoiceKind.values()) {
            assertThat(ledger.invoices()).filteredOn(i -> i.kind() == kind).extracting(Invoice::number)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void allocationsPointAtExistingRowsAndNeverOverpay() {
        Map<Long, Payment> paymentsById = ledger.payments().stream()
                .collect(Collectors.toMap(Payment::id, Function.identity()));
        Map<Long, BigDecimal> allocatedByPayment = new HashMap<>();
        for (Allocation allocation : ledger.allocations()) {
            Invoice invoice = invoicesById.get(allocation.invoiceId());
            assertThat(invoice).isNotNull();
            assertThat(invoice.kind()).isEqualTo(InvoiceKind.INVOICE);
            assertThat(allocation.amount().scale()).isEqualTo(2);
            assertThat(allocation.allocatedOn()).isBeforeOrEqualTo(AS_OF).isAfterOrEqualTo(invoice.issueDate());
            if (allocation.paymentId() != null) {
                Payment payment = paymentsById.get(allocation.paymentId());
                assertThat(payment).isNotNull();
                assertThat(payment.debtorId()).isEqualTo(invoice.debtorId());
                assertThat(allocation.allocatedOn()).isEqualTo(payment.receivedOn());
                assertThat(payment.reference()).contains(invoice.number());
                allocatedByPayment.merge(payment.id(), allocation.amount(), BigDecimal::add);
            } else {
                Invoice creditNote = invoicesById.get(allocation.creditNoteId());
                assertThat(creditNote.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
                assertThat(creditNote.debtorId()).isEqualTo(invoice.debtorId());
                assertThat(creditNote.amountInclVat()).isLessThan(invoice.amountInclVat());
                assertThat(allocation.amount()).isEqualTo(creditNote.amountInclVat());
                assertThat(allocation.allocatedOn()).isEqualTo(creditNote.issueDate());
            }
        }
        allocatedByInvoice.forEach((invoiceId, allocated) ->
                assertThat(allocated).isLessThanOrEqualTo(invoicesById.get(invoiceId).amountInclVat()));
        for (Payment payment : ledger.payments()) {
            assertThat(payment.receivedOn()).isBeforeOrEqualTo(AS_OF);
            assertThat(payment.receivedOn().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(payment.method()).isIn("TRANSFER", "CHEQUE", "CARD", "DIRECT_DEBIT");
            assertThat(allocatedByPayment.get(payment.id())).isEqualTo(payment.amount());
        }
    }

    @Test
    void theLedgerHoldsEverySituationACreditControllerMeets() {
        List<Invoice> plain = ledger.invoices().stream().filter(i -> i.kind() == InvoiceKind.INVOICE).toList();
        long paid = plain.stream().filter(i -> balance(i).signum() == 0).count();
        long partial = plain.stream().filter(i -> allocatedByInvoice.containsKey(i.id()) && balance(i).signum() > 0)
                .count();
        long openNotDue = plain.stream().filter(i -> balance(i).signum() > 0 && !i.dueDate().isBefore(AS_OF)).count();
        long overdue = plain.stream().filter(i -> balance(i).signum() > 0 && i.dueDate().isBefore(AS_OF)).count();
        long longOverdue = plain.stream()
                .filter(i -> balance(i).signum() > 0 && i.dueDate().isBefore(AS_OF.minusDays(120))).count();
        List<Invoice> disputed = plain.stream().filter(Invoice::disputed).toList();
        long creditNotes = ledger.invoices().size() - plain.size();

        assertThat(paid).isGreaterThan(plain.size() / 2);
        assertThat(partial).isGreaterThan(20);
        assertThat(openNotDue).isGreaterThan(50);
        assertThat(overdue).isGreaterThan(100);
        assertThat(longOverdue).isGreaterThan(20);
        assertThat(creditNotes).isBetween(120L, 180L);
        assertThat(disputed).hasSizeBetween(20, 90);
        assertThat(disputed).allMatch(i -> i.disputeReason() != null && !i.disputeReason().isBlank())
                .allMatch(i -> !allocatedByInvoice.containsKey(i.id()));
        assertThat(ledger.payments()).extracting(Payment::reference).anyMatch(r -> r.endsWith(" acompte"));
        assertThat(ledger.payments()).extracting(Payment::method).contains("TRANSFER", "CHEQUE", "CARD", "DIRECT_DEBIT");
        // A very bad payer: invoices overdue for months and nothing received for 90 days.
        assertThat(ledger.debtors()).anyMatch(d -> overdueSince(d.id(), 90) && !paidSince(d.id(), AS_OF.minusDays(90)));
    }

    @Test
    void consumersAreAboutFifteenPercent() {
        long consumers = ledger.debtors().stream().filter(d -> d.kind() == DebtorKind.CONSUMER).count();
        assertThat((double) consumers / ledger.debtors().size()).isBetween(0.10, 0.20);
    }

    @Test
    void cancellationStopsTheGeneration() {
        AtomicInteger reports = new AtomicInteger();
        assertThatThrownBy(() -> new DemoLedgerGenerator().generate(DemoSize.DEFAULT, AS_OF, SEED,
                (done, total) -> reports.incrementAndGet(), () -> reports.get() >= 3))
                .isInstanceOf(CancellationException.class);
        assertThat(reports.get()).isEqualTo(3);
    }

    @Test
    void progressIsReportedAboutEveryPercentUpToTheTotal() {
        List<long[]> reports = new ArrayList<>();
        new DemoLedgerGenerator().generate(DemoSize.DEFAULT, AS_OF, SEED,
                (done, total) -> reports.add(new long[] {done, total}), () -> false);

        assertThat(reports).hasSizeBetween(95, 105);
        assertThat(reports).allMatch(report -> report[1] == 5000);
        assertThat(reports.get(reports.size() - 1)[0]).isEqualTo(5000);
        for (int index = 1; index < reports.size(); index++) {
            assertThat(reports.get(index)[0]).isGreaterThan(reports.get(index - 1)[0]);
        }
    }

    @Test
    void theBenchmarkSizeIsHonoured() {
        // Speed is measured by the benchmark harness (README, "Benchmarks"), not here.
        DemoLedger big = new DemoLedgerGenerator().generate(new DemoSize(10_000, 100_000), AS_OF, SEED);

        assertThat(big.invoiceCount()).isEqualTo(100_000);
        assertThat(big.debtors()).hasSize(10_000);
    }

    @Test
    void aTinyLedgerStillWorks() {
        DemoLedger tiny = new DemoLedgerGenerator().generate(new DemoSize(1, 1), AS_OF, 1);
        assertThat(tiny.debtors()).hasSize(1);
        assertThat(tiny.invoices()).hasSize(1);
        assertThat(tiny.invoices().get(0).kind()).isEqualTo(InvoiceKind.INVOICE);
    }

    private static Debtor debtor(Invoice invoice) {
        return ledger.debtors().get((int) invoice.debtorId() - 1);
    }

    private static BigDecimal balance(Invoice invoice) {
        return invoice.amountInclVat().subtract(allocatedByInvoice.getOrDefault(invoice.id(), BigDecimal.ZERO));
    }

    private static boolean overdueSince(long debtorId, int days) {
        return ledger.invoices().stream().anyMatch(i -> i.debtorId() == debtorId && i.kind() == InvoiceKind.INVOICE
                && balance(i).signum() > 0 && i.dueDate().isBefore(AS_OF.minusDays(days)));
    }

    private static boolean paidSince(long debtorId, LocalDate since) {
        return ledger.payments().stream().anyMatch(p -> p.debtorId() == debtorId && p.receivedOn().isAfter(since));
    }

    private static void assertIdsAreOneToN(List<Long> ids) {
        for (int index = 0; index < ids.size(); index++) {
            assertThat(ids.get(index)).isEqualTo(index + 1L);
        }
    }
}
