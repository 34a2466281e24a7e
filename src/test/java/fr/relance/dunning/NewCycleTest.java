package fr.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.Allocation;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A debtor pays everything after the formal notice; months later a new invoice goes unpaid. The controller expects
 * the courteous first reminder again, not silence because the old case already reached a later step.
 */
class NewCycleTest {

    static final LocalDate D = LocalDate.of(2026, 3, 2);
    static final long DURAND = 1;

    @TempDir
    Path dir;
    Database database;
    WorklistService service;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(DURAND, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(invoice(1, "FA-1", D, "1000.00"), invoice(2, "FA-2", D.plusDays(60), "800.00"));
        List<Payment> payments = List.of(new Payment(1, DURAND, D.plusDays(40), Money.of("1000.00"), "VIR", "VIR 1"));
        List<Allocation> allocations = List.of(new Allocation(1, 1, 1L, null, Money.of("1000.00"), D.plusDays(40)));
        new LedgerWriter(database).writeIntoEmptyFile(
                new LedgerWriter.Ledger(null, debtors, List.of(), invoices, payments, allocations),
                (done, total) -> { }, () -> false);
        service = new WorklistService(database, "claire");
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Invoice invoice(long id, String number, LocalDate due, String amount) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, DURAND, InvoiceKind.INVOICE, number, due.minusDays(30), due,
                Money.cents(ttc.divide(new BigDecimal("1.2"), java.math.MathContext.DECIMAL64)), ttc, "EUR", false,
                null);
    }

    Optional<WorklistItem> stepOn(LocalDate day) {
        return service.worklist(day).stream()
                .filter(i -> i.kind() == WorklistKind.DUNNING_STEP && i.debtorId() == DURAND).findFirst();
    }

    void act(int days, DunningAction expected) {
        LocalDate day = D.plusDays(days);
        WorklistItem item = stepOn(day).orElseThrow(() -> new AssertionError("nothing due on D+" + days));
        assertThat(item.action()).isEqualTo(expected);
        if (item.isCall()) {
            service.logCall(item, day, CallOutcome.REACHED, "Promet de regarder", null, null, null);
        } else {
            assertThat(service.execute(item, day, "claire")).isPresent();
        }
    }

    @Test
    void aDebtUnpaidAfterTheOldOneWasSettledStartsAgainFromTheFirstReminder() {
        act(7, DunningAction.EMAIL_REMINDER);
        act(15, DunningAction.REMINDER_LETTER);
        act(21, DunningAction.PHONE_CALL);
        act(30, DunningAction.FORMAL_NOTICE);
        assertThat(stepOn(D.plusDays(45))).as("FA-1 paid on D+40: nothing to chase").isEmpty();
        assertThat(stepOn(D.plusDays(66))).as("FA-2 due on D+60, first reminder at its D+7").isEmpty();

        WorklistItem fresh = stepOn(D.plusDays(67)).orElseThrow();
        assertThat(fresh.action()).isEqualTo(DunningAction.EMAIL_REMINDER);
        assertThat(fresh.stepPosition()).isEqualTo(1);
        assertThat(fresh.invoiceIds()).containsExactly(2L);
        assertThat(service.execute(fresh, D.plusDays(67), "claire")).isPresent();
        // From there the new debt follows the policy like any other.
        assertThat(stepOn(D.plusDays(70))).isEmpty();
        assertThat(stepOn(D.plusDays(75)).orElseThrow().action()).isEqualTo(DunningAction.REMINDER_LETTER);
    }

    @Test
    void aCaseWithAnInvoiceStillOwedGoesOnAtTheStepReached() {
        act(7, DunningAction.EMAIL_REMINDER);
        act(15, DunningAction.REMINDER_LETTER);
        // FA-1 still owed: the case is not spent, so the letter sent on D+15 is not proposed again the next day
        // (a case wrongly taken as spent would forget its decisions and propose step 2 once more).
        assertThat(stepOn(D.plusDays(16))).isEmpty();
        WorklistItem next = stepOn(D.plusDays(21)).orElseThrow();
        assertThat(next.action()).isEqualTo(DunningAction.PHONE_CALL);
        assertThat(next.stepPosition()).isEqualTo(3);
    }
}
