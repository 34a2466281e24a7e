package fr.relance.domain.dunning;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limitation dates of a debtor's open invoices and which of them the worklist flags (domain reference,
 * section 8): each period runs from the due date, restarted by every acknowledgement that covers the invoice
 * while the period still runs ({@link LimitationPeriod#of}).
 */
public final class LimitationWatch {

    private LimitationWatch() {
    }

    /** By invoice id, in the order of {@code items}; credit notes and settled invoices have none. */
    public static Map<Long, InvoiceLimitation> of(DebtorKind kind, List<OpenItem> items,
                                                  Collection<DebtAcknowledgement> acknowledgements) {
        Map<Long, InvoiceLimitation> limitations = new LinkedHashMap<>();
        for (OpenItem item : items) {
            if (item.kind() != InvoiceKind.INVOICE || item.balance().signum() <= 0) {
                continue;
            }
            List<DebtAcknowledgement> covering = acknowledgements.stream().filter(ack -> ack.covers(item)).toList();
            LimitationPeriod period = LimitationPeriod.of(kind, item.dueDate(),
                    covering.stream().map(DebtAcknowledgement::on).toList());
            DebtAcknowledgement.Source source = period.restartedOn() == null ? null : covering.stream()
                    .filter(ack -> ack.on().equals(period.restartedOn()))
                    .map(DebtAcknowledgement::source).min(Comparator.naturalOrder()).orElse(null);
            limitations.put(item.invoiceId(), new InvoiceLimitation(item.invoiceId(), period, source));
        }
        return limitations;
    }

    /**
     * The invoices to flag on {@code asOf}, soonest limitation date first: within 6 months of their limitation
     * date and not yet past it, except those the controller already took note of in the current warning window
     * (a note taken before a fresh period started does not silence the warning of the new period), and none while
     * the warning is postponed.
     *
     * @param notedOn        by invoice, the latest day the controller took note of its warning (recorded decision)
     * @param postponedUntil the controller postponed the warning to this day; null when not postponed
     */
    public static List<Long> warnings(LocalDate asOf, Collection<InvoiceLimitation> limitations,
                                      Map<Long, LocalDate> notedOn,
                                      LocalDate postponedUntil) {
        if (postponedUntil != null && asOf.isBefore(postponedUntil)) {
            return List.of();
        }
        return limitations.stream()
                .filter(limitation -> limitation.status(asOf) == LimitationStatus.WARNING)
                .filter(limitation -> !isNoted(limitation, notedOn.get(limitation.invoiceId())))
                .sorted(Comparator.comparing(InvoiceLimitation::limitationDate)
                        .thenComparingLong(InvoiceLimitation::invoiceId))
                .map(InvoiceLimitation::invoiceId).toList();
    }

    private static boolean isNoted(InvoiceLimitation limitation, LocalDate notedOn) {
        return notedOn != null && !notedOn.isBefore(limitation.period().warnFrom());
    }
}
