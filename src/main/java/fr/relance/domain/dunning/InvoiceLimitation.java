package fr.relance.domain.dunning;

import java.time.LocalDate;

/**
 * The limitation date of one open invoice, and what last restarted its period.
 *
 * @param restartedBy the acknowledgement the current period runs from; null when it runs from the due date
 */
public record InvoiceLimitation(long invoiceId, LimitationPeriod period, DebtAcknowledgement.Source restartedBy) {

    public LocalDate limitationDate() {
        return period.limitationDate();
    }

    public LimitationStatus status(LocalDate asOf) {
        return period.status(asOf);
    }
}
