package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One line of a debtor's timeline (case_event). The timeline is append-only evidence of collection efforts: a
 * correction is a new event whose {@link #reversesEventId()} points at the one it cancels.
 *
 * @param id              null until stored
 * @param caseId          the collection case, null for an event outside any case (a payment before dunning)
 * @param recordedAt      when it was written, null until stored
 * @param amount          null when the event concerns no sum
 * @param invoiceId       null when it concerns the debtor as a whole
 * @param reversesEventId null unless this event reverses another
 */
public record CaseEvent(Long id, long debtorId, Long caseId, LocalDate occurredOn, OffsetDateTime recordedAt,
                        String kind, String author, BigDecimal amount, Long invoiceId, Long reversesEventId,
                        String summary) {

    public static final String EMAIL_SENT = "EMAIL_SENT";
    public static final String REMINDER_SENT = "REMINDER_SENT";
    public static final String CALL = "CALL";
    public static final String FORMAL_NOTICE_SENT = "FORMAL_NOTICE_SENT";
    public static final String AGENCY_PROPOSED = "AGENCY_PROPOSED";
    public static final String LEGAL_REVIEW = "LEGAL_REVIEW";
    public static final String STAGE_CHANGED = "STAGE_CHANGED";
    public static final String STEP_POSTPONED = "STEP_POSTPONED";
    public static final String STEP_SKIPPED = "STEP_SKIPPED";
    public static final String PROMISE_MADE = "PROMISE_MADE";
    public static final String DISPUTE_OPENED = "DISPUTE_OPENED";
    public static final String DISPUTE_RESOLVED = "DISPUTE_RESOLVED";
    public static final String HOLD_SET = "HOLD_SET";
    public static final String INSOLVENCY_OPENED = "INSOLVENCY_OPENED";
    public static final String REVERSAL = "REVERSAL";
    public static final String NOTE = "NOTE";
    public static final String INVOICE_ISSUED = "INVOICE_ISSUED";
    public static final String DUE_DATE_PASSED = "DUE_DATE_PASSED";
    public static final String PAYMENT_RECEIVED = "PAYMENT_RECEIVED";
    public static final String SETTLED_IN_LEDGER = "SETTLED_IN_LEDGER";
    public static final String LETTER_PRINTED = "LETTER_PRINTED";
    public static final String REGISTERED_LETTER_POSTED = "REGISTERED_LETTER_POSTED";
    public static final String REGISTERED_LETTER_DELIVERED = "REGISTERED_LETTER_DELIVERED";
    public static final String REGISTERED_LETTER_RETURNED = "REGISTERED_LETTER_RETURNED";
    public static final String PLAN_AGREED = "PLAN_AGREED";
    public static final String INSTALMENT_MISSED = "INSTALMENT_MISSED";
    /** The acceleration clause of a payment plan applied: the remaining balance is due at once. */
    public static final String PLAN_ACCELERATED = "PLAN_ACCELERATED";
    public static final String PLAN_COMPLETED = "PLAN_COMPLETED";
    public static final String PLAN_CANCELLED = "PLAN_CANCELLED";
    public static final String AGENCY_HANDOVER = "AGENCY_HANDOVER";
    public static final String AGENCY_REPORT = "AGENCY_REPORT";
    /** The case taken back from the agency: it returns to its previous stage and dunning resumes. */
    public static final String AGENCY_RECALLED = "AGENCY_RECALLED";
    /** The agency's mandate ended: paid, partly paid or failed. */
    public static final String AGENCY_OUTCOME = "AGENCY_OUTCOME";
    /** The VAT recovery wording of a write-off (CGI 272-1). */
    public static final String VAT_RECOVERY = "VAT_RECOVERY";
    /** The debtor follows another dunning policy from now on. */
    public static final String POLICY_CHANGED = "POLICY_CHANGED";
    /** A hold ended before its planned last day: dunning resumes. */
    public static final String HOLD_LIFTED = "HOLD_LIFTED";
    /** A file attached to the case; reversing this event withdraws the document (its bytes stay). */
    public static final String DOCUMENT_ADDED = "DOCUMENT_ADDED";
    /** A credit note in the ledger (derived from the accounts, never stored). */
    public static final String CREDIT_NOTE_ISSUED = "CREDIT_NOTE_ISSUED";
    /** A written acknowledgement of the debt: a fresh limitation period starts (Code civil 2240). */
    public static final String DEBT_ACKNOWLEDGED = "DEBT_ACKNOWLEDGED";
    /** The claim declared to the court-appointed representative in insolvency proceedings. */
    public static final String CLAIM_DECLARED = "CLAIM_DECLARED";

    /** Author of the events derived from the ledger: they come from the accounts, not from a person. */
    public static final String LEDGER_AUTHOR = "ledger";

    /** Every kind the timeline knows, in the order the kind filter offers them. */
    public static final List<String> KINDS = List.of(NOTE, CALL, EMAIL_SENT, REMINDER_SENT, FORMAL_NOTICE_SENT,
            LETTER_PRINTED, REGISTERED_LETTER_POSTED, REGISTERED_LETTER_DELIVERED, REGISTERED_LETTER_RETURNED,
            PROMISE_MADE, PAYMENT_RECEIVED, CREDIT_NOTE_ISSUED, SETTLED_IN_LEDGER, INVOICE_ISSUED, DUE_DATE_PASSED,
            DEBT_ACKNOWLEDGED, DISPUTE_OPENED, DISPUTE_RESOLVED, PLAN_AGREED, INSTALMENT_MISSED, PLAN_ACCELERATED,
            PLAN_COMPLETED, PLAN_CANCELLED, AGENCY_PROPOSED, AGENCY_HANDOVER, AGENCY_REPORT, AGENCY_RECALLED, AGENCY_OUTCOME, LEGAL_REVIEW,
            STAGE_CHANGED, POLICY_CHANGED, STEP_POSTPONED, STEP_SKIPPED, HOLD_SET, HOLD_LIFTED, INSOLVENCY_OPENED,
            CLAIM_DECLARED, DOCUMENT_ADDED, VAT_RECOVERY, REVERSAL);

    /** Events that count as a contact with the debtor (the worklist's "last contact"). */
    public static final Set<String> CONTACT_KINDS = Set.of(EMAIL_SENT, REMINDER_SENT, CALL, FORMAL_NOTICE_SENT);

    /**
     * An event read from the ledger (invoice issued, due date passed, payment received, credit note): computed
     * when the timeline is shown, never stored, never reversed.
     */
    public static CaseEvent fromLedger(long debtorId, LocalDate occurredOn, String kind, BigDecimal amount,
                                       Long invoiceId, String summary) {
        return new CaseEvent(null, debtorId, null, occurredOn, null, kind, LEDGER_AUTHOR, amount, invoiceId, null,
                summary);
    }

    /** Computed from the accounts rather than recorded by someone: see {@link #fromLedger}. */
    public boolean isFromLedger() {
        return id == null && LEDGER_AUTHOR.equals(author);
    }

    /** A new event, not stored yet. */
    public static CaseEvent of(long debtorId, Long caseId, LocalDate occurredOn, String kind, String author,
                               BigDecimal amount, Long invoiceId, String summary) {
        return new CaseEvent(null, debtorId, caseId, occurredOn, null, kind, author, amount, invoiceId, null,
                summary);
    }
}
