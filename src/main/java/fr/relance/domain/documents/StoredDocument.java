package fr.relance.domain.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A document as stored: immutable bytes identified by their SHA-256. A mistaken attachment is never deleted: the
 * timeline event that added it is reversed, and the document then reads as withdrawn.
 *
 * @param debtorId      null for a document of no debtor (an agency agreement)
 * @param caseId        the case open when it was attached, null when none was
 * @param documentDate  the date the document bears (an invoice date, a delivery date), null when unknown
 * @param addedEventId  the "document added" timeline event, null for a document outside any timeline
 * @param withdrawnOn   the date of the reversal of {@code addedEventId}, null while the document counts
 */
public record StoredDocument(long id, Long debtorId, Long caseId, DocumentKind kind, String fileName,
                             String mimeType, long sizeBytes, String sha256, LocalDate documentDate, String note,
                             OffsetDateTime addedAt, String addedBy, Long addedEventId, LocalDate withdrawnOn,
                             String withdrawalReason) {

    public boolean withdrawn() {
        return withdrawnOn != null;
    }
}
