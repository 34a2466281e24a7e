package fr.relance.documents;

import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.store.RatesRepository;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.dunning.WorklistService;

/**
 * A small ledger for the letters sent: a creditor with its identity and IBAN, two business debtors with complete
 * addresses (one with two invoices), a consumer, and a debtor whose address has no street nor postcode (its letters
 * are refused). Invoices fall due on {@link #DUE}; the 2026 H2 rates are entered as the controller would.
 */
public final class LetterFixtures {

    public static final LocalDate DUE = LocalDate.of(2026, 9, 1);
    public static final long DUPONT = 1;
    public static final long MARTIN = 2;
    public static final long PETIT = 3;
    public static final long NOWHERE = 4;

    private LetterFixtures() {
    }

    public static Company company() {
        return new Company("Ateliers Morel", "SAS", new BigDecimal("50000"), "552100554", null, "FR40552100554",
                "Lyon", "12 rue de la République", null, "69002", "Lyon", "04 78 00 00 00", "compta@morel.fr",
                "FR7630006000011234567890189", "AGRIFRPP", "Claire Martin", "Responsable comptable", null, null);
    }

    public static LedgerWriter.Ledger ledger() {
        List<Debtor> debtors = List.of(
                new Debtor(DUPONT, "C0001", "Dupont SARL", DebtorKind.B2B, "732829320", null,
                        PostalAddress.france("4 rue des Lilas", "69003", "Lyon"), "fr"),
                new Debtor(MARTIN, "C0002", "Martin SA", DebtorKind.B2B, null, null,
                        PostalAddress.france("18 quai Perrache", "69002", "Lyon"), "fr"),
                new Debtor(PETIT, "C0003", "Jeanne Petit", DebtorKind.CONSUMER, null, null,
                        PostalAddress.france("8 allée des Pins", "33000", "Bordeaux"), "fr"),
                new Debtor(NOWHERE, "C0004", "Sans Adresse SAS", DebtorKind.B2B, null, null,
                        new PostalAddress(null, null, null, null, null, null, "FR"), "fr"));
        List<Invoice> invoices = List.of(
                invoice(1, DUPONT, "F-2026-101", "1200.00"),
                invoice(2, DUPONT, "F-2026-102", "300.00"),
                invoice(3, MARTIN, "F-2026-103", "2400.00", DUE.minusDays(10)),
                invoice(4, PETIT, "F-2026-104", "600.00"),
                invoice(5, NOWHERE, "F-2026-105", "900.00"));
        return new LedgerWriter.Ledger(company(), debtors, List.of(), invoices, List.of(), List.of());
    }

    /** A data folder with the ledger and the 2026 H2 rates. */
    public static Database open(java.nio.file.Path dir) {
        Database database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(ledger(), (done, total) -> { }, () -> false);
        new RatesRepository(database).save(new HalfYearRates(new HalfYear(2026, 2), new BigDecimal("2.15"),
                new BigDecimal("6.67"), new BigDecimal("2.62")));
        return database;
    }

    /** The day the worklist offers the letters of {@link #walkToLetters}. */
    public static final LocalDate LETTERS_DAY = DUE.plusDays(20);

    /**
     * Takes the debtors to their letters on {@link #LETTERS_DAY}: Dupont, Petit and Sans Adresse had their e-mail
     * reminder and are due their reminder letter; Martin (due 10 days earlier) had the e-mail, the letter and the
     * call, and is due the formal notice (registered).
     */
    public static void walkToLetters(Database database) {
        WorklistService service = new WorklistService(database, "claire");
        for (LocalDate on = DUE.minusDays(5); on.isBefore(LETTERS_DAY); on = on.plusDays(1)) {
            for (WorklistItem item : service.worklist(on)) {
                boolean martin = item.debtorId() == MARTIN;
                if (item.kind() != WorklistKind.DUNNING_STEP || (!martin && item.stepPosition() > 1)) {
                    continue;
                }
                if (item.isCall()) {
                    service.logCall(item, on, CallOutcome.VOICEMAIL, null, null, null, null);
                } else {
                    service.execute(item, on, "claire");
                }
            }
        }
    }

    static Invoice invoice(long id, long debtor, String number, String amount) {
        return invoice(id, debtor, number, amount, DUE);
    }

    static Invoice invoice(long id, long debtor, String number, String amount, LocalDate due) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, InvoiceKind.INVOICE, number, due.minusDays(30), due,
                Money.cents(ttc.divide(new BigDecimal("1.2"), MathContext.DECIMAL64)), ttc, "EUR", false, null);
    }
}
