package fr.relance.domain.dossier;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.documents.DocumentKind;
import java.time.LocalDate;
import java.util.List;

/**
 * What the checklist is evaluated from: the case's own data, read by the store. Documents withdrawn and events
 * reversed are left out by the caller.
 *
 * @param siren           the debtor's SIREN as stored, null when unknown
 * @param addressComplete the debtor's postal address has its street, postcode and city
 * @param claimed         the open invoices the case claims
 * @param documents       the debtor's documents that count
 * @param events          the debtor's timeline events that count (kind and date)
 */
public record DossierFacts(DebtorKind kind, String siren, boolean addressComplete, List<ClaimedInvoice> claimed,
                           List<FactDocument> documents, List<FactEvent> events) {

    public DossierFacts {
        claimed = List.copyOf(claimed);
        documents = List.copyOf(documents);
        events = List.copyOf(events);
    }

    /** An open invoice of the case, and whether a dispute on it is open. */
    public record ClaimedInvoice(long invoiceId, String number, boolean disputed) {
    }

    public record FactDocument(long id, DocumentKind kind, String fileName, String note, LocalDate date) {
    }

    public record FactEvent(String kind, LocalDate on) {
    }
}
