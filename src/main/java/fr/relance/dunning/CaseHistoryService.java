package fr.relance.dunning;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseHistory;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.DebtAcknowledgement;
import fr.relance.domain.dunning.InvoiceLimitation;
import fr.relance.store.Database;
import fr.relance.store.FollowUpJournal;
import fr.relance.store.LedgerHistory;
import fr.relance.store.LimitationRepository;
import fr.relance.store.TimelineRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case's history and the corrections to it: the timeline (recorded events merged with the ledger's), written
 * acknowledgements of debt, the invoices' limitation dates, and reversals that undo what the reversed event
 * recorded. Inputs are checked first; a refusal throws {@link InvalidInputException} and nothing is written.
 */
public final class CaseHistoryService {

    private final TimelineRepository timeline;
    private final LedgerHistory ledger;
    private final LimitationRepository limitations;
    private final FollowUpJournal journal;
    private final String user;

    /** @param user the name written as author of the events (the controller using the app) */
    public CaseHistoryService(Database database, String user) {
        this.timeline = new TimelineRepository(database);
        this.ledger = new LedgerHistory(database);
        this.limitations = new LimitationRepository(database);
        this.journal = new FollowUpJournal(database);
        this.user = user;
    }

    /** Everything that happened to the debtor up to {@code asOf}, newest first (see {@link CaseHistory#merge}). */
    public List<CaseEvent> history(long debtorId, LocalDate asOf) {
        LedgerHistory.Result fromLedger = ledger.ofDebtor(debtorId, asOf);
        return CaseHistory.merge(timeline.ofDebtor(debtorId, List.of()), fromLedger.events(),
                fromLedger.duplicates());
    }

    /** The limitation date of each open invoice of the debtor on {@code asOf}, by invoice id, oldest due first. */
    public Map<Long, InvoiceLimitation> limitations(long debtorId, LocalDate asOf) {
        return limitations.ofDebtor(debtorId, asOf);
    }

    /**
     * A written acknowledgement of debt signed by the debtor on {@code on}: of one invoice, or of every invoice
     * issued by then ({@code invoiceId} null). Their limitation periods start afresh that day.
     */
    public long acknowledgeDebt(long debtorId, Long invoiceId, LocalDate on, String note, LocalDate asOf) {
        InvalidInputException.refuseIfAny(DebtAcknowledgement.validateWritten(on, asOf));
        return journal.acknowledgeDebt(debtorId, invoiceId, on, note, user);
    }

    /**
     * Reverses a recorded event with a reason, on {@code asOf}: both stay in the timeline, and what the event
     * recorded no longer counts (a decision, a call, a promise, an acknowledgement, a claim declaration).
     */
    public long reverse(long eventId, String reason, LocalDate asOf) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", WorklistService.REASON_REQUIRED)));
        }
        return journal.reverse(eventId, reason.strip(), asOf, user);
    }
}
