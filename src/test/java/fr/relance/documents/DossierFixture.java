package fr.relance.documents;

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
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.RatesRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A B2B debtor with invoices, a part payment, an open credit note and the rates of 2026 H2, on a real data file. */
public final class DossierFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final long DURAND = 1;
    public static final long CONSUMER = 2;

    private DossierFixture() {
    }

    public static Database open(Path data) {
        Database database = Database.open(data);
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        Company company = new Company("Ateliers du Rhône", "SAS", new BigDecimal("50000"), "552100554",
                "55210055400013", "FR40552100554", "Lyon", "12 quai Perrache", null, "69002", "Lyon",
                "04 72 00 00 00", "compta@ateliers-rhone.fr", "FR7630006000011234567890189", "AGRIFRPP",
                "Claire Martin", "Credit manager", null, null);
        List<Debtor> debtors = List.of(
                new Debtor(DURAND, "411DURAND", "Durand SARL", DebtorKind.B2B, "732829320", "FR12732829320", lyon,
                        "fr"),
                new Debtor(CONSUMER, "411PETIT", "Jeanne Petit", DebtorKind.CONSUMER, null, null, lyon, "fr"));
        List<Contact> contacts = List.of(new Contact(1, DURAND, "Hélène Durand", "Gérante", "helene@durand-sarl.fr",
                "06 12 34 56 78", true));
        List<Invoice> invoices = List.of(
                new Invoice(1, DURAND, InvoiceKind.INVOICE, "FA-1", TODAY.minusDays(90), TODAY.minusDays(60),
                        Money.of("1000.00"), Money.of("1200.00"), "EUR", false, null),
                new Invoice(2, DURAND, InvoiceKind.INVOICE, "FA-3", TODAY.minusDays(50), TODAY.minusDays(20),
                        Money.of("416.67"), Money.of("500.00"), "EUR", false, null),
                new Invoice(3, DURAND, InvoiceKind.CREDIT_NOTE, "AV-1", TODAY.minusDays(15), TODAY.minusDays(15),
                        Money.of("83.33"), Money.of("100.00"), "EUR", false, null),
                new Invoice(4, CONSUMER, InvoiceKind.INVOICE, "FA-9", TODAY.minusDays(70), TODAY.minusDays(40),
                        Money.of("250.00"), Money.of("300.00"), "EUR", false, null));
        List<Payment> payments = List.of(new Payment(1, DURAND, TODAY.minusDays(10), Money.of("200.00"), "TRANSFER",
                "VIR 4471"));
        List<Allocation> allocations = List.of(new Allocation(1, 2, 1L, null, Money.of("200.00"),
                TODAY.minusDays(10)));
        new LedgerWriter(database).writeIntoEmptyFile(new LedgerWriter.Ledger(company, debtors, contacts, invoices,
                payments, allocations), (done, total) -> { }, () -> false);
        new RatesRepository(database).save(new HalfYearRates(new HalfYear(2026, 2), new BigDecimal("2.15"),
                new BigDecimal("6.65"), new BigDecimal("2.76")));
        return database;
    }

    /** Stores bytes as the debtor's document without the checks of the attachment form (a file damaged since). */
    public static StoredDocument store(Database database, long debtorId, DocumentKind kind, String name, String mimeType,
                                byte[] bytes, LocalDate date) {
        return new DocumentRepository(database).attach(debtorId, new AttachmentDetails(kind, date, null),
                new DocumentRepository.Content(name, mimeType, bytes.length, () -> new ByteArrayInputStream(bytes)),
                TODAY, "claire", (d, t) -> { }, () -> false);
    }

    public static StoredDocument store(Database database, long debtorId, DocumentKind kind, Path file, String mimeType,
                                LocalDate date) throws IOException {
        return store(database, debtorId, kind, file.getFileName().toString(), mimeType, Files.readAllBytes(file),
                date);
    }
}
