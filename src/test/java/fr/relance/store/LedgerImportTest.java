package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.IMPORT_BATCH;
import static fr.relance.store.jooq.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.AgingRow;
import fr.relance.domain.DebtorDetails;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.OpenItem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerImportTest {

    static final LocalDate OCT = LocalDate.of(2026, 10, 31);
    static final LocalDate NOV = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Database database;
    LedgerImport importer;
    ReceivablesRepository receivables;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        importer = new LedgerImport(database);
        receivables = new ReceivablesRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    LedgerImport.Summary run(String file, String sha, LocalDate on, List<LedgerEntry> entries, Set<String> settled) {
        return importer.apply(new LedgerImport.Request(file, sha, "CSV", on, entries, settled, 1),
                (done, total) -> { }, () -> false);
    }

    List<LedgerEntry> october() {
        return List.of(
                invoice(2, "411DURAND", "Durand SARL", "FA-1", "2026-08-01", "1200.00", "1200.00"),
                invoice(3, "411DURAND", "Durand SARL", "FA-2", "2026-09-15", "500.00", "300.00"),
                invoice(4, "411PETIT", "Petit SAS", "FA-3", "2026-10-01", "80.00", "80.00"),
                new LedgerEntry(5, EntryKind.CREDIT_NOTE, "411PETIT", "Petit SAS", "AV-1", date("2026-10-05"),
                        date("2026-10-05"), money("20.00"), money("20.00"), null, "EUR", null, null));
    }

    @Test
    void aFirstImportCreatesDebtorsDocumentsAndWhatTheLedgerAlreadySettled() {
        LedgerImport.Summary summary = run("octobre.csv", "sha-oct", OCT, october(), Set.of());

        assertThat(summary.created()).isEqualTo(4);
        assertThat(summary.debtorsCreated()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        List<OpenItem> durand = receivables.openItemsOf(debtorId("411DURAND"), OCT);
        assertThat(durand).extracting(OpenItem::number, i -> i.balance().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FA-1", "1200.00"),
                        org.assertj.core.groups.Tuple.tuple("FA-2", "300.00"));
        assertThat(database.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(1);
        assertThat(database.dsl().fetchOne(IMPORT_BATCH).getNewCount()).isEqualTo(4);
        assertThat(database.dsl().fetchOne(IMPORT_BATCH).getSha256().strip()).isEqualTo("sha-oct");
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        run("octobre.csv", "sha-oct", OCT, october(), Set.of());
        BigDecimal before = receivables.agingAsOf(NOV).totals("EUR").total();

        LedgerImport.Summary again = run("octobre.csv", "sha-oct", NOV, october(), Set.of());
        assertThat(again.alreadyImportedAt()).isNotNull();
        assertThat(database.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(1);

        // The same content under another name (a re-export) is unchanged line by line
        LedgerImport.Summary copy = run("octobre (copie).csv", "sha-other", NOV, october(), Set.of());
        assertThat(copy.created()).isZero();
        assertThat(copy.updated()).isZero();
        assertThat(copy.closed()).isZero();
        assertThat(copy.unchanged()).isEqualTo(4);
        assertThat(receivables.agingAsOf(NOV).totals("EUR").total()).isEqualByComparingTo(before);
    }

    @Test
    void aNewerExportUpdatesClosesAndAddsAndTheTimelineSaysWhichFile() {
        run("octobre.csv", "sha-oct", OCT, october(), Set.of());

        List<LedgerEntry> november = List.of(
                invoice(2, "411DURAND", "Durand SARL", "FA-1", "2026-08-01", "1200.00", "700.00"),  // part paid
                invoice(3, "411PETIT", "Petit SAS", "FA-3", "2026-10-01", "85.00", "85.00"),        // corrected
                invoice(4, "411MARTIN", "Martin", "FA-4", "2026-11-02", "60.00", "60.00"));          // new
        LedgerImport.Summary summary = run("novembre.csv", "sha-nov", NOV, november, Set.of());

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(2);
        assertThat(summary.closed()).isEqualTo(2); // FA-2 and AV-1 are no longer open in the ledger
        AgingRow durand = receivables.agingAsOf(NOV).rows().stream()
                .filter(r -> r.debtorId() == debtorId("411DURAND")).findFirst().orElseThrow();
        assertThat(durand.total()).isEqualByComparingTo("700.00");
        assertThat(receivables.agingAsOf(NOV).totals("EUR").total()).isEqualByComparingTo("845.00");
        // Replaying October: FA-2 and AV-1 were still open then; FA-3's corrected amount applies (85)
        assertThat(receivables.agingAsOf(OCT).totals("EUR").total()).isEqualByComparingTo("1565.00");

        assertThat(database.dsl().selectFrom(CASE_EVENT).where(CASE_EVENT.KIND.eq("SETTLED_IN_LEDGER"))
                .fetch(CASE_EVENT.SUMMARY)).anyMatch(s -> s.contains("FA-2") && s.contains("novembre.csv"));
        assertThat(database.dsl().select(INVOICE.CLOSED_ON).from(INVOICE).where(INVOICE.NUMBER.eq("FA-2"))
                .fetchOne().value1()).isEqualTo(NOV);
    }

    @Test
    void paymentsGoToTheInvoicesTheyNameThenOldestFirstAndTheRestIsACredit() {
        run("octobre.csv", "sha-oct", OCT, october(), Set.of());
        List<LedgerEntry> bank = List.of(
                payment(2, "411DURAND", "2026-11-05", "300.00", "VIR DURAND SARL FA-2"),
                payment(3, "411DURAND", "2026-11-06", "1500.00", "VIR DURAND SARL"));
        LedgerImport.Summary summary = run("releve.csv", "sha-bank", NOV, bank, Set.of());

        assertThat(summary.paymentsAdded()).isEqualTo(2);
        assertThat(summary.unallocated()).isEqualByComparingTo("300.00");
        assertThat(receivables.openItemsOf(debtorId("411DURAND"), NOV)).isEmpty();

        LedgerImport.Summary again = run("releve (2).csv", "sha-bank-2", NOV, bank, Set.of());
        assertThat(again.paymentsAdded()).isZero();
        assertThat(again.paymentsUnchanged()).isEqualTo(2);
    }

    @Test
    void aPaymentSettlesInvoicesOfItsOwnCurrencyAndItsCreditStaysInThatCurrency() {
        LedgerEntry eur = invoice(2, "411DURAND", "Durand SARL", "FA-1", "2026-08-01", "1000.00", "1000.00");
        LedgerEntry usd = new LedgerEntry(3, EntryKind.INVOICE, "411DURAND", "Durand SARL", "US-1", date("2026-09-01"),
                date("2026-10-01"), money("400.00"), null, null, "USD", null, null);
        run("octobre.csv", "sha-oct", OCT, List.of(eur, usd), Set.of());
        LedgerEntry dollars = new LedgerEntry(2, EntryKind.PAYMENT, "411DURAND", null, null, date("2026-11-05"), null,
                money("500.00"), null, null, "USD", "WIRE DURAND", null);
        run("bank.csv", "sha-bank", NOV, List.of(dollars), Set.of());

        var report = receivables.agingAsOf(NOV);
        assertThat(report.totals("EUR").total()).isEqualByComparingTo("1000.00");
        assertThat(report.totals("USD").total()).isEqualByComparingTo("-100.00");
        assertThat(report.totals("USD").unallocatedCredits()).isEqualByComparingTo("-100.00");
    }

    @Test
    void anImportIsAllOrNothing() {
        assertThatThrownBy(() -> importer.apply(new LedgerImport.Request("octobre.csv", "sha-oct", "CSV", OCT,
                october(), Set.of(), 0), (done, total) -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(database.dsl().fetchCount(IMPORT_BATCH)).isZero();
        assertThat(new DebtorRepository(database).count()).isZero();
        assertThat(receivables.isEmpty()).isTrue();
    }

    @Test
    void aCancelAfterSomeWritesStillLeavesNothing() {
        run("octobre.csv", "sha-oct", OCT, october(), Set.of());
        BigDecimal before = receivables.agingAsOf(NOV).totals("EUR").total();
        int[] polls = {0};
        List<LedgerEntry> bank = List.of(payment(2, "411DURAND", "2026-11-05", "300.00", "VIR FA-2"));
        assertThatThrownBy(() -> importer.apply(new LedgerImport.Request("novembre.csv", "sha-nov", "CSV", NOV,
                List.of(invoice(2, "411NEW", "New", "FA-7", "2026-11-01", "10.00", "10.00"), bank.get(0)),
                Set.of(), 0), (done, total) -> { }, () -> ++polls[0] > 3))
                .isInstanceOf(CancellationException.class);
        assertThat(polls[0]).isGreaterThan(3);
        assertThat(database.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(1);
        assertThat(receivables.agingAsOf(NOV).totals("EUR").total()).isEqualByComparingTo(before);
        assertThat(database.dsl().fetchCount(INVOICE, INVOICE.NUMBER.eq("FA-7"))).isZero();
    }

    @Test
    void debtorDetailsFillBlanksOnly() {
        DebtorDetails details = new DebtorDetails(DebtorKind.CONSUMER, null, null, "paul@exemple.fr", "06 00 00 00 00",
                "8 allée des Pins", "33000", "Bordeaux", "FR");
        run("a.csv", "sha-a", OCT, List.of(new LedgerEntry(2, EntryKind.INVOICE, "C001", "M. Paul Petit", "FA-9",
                date("2026-10-01"), date("2026-10-31"), money("45.90"), null, null, "EUR", null, details)), Set.of());
        var debtor = new DebtorRepository(database).find(debtorId("C001")).orElseThrow();
        assertThat(debtor.kind()).isEqualTo(DebtorKind.CONSUMER);
        assertThat(debtor.address().lines()).containsExactly("8 allée des Pins", "33000 BORDEAUX");
        assertThat(new DebtorRepository(database).contactsOf(debtor.id())).singleElement()
                .satisfies(c -> assertThat(c.email()).isEqualTo("paul@exemple.fr"));
    }

    long debtorId(String code) {
        return database.dsl().select(fr.relance.store.jooq.Tables.DEBTOR.ID).from(fr.relance.store.jooq.Tables.DEBTOR)
                .where(fr.relance.store.jooq.Tables.DEBTOR.ACCOUNT_CODE.eq(code)).fetchOne().value1();
    }

    static LedgerEntry invoice(int line, String code, String name, String number, String issued, String amount,
                               String open) {
        LocalDate date = date(issued);
        return new LedgerEntry(line, EntryKind.INVOICE, code, name, number, date, date.plusDays(30), money(amount),
                money(open), null, "EUR", null, null);
    }

    static LedgerEntry payment(int line, String code, String on, String amount, String reference) {
        return new LedgerEntry(line, EntryKind.PAYMENT, code, null, null, date(on), null, money(amount), null, null,
                "EUR", reference, null);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
