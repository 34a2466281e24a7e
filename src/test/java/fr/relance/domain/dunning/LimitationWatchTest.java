package fr.relance.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.DebtAcknowledgement.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Limitation dates per open invoice from the due date and the acknowledgements that cover it; the 6-month flag. */
class LimitationWatchTest {

    /** Invoice 1: issued 01/02/2021, due 03/03/2021; invoice 2: issued 01/06/2023, due 01/07/2023. */
    static final OpenItem OLD = item(1, "2021-02-01", "2021-03-03");
    static final OpenItem RECENT = item(2, "2023-06-01", "2023-07-01");

    static OpenItem item(long id, String issued, String due) {
        return new OpenItem(7, "Durand SARL", id, InvoiceKind.INVOICE, "FA-" + id, LocalDate.parse(issued),
                LocalDate.parse(due), Money.of("1200.00"), Money.of("1200.00"));
    }

    /**
     * @param acknowledgement "-" none, else SOURCE@date[#invoice] (no invoice: the whole debt issued by then)
     */
    @ParameterizedTest(name = "{0} {1}: {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            // kind,     acknowledgement,              limitation of 1, restarted by, limitation of 2
            // Code de commerce L110-4: 5 years from the due date (Code civil 2233: not before the term)
            "B2B,      -,                              2026-03-03, -,            2028-07-01",
            // Code de la consommation L218-2: 2 years
            "CONSUMER, -,                              2023-03-03, -,            2025-07-01",
            // a part payment on invoice 1 restarts invoice 1 only
            "B2B,      PART_PAYMENT@2022-05-10#1,      2027-05-10, PART_PAYMENT, 2028-07-01",
            // a payment plan signed covers every invoice issued by then
            "B2B,      PAYMENT_PLAN@2024-01-15,        2029-01-15, PAYMENT_PLAN, 2029-01-15",
            // ... but not one issued after it
            "B2B,      PAYMENT_PLAN@2023-05-15,        2028-05-15, PAYMENT_PLAN, 2028-07-01",
            // a written acknowledgement of invoice 2 leaves invoice 1 alone
            "B2B,      WRITTEN@2024-02-01#2,           2026-03-03, -,            2029-02-01",
            // consumer: an acknowledgement after the period ran out does not revive it (Code civil 2250 is a
            // person's judgement)
            "CONSUMER, WRITTEN@2024-02-01,             2023-03-03, -,            2026-02-01",
    })
    void limitationDateOfEachInvoice(DebtorKind kind, String acknowledgement, LocalDate first, Source restartedBy,
                                     LocalDate second) {
        Map<Long, InvoiceLimitation> dates = LimitationWatch.of(kind, List.of(OLD, RECENT), parse(acknowledgement));

        assertThat(dates.keySet()).containsExactly(1L, 2L);
        assertThat(dates.get(1L).limitationDate()).isEqualTo(first);
        assertThat(dates.get(1L).restartedBy()).isEqualTo(restartedBy);
        assertThat(dates.get(2L).limitationDate()).isEqualTo(second);
    }

    static List<DebtAcknowledgement> parse(String text) {
        List<DebtAcknowledgement> acks = new ArrayList<>();
        if (text == null) {
            return acks;
        }
        String[] sourceAndRest = text.split("@");
        String[] dateAndInvoice = sourceAndRest[1].split("#");
        acks.add(new DebtAcknowledgement(LocalDate.parse(dateAndInvoice[0]),
                dateAndInvoice.length > 1 ? Long.valueOf(dateAndInvoice[1]) : null, Source.valueOf(sourceAndRest[0])));
        return acks;
    }

    @Test
    void creditNotesAndSettledInvoicesHaveNoLimitationDate() {
        OpenItem credit = new OpenItem(7, "Durand SARL", 3, InvoiceKind.CREDIT_NOTE, "AV-3",
                LocalDate.parse("2021-02-01"), LocalDate.parse("2021-02-01"), Money.of("100.00"), Money.of("-100.00"));
        OpenItem settled = new OpenItem(7, "Durand SARL", 4, InvoiceKind.INVOICE, "FA-4",
                LocalDate.parse("2021-02-01"), LocalDate.parse("2021-03-03"), Money.of("100.00"), Money.ZERO);
        assertThat(LimitationWatch.of(DebtorKind.B2B, List.of(credit, settled, OLD), List.of())).containsOnlyKeys(1L);
    }

    /** Invoice 1 ends 03/03/2026 (flag from 03/09/2025), invoice 2 ends 01/07/2028. */
    @ParameterizedTest(name = "{0} noted {1} postponed {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            "2025-09-02, -,          -,          -",
            // 6 months ahead, up to and including the limitation date
            "2025-09-03, -,          -,          1",
            "2026-03-03, -,          -,          1",
            // the day after, the claim is time-barred: nothing left to warn about
            "2026-03-04, -,          -,          -",
            // taken note of during the warning window: silent
            "2025-10-01, 2025-09-10, -,          -",
            // a note taken before this window (an earlier period) does not silence it
            "2025-10-01, 2025-01-10, -,          1",
            // postponed: silent until the day, back on it
            "2025-10-01, -,          2025-10-15, -",
            "2025-10-15, -,          2025-10-15, 1",
    })
    void theWarningComesSixMonthsAhead(LocalDate asOf, LocalDate notedOn, LocalDate postponedUntil, Long warned) {
        Map<Long, InvoiceLimitation> dates = LimitationWatch.of(DebtorKind.B2B, List.of(OLD, RECENT), List.of());
        Map<Long, LocalDate> noted = notedOn == null ? Map.of() : Map.of(1L, notedOn);

        List<Long> warnings = LimitationWatch.warnings(asOf, dates.values(), noted, postponedUntil);

        assertThat(warnings).isEqualTo(warned == null ? List.of() : List.of(warned));
    }

    @Test
    void severalWarningsAreListedSoonestFirst() {
        OpenItem later = item(5, "2021-01-01", "2021-06-01");
        OpenItem sooner = item(6, "2021-01-01", "2021-04-01");
        Map<Long, InvoiceLimitation> dates = LimitationWatch.of(DebtorKind.B2B, List.of(later, sooner), List.of());
        assertThat(LimitationWatch.warnings(LocalDate.parse("2026-01-01"), dates.values(), Map.of(), null))
                .containsExactly(6L, 5L);
    }
}
