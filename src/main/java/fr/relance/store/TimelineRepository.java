package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;

import fr.relance.domain.CaseEvent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The debtors' timelines (case_event). Append-only: this class never updates or deletes an event; a correction is
 * a new event reversing the earlier one.
 */
public final class TimelineRepository {

    private final DSLContext dsl;

    public TimelineRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Appends the event and returns its id. */
    public long append(CaseEvent event) {
        return append(dsl, event);
    }

    static long append(DSLContext tx, CaseEvent event) {
        return tx.insertInto(CASE_EVENT, CASE_EVENT.DEBTOR_ID, CASE_EVENT.CASE_ID, CASE_EVENT.OCCURRED_ON,
                        CASE_EVENT.KIND, CASE_EVENT.AUTHOR, CASE_EVENT.AMOUNT, CASE_EVENT.INVOICE_ID,
                        CASE_EVENT.REVERSES_EVENT_ID, CASE_EVENT.SUMMARY)
                .values(event.debtorId(), event.caseId(), event.occurredOn(), event.kind(), event.author(),
                        event.amount(), event.invoiceId(), event.reversesEventId(), truncate(event.summary()))
                .returningResult(CASE_EVENT.ID).fetchOne(CASE_EVENT.ID);
    }

    /** A debtor's events, newest first; all kinds when {@code kinds} is empty. */
    public List<CaseEvent> ofDebtor(long debtorId, Collection<String> kinds) {
        Condition condition = CASE_EVENT.DEBTOR_ID.eq(debtorId);
        if (kinds != null && !kinds.isEmpty()) {
            condition = condition.and(CASE_EVENT.KIND.in(kinds));
        }
        return dsl.selectFrom(CASE_EVENT).where(condition)
                .orderBy(CASE_EVENT.OCCURRED_ON.desc(), CASE_EVENT.ID.desc())
                .fetch(TimelineRepository::toEvent);
    }

    public Optional<CaseEvent> find(long eventId) {
        return dsl.selectFrom(CASE_EVENT).where(CASE_EVENT.ID.eq(eventId)).fetchOptional(TimelineRepository::toEvent);
    }

    /**
     * Appends an event reversing {@code eventId} (same debtor, case, invoice and amount), dated {@code on}.
     *
     * @throws IllegalArgumentException when there is no such event, or it is already reversed
     */
    public long reverse(long eventId, String author, String reason, LocalDate on) {
        return dsl.transactionResult(cfg -> reverse(cfg.dsl(), eventId, author, reason, on));
    }

    /** {@link #reverse(long, String, String, LocalDate)} within the caller's transaction. */
    static long reverse(DSLContext tx, long eventId, String author, String reason, LocalDate on) {
        CaseEvent original = tx.selectFrom(CASE_EVENT).where(CASE_EVENT.ID.eq(eventId))
                .fetchOptional(TimelineRepository::toEvent)
                .orElseThrow(() -> new IllegalArgumentException("No event " + eventId));
        if (tx.fetchExists(CASE_EVENT, CASE_EVENT.REVERSES_EVENT_ID.eq(eventId))) {
            throw new IllegalArgumentException("Event " + eventId + " is already reversed");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reversal needs a reason");
        }
        return append(tx, new CaseEvent(null, original.debtorId(), original.caseId(), on, null,
                CaseEvent.REVERSAL, author, original.amount(), original.invoiceId(), eventId,
                original.kind() + ": " + reason));
    }

    /** Reverses the event today (the database clock); the UI passes its own date to the four-argument form. */
    public long reverse(long eventId, String author, String reason) {
        return reverse(eventId, author, reason, dsl.select(DSL.currentLocalDate()).fetchOne(0, LocalDate.class));
    }

    static CaseEvent toEvent(fr.relance.store.jooq.tables.records.CaseEventRecord r) {
        return new CaseEvent(r.getId(), r.getDebtorId(), r.getCaseId(), r.getOccurredOn(), r.getRecordedAt(),
                r.getKind(), r.getAuthor(), r.getAmount(), r.getInvoiceId(), r.getReversesEventId(), r.getSummary());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
