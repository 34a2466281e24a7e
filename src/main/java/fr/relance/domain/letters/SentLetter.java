package fr.relance.domain.letters;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A letter as it was printed or e-mailed, kept as evidence (one {@code letter} row, never updated): the text and
 * the amounts it claimed, the exact PDF stored as a document with its SHA-256, and the timeline event recording it.
 *
 * @param templateId      the template version it was made from; null for a letter made from no stored template
 * @param principal       the principal claimed (balances of the invoices listed, credit notes deducted)
 * @param penalties       late penalties or interest claimed, zero when none
 * @param indemnities     fixed recovery indemnities claimed, zero when none
 * @param paymentDeadline null when the letter sets no deadline
 * @param documentId      the stored PDF (document of kind LETTER)
 * @param sha256          the PDF's SHA-256, in lower-case hexadecimal
 * @param eventId         the LETTER_PRINTED or EMAIL_SENT timeline event
 */
public record SentLetter(long id, long caseId, long debtorId, Long templateId, LetterKind kind, LetterChannel channel,
                         LocalDate letterDate, String subject, BigDecimal principal, BigDecimal penalties,
                         BigDecimal indemnities, LocalDate paymentDeadline, long documentId, String sha256,
                         long eventId, String createdBy) {

    /** The first characters of the SHA-256, enough to tell two letters apart on screen. */
    public String shortSha256() {
        return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12);
    }

    /** Principal + penalties + indemnities. */
    public BigDecimal totalClaimed() {
        return principal.add(penalties).add(indemnities);
    }
}
