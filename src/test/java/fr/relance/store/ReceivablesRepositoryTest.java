package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingReport;
import fr.relance.domain.AgingRow;
import fr.relance.domain.Allocation;
import fr.relance.domain.CaseStage;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.Payment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aging query on a small ledger with a second currency, an unallocated payment and an open case. */
class ReceivablesRepositoryTest {

    static final LocalDate AS_OF = RepositoriesTest.AS_OF;

    @TempDir
    java.nio.file.Path dir;
    Database database;
    ReceivablesRepository receivables;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        LedgerWriter.Ledger small = RepositoriesTest.smallLedger();
        List<Invoice> invoices = new ArrayList<>(small.invoices());
        // Durand is also invoiced in US dollars, 40 days overdue.
        Invoice usd = RepositoriesTest.invoice(6, 1, InvoiceKind.INVOICE, "FA-USD-1", AS_OF.minusDays(70),
                AS_OF.minusDays(40), "500.00");
        invoices.add(new Invoice(usd.id(), usd.debtorId(), usd.kind(), usd.number(), usd.issueDate(), usd.dueDate(),
                usd.amountExclVat(), usd.amountInclVat(), "USD", false, null));
        // Petit's invoice is disputed.
        Invoice petit = invoices.get(4);
        invoices.set(4, new Invoice(petit.id(), petit.debtorId(), petit.kind(), petit.number(), petit.issueDate(),
                petit.dueDate(), petit.amountExclVat(), petit.amountInclVat(), "EUR", true, "Colis abîmé"));
        List<Payment> payments = new ArrayList<>(small.payments());
        List<Allocation> allocations = new ArrayList<>(small.allocations());
        // Petit paid 100 three days ago: 30 allocated to FA-4 two days ago, 70 left unallocated;
        // a payment received tomorrow does not count yet.
        payments.add(new Payment(3, 2, AS_OF.minusDays(3), Money.of("100.00"), "TRANSFER", "VIR"));
        payments.add(new Payment(4, 2, AS_OF.plusDays(1), Money.of("999.00"), "TRANSFER", "VIR"));
        allocations.add(new Allocation(4, 5, 3L, null, Money.of("30.00"), AS_OF.minusDays(2)));
        new LedgerWriter(database).writeIntoEmptyFile(new LedgerWriter.Ledger(null, small.debtors(),
                small.contacts(), invoices, payments, allocations), (done, total) -> { }, () -> false);
        database.dsl().execute("INSERT INTO collection_case (debtor_id, stage, opened_on) VALUES (1, 'FORMAL_NOTICE', ?)",
                AS_OF.minusDays(5));
        database.dsl().execute("INSERT INTO collection_case (debtor_id, stage, opened_on, closed_on, closed_reason) "
                + "VALUES (2, 'AMICABLE', ?, ?, 'PAID')", AS_OF.minusDays(100), AS_OF.minusDays(90));
        receivables = new ReceivablesRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void rowsPerDebtorAndCurrencyWithUnallocatedCreditsProfilesAndDso() {
        AgingReport report = receivables.agingAsOf(AS_OF);

        assertThat(report.currencies()).containsExactly("EUR", "USD");
        AgingRow durandEur = row(report, 1, "EUR");
        AgingRow durandUsd = row(report, 1, "USD");
        assertThat(durandEur.total()).isEqualByComparingTo("1200.00");
        assertThat(durandUsd.total()).isEqualByComparingTo("500.00");
        assertThat(durandUsd.bucket(AgingBucket.DAYS_31_60)).isEqualByComparingTo("500.00");
        assertThat(durandEur.openCaseStage()).isEqualTo(CaseStage.FORMAL_NOTICE);
        assertThat(report.totals("USD").total()).isEqualByComparingTo("500.00");

        AgingRow petit = row(report, 2, "EUR");
        // FA-4 45.90 less 30 allocated = 15.90; 70 unallocated -> -54.10
        assertThat(petit.bucket(AgingBucket.DAYS_1_30)).isEqualByComparingTo("15.90");
        assertThat(petit.unallocatedCredits()).isEqualByComparingTo("-70.00");
        assertThat(petit.total()).isEqualByComparingTo("-54.10");
        assertThat(petit.debtorKind()).isEqualTo(DebtorKind.CONSUMER);
        assertThat(petit.openCaseStage()).as("the closed case does not count").isNull();
        assertThat(petit.disputed()).isTrue();
        assertThat(petit.dso().days()).isEqualByComparingTo("0");
        assertThat(report.totals("EUR").total()).isEqualByComparingTo("1145.90");
        assertThat(report.totals("EUR").unallocatedCredits()).isEqualByComparingTo("-70.00");

        // Durand EUR, 1,200 open; invoices issued: November 300 (FA-2), October 80 (FA-3), September none, August
        // 1,200 (FA-1); credit notes are not sales. 23 + 31 + 30 + 820 / 1,200 x 31 = 105.2 days.
        assertThat(durandEur.dso().days()).isEqualByComparingTo("105.2");
        assertThat(durandEur.dso().capped()).isFalse();

        // Before Petit's payment arrived, no credit.
        AgingRow petitEarlier = row(receivables.agingAsOf(AS_OF.minusDays(4)), 2, "EUR");
        assertThat(petitEarlier.unallocatedCredits()).isEqualByComparingTo("0");
        assertThat(petitEarlier.total()).isEqualByComparingTo("45.90");
    }

    @Test
    void openItemsCarryTheirCurrencyAndDispute() {
        assertThat(receivables.openItemsOf(1, AS_OF)).extracting(i -> i.number() + " " + i.currency())
                .containsExactly("FA-1 EUR", "FA-USD-1 USD", "AV-1 EUR", "FA-2 EUR");
        assertThat(receivables.openItemsOf(2, AS_OF)).singleElement().satisfies(i -> {
            assertThat(i.disputed()).isTrue();
            assertThat(i.balance()).isEqualByComparingTo("15.90");
        });
    }

    static AgingRow row(AgingReport report, long debtor, String currency) {
        return report.rows().stream().filter(r -> r.debtorId() == debtor && r.currency().equals(currency))
                .findFirst().orElseThrow();
    }
}
