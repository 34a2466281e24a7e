package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    /** Events that count as a contact with the debtor (the worklist's "last contact"). */
    public static final Set<String> CONTACT_KINDS = Set.of(EMAIL_SENT, REMINDER_SENT, CALL, FORMAL_NOTICE_SENT);

    /** A new event, not stored yet. */
    public static CaseEvent of(long debtorId, Long caseId, LocalDate occurredOn, String kind, String author,
                               BigDecimal amount, Long invoiceId, String summary) {
        return new CaseEvent(null, debtorId, caseId, occurredOn, null, kind, author, amount, invoiceId, null,
                summary);
    }
}
