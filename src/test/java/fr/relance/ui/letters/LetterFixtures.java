package fr.relance.ui.letters;

import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

/** A small ledger for the composer's tests: one debtor per situation the warnings name. */
public final class LetterFixtures {

    public static final LocalDate TODAY = LocalDate.of(2025, 8, 14);
    public static final LocalDate DUE = LocalDate.of(2025, 3, 15);
    public static final long DUPONT = 1;
    public static final long PETIT = 2;
    public static final long MARTIN = 3;
    public static final long LONG_STREET = 4;
    public static final long NO_POSTCODE = 5;
    public static final long BERNARD = 6;
    public static final long DISPUTED_INVOICE = 2;

    private LetterFixtures() {
    }

    public static void write(Database database) {
        Company company = new Company("Ateliers Morel", "SAS", new BigDecimal("50000"), "552100554", null,
                "FR40552100554", "Lyon", "12 rue de la République", null, "69002", "Lyon", "04 78 00 00 00",
                "compta@morel.fr", "FR7630006000011234567890189", "AGRIFRPP", "Claire Martin",
                "Responsable comptable", null, null);
        List<Debtor> debtors = List.of(
                new Debtor(DUPONT, "C0001", "Dupont SARL", DebtorKind.B2B, "732829320", null,
                        PostalAddress.france("4 rue des Lilas", "69003", "Lyon"), "fr"),
                new Debtor(PETIT, "C0002", "Jeanne Petit", DebtorKind.CONSUMER, null, null,
                        PostalAddress.france("8 allée des Pins", "33000", "Bordeaux"), "fr"),
                new Debtor(MARTIN, "C0003", "Martin Bâtiment SA", DebtorKind.B2B, null, null,
                        PostalAddress.france("2 quai Rambaud", "69002", "Lyon"), "fr"),
                new Debtor(LONG_STREET, "C0004", "Garage du Centre et Carrosserie Industrielle de la Vallée",
                        DebtorKind.B2B, null, null, PostalAddress.france("Zone industrielle des Grandes Terres",
                                "69370", "Saint-Didier-au-Mont-d’Or-les-Coteaux"), "fr"),
                new Debtor(NO_POSTCODE, "C0005", "Café des Arts", DebtorKind.B2B, null, null,
                        PostalAddress.france("5 place Bellecour", null, null), "fr"),
                new Debtor(BERNARD, "C0006", "Bernard Transports", DebtorKind.B2B, null, null,
                        PostalAddress.france("9 route de Vienne", "69008", "Lyon"), "fr"));
        List<Invoice> invoices = List.of(
                invoice(1, DUPONT, "F-2025-031", "10000.00"),
                invoice(DISPUTED_INVOICE, DUPONT, "F-2025-034", "500.00"),
                invoice(3, PETIT, "F-2025-032", "1000.00"),
                invoice(4, MARTIN, "F-2025-035", "2000.00"),
                invoice(5, LONG_STREET, "F-2025-036", "800.00"),
                invoice(6, NO_POSTCODE, "F-2025-037", "300.00"),
                invoice(7, BERNARD, "F-2025-038", "1200.00"));
        new LedgerWriter(database).writeIntoEmptyFile(new LedgerWriter.Ledger(company, debtors, List.of(), invoices,
                List.of(), List.of()), (done, total) -> { }, () -> false);
    }

    static Invoice invoice(long id, long debtor, String number, String amount) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, InvoiceKind.INVOICE, number, DUE.minusDays(30), DUE,
                Money.cents(ttc.divide(new BigDecimal("1.2"), MathContext.DECIMAL64)), ttc, "EUR", false, null);
    }
}
