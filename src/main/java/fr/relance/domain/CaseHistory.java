package fr.relance.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A debtor's whole history, newest first: the events people recorded (case_event) merged by date with the events
 * read from the ledger ({@link CaseEvent#fromLedger}).
 */
public final class CaseHistory {

    /** On one day, the accounts read in the order things happen: invoice, then due date, then money in. */
    private static final Map<String, Integer> LEDGER_ORDER = Map.of(CaseEvent.INVOICE_ISSUED, 0,
            CaseEvent.DUE_DATE_PASSED, 1, CaseEvent.CREDIT_NOTE_ISSUED, 2, CaseEvent.PAYMENT_RECEIVED, 3);

    private static final Comparator<CaseEvent> NEWEST_FIRST = Comparator
            .comparing(CaseEvent::occurredOn, Comparator.reverseOrder())
            // On the same day what people recorded comes above the accounts: it was done knowing them.
            .thenComparing(CaseEvent::isFromLedger)
            .thenComparing(event -> event.isFromLedger() ? -LEDGER_ORDER.getOrDefault(event.kind(), 9) : 0)
            .thenComparing(event -> event.id() == null ? 0L : -event.id())
            .thenComparing(event -> event.invoiceId() == null ? 0L : -event.invoiceId());

    private CaseHistory() {
    }

    /**
     * @param stored     the recorded events, any order
     * @param derived    the events read from the ledger
     * @param duplicates ids of recorded events a derived event already shows (a payment an import wrote down as an
     *                   event): left out, so nothing is listed twice
     */
    public static List<CaseEvent> merge(Collection<CaseEvent> stored, Collection<CaseEvent> derived,
                                        Collection<Long> duplicates) {
        List<CaseEvent> all = new ArrayList<>(stored.size() + derived.size());
        stored.stream().filter(event -> !duplicates.contains(event.id())).forEach(all::add);
        derived.stream().filter(Objects::nonNull).forEach(all::add);
        all.sort(NEWEST_FIRST);
        return all;
    }
}
