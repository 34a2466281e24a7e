package fr.relance.domain.dossier;

import fr.relance.domain.CaseStage;
import fr.relance.domain.Company;
import fr.relance.domain.Contact;
import fr.relance.domain.Debtor;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.documents.DocumentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an agency-ready dossier holds, in reading order: who (creditor, debtor, agency), what is claimed,
 * the checklist of evidence, the chronology of the collection efforts, the statement of account, and the
 * attachments themselves.
 *
 * @param stage  the stage of the open case, null when no case is open
 * @param agency the agency the case is handed to, null when none yet
 */
public record DossierContent(LocalDate asOf, Company creditor, Debtor debtor, List<Contact> contacts,
                             CaseStage stage, CollectionAgency agency, ClaimSummary claim,
                             List<ChecklistLine> checklist, List<ChronologyLine> chronology,
                             List<StatementLine> statement, List<DossierAttachment> attachments) {

    public DossierContent {
        contacts = List.copyOf(contacts);
        checklist = List.copyOf(checklist);
        chronology = List.copyOf(chronology);
        statement = List.copyOf(statement);
        attachments = List.copyOf(attachments);
    }

    /** Whether a piece of evidence is in the dossier. */
    public enum ChecklistStatus { PRESENT, MISSING, NOT_APPLICABLE }

    /**
     * One line of the dossier's checklist, already worded.
     *
     * @param detail what was found (file names, dates) or what to do; may be empty
     */
    public record ChecklistLine(String label, ChecklistStatus status, String detail, boolean required) {
    }

    /**
     * One action of the timeline, oldest first. The kind is a {@code case_event.kind} code and the summary as the
     * journals store it; the renderer words them.
     *
     * @param reversed a later reversal cancels it (it stays in the chronology, marked)
     */
    public record ChronologyLine(LocalDate date, String kind, String summary, String author, BigDecimal amount,
                                 boolean reversed) {
    }

    /** What a line of the statement of account is. */
    public enum Movement { INVOICE, CREDIT_NOTE, PAYMENT }

    /**
     * One movement of the debtor's account, in date order, with the balance after it.
     *
     * @param dueDate null for a payment
     */
    public record StatementLine(LocalDate date, Movement movement, String reference, LocalDate dueDate,
                                BigDecimal debit, BigDecimal credit, BigDecimal balance) {
    }

    /**
     * A stored document the dossier carries, in the dossier's order.
     *
     * @param documentDate null when unknown
     */
    public record DossierAttachment(long documentId, String fileName, DocumentKind kind, String mimeType,
                                    long sizeBytes, LocalDate documentDate, String note, String sha256) {
    }
}
