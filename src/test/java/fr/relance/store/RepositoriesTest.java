package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingReport;
import fr.relance.domain.AgingRow;
import fr.relance.domain.Allocation;
import fr.relance.domain.Company;
import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoriesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @TempDir
    java.nio.file.Path dir;
    Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void companyIsSavedAndReadBack() {
        CompanyRepository companies = new CompanyRepository(database);
        assertThat(companies.find()).isEmpty();
        Company company = new Company("Ateliers Rhône SAS", "SAS", Money.of("50000"), "732829320",
                "73282932000074", "FR44732829320", "Lyon", "12 rue des Tanneurs", null, "69003", "Lyon",
                "04 72 00 00 00", "compta@ateliers-rhone.fr", "FR7630006000011234567890189", "BNPAFRPPXXX",
                "Claire Martin", "Directrice financière", new byte[] {1, 2, 3}, "image/png");
        companies.save(company);
        companies.save(company); // saving twice updates the one row

        Company read = companies.find().orElseThrow();
        assertThat(read.legalName()).isEqualTo("Ateliers Rhône SAS");
        assertThat(read.iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(read.shareCapital()).isEqualByComparingTo("50000");
        assertThat(read.logo()).containsExactly(1, 2, 3);
        assertThat(database.dsl().fetchCount(fr.relance.store.jooq.Tables.COMPANY)).isEqualTo(1);
    }

    @Test
    void ratesTableShipsTheReferenceAndTakesANewHalfYear() {
        RatesRepository rates = new RatesRepository(database);
        assertThat(rates.table().ratesFor(new HalfYear(2025, 1)).b2bPenaltyRate()).isEqualByComparingTo("13.15");
        assertThat(rates.table().nextMissing()).isEqualTo(new HalfYear(2026, 2));

        rates.save(new HalfYearRates(new HalfYear(2026, 2), new BigDecimal("2.00"), new BigDecimal("6.50"),
                new BigDecimal("2.50")));
        rates.save(new HalfYearRates(new HalfYear(2026, 2), new BigDecimal("2.15"), new BigDecimal("6.50"),
                new BigDecimal("2.50")));

        assertThat(rates.all()).hasSize(8);
        assertThat(rates.table().ratesFor(new HalfYear(2026, 2)).ecbRate()).isEqualByComparingTo("2.15");
    }

    @Test
    void agingReplaysTheLedgerOnAnyDate() {
        new LedgerWriter(database).writeIntoEmptyFile(smallLedger(), (done, total) -> { }, () -> false);
        ReceivablesRepository receivables = new ReceivablesRepository(database);

        AgingReport today = receivables.agingAsOf(AS_OF);
        AgingRow durand = today.rows().stream().filter(r -> r.debtorName().equals("Durand SARL")).findFirst()
                .orElseThrow();
        // FA-1 1,200 due 60 days ago, 200 paid -> 1,000 in 31-60; FA-2 300 not due; AV-1 credit note -100 partly
        // used (50 on FA-2), so -50 open; FA-3 paid in full -> gone.
        assertThat(durand.bucket(AgingBucket.DAYS_31_60)).isEqualByComparingTo("1000.00");
        assertThat(durand.bucket(AgingBucket.NOT_DUE)).isEqualByComparingTo("250.00");
        assertThat(durand.bucket(AgingBucket.DAYS_1_30)).isEqualByComparingTo("-50.00");
        assertThat(durand.total()).isEqualByComparingTo("1200.00");
        assertThat(durand.openInvoiceCount()).isEqualTo(2);
        assertThat(durand.oldestDaysPastDue()).isEqualTo(60);

        // 70 days ago, before the part payment and before FA-2 and the credit note existed:
        AgingReport earlier = receivables.agingAsOf(AS_OF.minusDays(70));
        AgingRow durandThen = earlier.rows().stream().filter(r -> r.debtorId() == 1).findFirst().orElseThrow();
        assertThat(durandThen.total()).isEqualByComparingTo("1200.00");
        assertThat(durandThen.bucket(AgingBucket.NOT_DUE)).isEqualByComparingTo("1200.00");

        List<OpenItem> items = receivables.openItemsOf(1, AS_OF);
        assertThat(items).extracting(OpenItem::number).containsExactly("FA-1", "AV-1", "FA-2");
        assertThat(receivables.isEmpty()).isFalse();
    }

    @Test
    void debtorsAndContactsComeBackAsDomainRecords() {
        new LedgerWriter(database).writeIntoEmptyFile(smallLedger(), (done, total) -> { }, () -> false);
        DebtorRepository debtors = new DebtorRepository(database);
        Debtor durand = debtors.find(1).orElseThrow();
        assertThat(durand.kind()).isEqualTo(DebtorKind.B2B);
        assertThat(durand.address().lines()).containsExactly("Service comptabilité", "4 rue Garibaldi",
                "69006 LYON");
        assertThat(debtors.contactsOf(1)).extracting(Contact::email).containsExactly("compta@durand.fr");
        assertThat(debtors.count()).isEqualTo(2);
        assertThat(debtors.find(99)).isEmpty();
    }

    @Test
    void aCancelledWriteLeavesNothingBehindAndIdsGoOnAfterAWrite() {
        LedgerWriter writer = new LedgerWriter(database);
        assertThatThrownBy(() -> writer.writeIntoEmptyFile(smallLedger(), (done, total) -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(new ReceivablesRepository(database).isEmpty()).isTrue();
        assertThat(new DebtorRepository(database).count()).isZero();

        writer.writeIntoEmptyFile(smallLedger(), (done, total) -> { }, () -> false);
        // A later insert without an id does not collide with the ids written.
        database.dsl().execute("INSERT INTO debtor (account_code, name, kind) VALUES ('411NEW', 'New', 'B2B')");
        assertThat(new DebtorRepository(database).count()).isEqualTo(3);

        assertThatThrownBy(() -> writer.writeIntoEmptyFile(smallLedger(), (done, total) -> { }, () -> false))
                .isInstanceOf(LedgerNotEmptyException.class);
    }

    static LedgerWriter.Ledger smallLedger() {
        List<Debtor> debtors = List.of(
                new Debtor(1, "411DURAND", "Durand SARL", DebtorKind.B2B, "732829320", null,
                        new PostalAddress("Service comptabilité", null, "4 rue Garibaldi", null, "69006", "Lyon", "FR"),
                        "fr"),
                new Debtor(2, "C0002", "M. Paul Petit", DebtorKind.CONSUMER, null, null,
                        PostalAddress.france("8 allée des Pins", "33000", "Bordeaux"), "fr"));
        List<Invoice> invoices = new ArrayList<>();
        invoices.add(invoice(1, 1, InvoiceKind.INVOICE, "FA-1", AS_OF.minusDays(90), AS_OF.minusDays(60), "1200.00"));
        invoices.add(invoice(2, 1, InvoiceKind.INVOICE, "FA-2", AS_OF.minusDays(10), AS_OF.plusDays(20), "300.00"));
        invoices.add(invoice(3, 1, InvoiceKind.INVOICE, "FA-3", AS_OF.minusDays(40), AS_OF.minusDays(10), "80.00"));
        invoices.add(invoice(4, 1, InvoiceKind.CREDIT_NOTE, "AV-1", AS_OF.minusDays(5), AS_OF.minusDays(5), "100.00"));
        invoices.add(invoice(5, 2, InvoiceKind.INVOICE, "FA-4", AS_OF.minusDays(20), AS_OF.minusDays(5), "45.90"));
        List<Payment> payments = List.of(
                new Payment(1, 1, AS_OF.minusDays(30), Money.of("200.00"), "TRANSFER", "VIR FA-1"),
                new Payment(2, 1, AS_OF.minusDays(9), Money.of("80.00"), "CHEQUE", "CHQ FA-3"));
        List<Allocation> allocations = List.of(
                new Allocation(1, 1, 1L, null, Money.of("200.00"), AS_OF.minusDays(30)),
                new Allocation(2, 3, 2L, null, Money.of("80.00"), AS_OF.minusDays(9)),
                new Allocation(3, 2, null, 4L, Money.of("50.00"), AS_OF.minusDays(5)));
        List<Contact> contacts = List.of(
                new Contact(1, 1, "Anne Durand", "Comptable", "compta@durand.fr", "04 78 00 00 00", true));
        return new LedgerWriter.Ledger(null, debtors, contacts, invoices, payments, allocations);
    }

    static Invoice invoice(long id, long debtor, InvoiceKind kind, String number, LocalDate issued, LocalDate due,
                           String amount) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, kind, number, issued, due, Money.cents(ttc.divide(new BigDecimal("1.2"),
                java.math.MathContext.DECIMAL64)), ttc, "EUR", false, null);
    }
}
