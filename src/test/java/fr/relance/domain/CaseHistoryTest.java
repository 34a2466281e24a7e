package fr.relance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseHistoryTest {

    static final LocalDate D = LocalDate.of(2026, 9, 1);

    static CaseEvent stored(long id, LocalDate on, String kind, String author) {
        return new CaseEvent(id, 1, null, on, null, kind, author, null, null, null, kind);
    }

    static CaseEvent ledger(LocalDate on, String kind, long invoiceId) {
        return CaseEvent.fromLedger(1, on, kind, new BigDecimal("100.00"), invoiceId, "FA-" + invoiceId);
    }

    @Test
    void recordedAndLedgerEventsAreMergedNewestFirst() {
        CaseEvent call = stored(10, D.plusDays(20), CaseEvent.CALL, "claire");
        CaseEvent note = stored(11, D.plusDays(20), CaseEvent.NOTE, "claire");
        CaseEvent reminder = stored(5, D.plusDays(7), CaseEvent.EMAIL_SENT, "claire");
        CaseEvent issued = ledger(D.minusDays(30), CaseEvent.INVOICE_ISSUED, 1);
        CaseEvent late = ledger(D.plusDays(1), CaseEvent.DUE_DATE_PASSED, 1);
        CaseEvent paid = ledger(D.plusDays(20), CaseEvent.PAYMENT_RECEIVED, 1);
        CaseEvent issuedSameDay = ledger(D.plusDays(20), CaseEvent.INVOICE_ISSUED, 2);

        List<CaseEvent> merged = CaseHistory.merge(List.of(reminder, call, note),
                List.of(issued, late, paid, issuedSameDay), Set.of());

        // Same day: what people recorded above the accounts (latest recorded first), then money in above a new
        // invoice.
        assertThat(merged).containsExactly(note, call, paid, issuedSameDay, reminder, late, issued);
        assertThat(merged.get(2).isFromLedger()).isTrue();
        assertThat(merged.get(0).isFromLedger()).isFalse();
    }

    @Test
    void aRecordedEventTheLedgerAlreadyShowsIsLeftOut() {
        CaseEvent imported = stored(3, D.plusDays(25), CaseEvent.PAYMENT_RECEIVED, "import");
        CaseEvent paid = ledger(D.plusDays(20), CaseEvent.PAYMENT_RECEIVED, 1);
        assertThat(CaseHistory.merge(List.of(imported), List.of(paid), Set.of(3L))).containsExactly(paid);
        assertThat(CaseHistory.merge(List.of(imported), List.of(paid), Set.of())).containsExactly(imported, paid);
    }
}
