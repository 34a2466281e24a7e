package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.CLAIM_DECLARATION;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DEBT_ACKNOWLEDGEMENT;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.WORKLIST_DECISION;
import static org.jooq.impl.DSL.max;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.ClaimDeclaration;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * The writes of the case follow-up beyond the dunning steps: claim declarations, written acknowledgements of debt,
 * and reversals that undo what the reversed event recorded. Each method is one transaction; what needs the stored
 * data is checked here, before any write.
 */
public final class FollowUpJournal {

    /** The event cannot be reversed: unknown, already reversed, or itself a reversal. */
    public static final String NOT_REVERSIBLE = "timeline.reverse.notAllowed";

    private final DSLContext dsl;

    public FollowUpJournal(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Records the claim declared to the court-appointed representative: the declaration, its event, and the
     * debtor's claim_declared_on (the worklist's claim-filing line leaves).
     *
     * @throws InvalidInputException the domain's problems (dates against the BODACC publication, amount,
     *                               representative), a debtor not in proceedings, a claim already declared
     */
    public long declareClaim(long debtorId, ClaimDeclaration claim, LocalDate asOf, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var debtor = tx.select(DEBTOR.INSOLVENCY_OPENED_ON, DEBTOR.BODACC_PUBLISHED_ON).from(DEBTOR)
                    .where(DEBTOR.ID.eq(debtorId)).fetchOptional()
                    .orElseThrow(() -> new InvalidInputException("debtorId", "validation.required"));
            LocalDate publishedOn = debtor.value2() != null ? debtor.value2() : debtor.value1();
            InvalidInputException.refuseIfAny(claim.validate(asOf, publishedOn));
            if (tx.fetchExists(CLAIM_DECLARATION, CLAIM_DECLARATION.DEBTOR_ID.eq(debtorId)
                    .and(CLAIM_DECLARATION.DECLARED_ON.ge(publishedOn))
                    .and(Reversals.notReversed(CLAIM_DECLARATION.EVENT_ID)))) {
                throw new InvalidInputException("debtor", ClaimDeclaration.ALREADY_DECLARED);
            }
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, openCaseId(tx, debtorId),
                    claim.declaredOn(), CaseEvent.CLAIM_DECLARED, author, claim.amount(), null,
                    claim.representative() + (claim.note() == null ? "" : ": " + claim.note())));
            tx.insertInto(CLAIM_DECLARATION, CLAIM_DECLARATION.DEBTOR_ID, CLAIM_DECLARATION.DECLARED_ON,
                            CLAIM_DECLARATION.AMOUNT, CLAIM_DECLARATION.REPRESENTATIVE, CLAIM_DECLARATION.NOTE,
                            CLAIM_DECLARATION.AUTHOR, CLAIM_DECLARATION.EVENT_ID)
                    .values(debtorId, claim.declaredOn(), claim.amount(), truncate(claim.representative(), 200),
                            truncate(claim.note(), 1000), author, eventId)
                    .execute();
            tx.update(DEBTOR).set(DEBTOR.CLAIM_DECLARED_ON, claim.declaredOn()).where(DEBTOR.ID.eq(debtorId))
                    .execute();
            return eventId;
        });
    }

    /**
     * Records a written acknowledgement of debt: of one invoice of the debtor, or of every invoice issued by then
     * ({@code invoiceId} null). The limitation periods it covers start afresh on that day.
     */
    public long acknowledgeDebt(long debtorId, Long invoiceId, LocalDate on, String note, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            String number = null;
            if (invoiceId != null) {
                number = tx.select(INVOICE.NUMBER).from(INVOICE)
                        .where(INVOICE.ID.eq(invoiceId).and(INVOICE.DEBTOR_ID.eq(debtorId)))
                        .fetchOptional(INVOICE.NUMBER)
                        .orElseThrow(() -> new InvalidInputException("invoiceId", "validation.required"));
            }
            String text = note == null || note.isBlank() ? null : note.strip();
            String summary = number == null ? text : number + (text == null ? "" : ": " + text);
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, openCaseId(tx, debtorId), on,
                    CaseEvent.DEBT_ACKNOWLEDGED, author, null, invoiceId, summary));
            tx.insertInto(DEBT_ACKNOWLEDGEMENT, DEBT_ACKNOWLEDGEMENT.DEBTOR_ID, DEBT_ACKNOWLEDGEMENT.INVOICE_ID,
                            DEBT_ACKNOWLEDGEMENT.ACKNOWLEDGED_ON, DEBT_ACKNOWLEDGEMENT.NOTE,
                            DEBT_ACKNOWLEDGEMENT.AUTHOR, DEBT_ACKNOWLEDGEMENT.EVENT_ID)
                    .values(debtorId, invoiceId, on, truncate(text, 1000), author, eventId)
                    .execute();
            return eventId;
        });
    }

    /**
     * Appends an event reversing {@code eventId} and undoes what it recorded, in one transaction. The rows written
     * with the event (decision, call, promise, acknowledgement, claim declaration) stop counting by themselves
     * ({@link Reversals}); here the mirrored columns follow: the debtor's claim_declared_on, and the case stage an
     * execution raised, put back when nothing moved it since (with its stage-change event).
     *
     * @throws InvalidInputException {@link #NOT_REVERSIBLE} for an unknown event, one already reversed, or a
     *                               reversal
     */
    public long reverse(long eventId, String reason, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            CaseEvent original = tx.selectFrom(CASE_EVENT).where(CASE_EVENT.ID.eq(eventId))
                    .fetchOptional(TimelineRepository::toEvent)
                    .orElseThrow(() -> new InvalidInputException("event", NOT_REVERSIBLE));
            if (original.reversesEventId() != null
                    || tx.fetchExists(CASE_EVENT, CASE_EVENT.REVERSES_EVENT_ID.eq(eventId))) {
                throw new InvalidInputException("event", NOT_REVERSIBLE);
            }
            long reversal = TimelineRepository.reverse(tx, eventId, author, reason, on);
            if (CaseEvent.CLAIM_DECLARED.equals(original.kind())) {
                LocalDate latest = tx.select(max(CLAIM_DECLARATION.DECLARED_ON)).from(CLAIM_DECLARATION)
                        .where(CLAIM_DECLARATION.DEBTOR_ID.eq(original.debtorId()))
                        .and(Reversals.notReversed(CLAIM_DECLARATION.EVENT_ID)).fetchOne(0, LocalDate.class);
                tx.update(DEBTOR).set(DEBTOR.CLAIM_DECLARED_ON, latest).where(DEBTOR.ID.eq(original.debtorId()))
                        .execute();
            }
            lowerStageRaisedBy(tx, original, on, author);
            return reversal;
        });
    }

    /** An execution that raised the case: back to the stage before, if the case still stands where it put it. */
    private static void lowerStageRaisedBy(DSLContext tx, CaseEvent original, LocalDate on, String author) {
        Record3<Long, String, Long> decision = tx.select(WORKLIST_DECISION.CASE_ID, WORKLIST_DECISION.STAGE_BEFORE,
                        WORKLIST_DECISION.STAGE_EVENT_ID).from(WORKLIST_DECISION)
                .where(WORKLIST_DECISION.EVENT_ID.eq(original.id()).and(WORKLIST_DECISION.STAGE_EVENT_ID.isNotNull()))
                .fetchOne();
        if (decision == null) {
            return;
        }
        var openCase = tx.select(COLLECTION_CASE.STAGE).from(COLLECTION_CASE)
                .where(COLLECTION_CASE.ID.eq(decision.value1()).and(COLLECTION_CASE.CLOSED_ON.isNull())).fetchOne();
        Long lastStageEvent = tx.select(max(CASE_EVENT.ID)).from(CASE_EVENT)
                .where(CASE_EVENT.CASE_ID.eq(decision.value1()).and(CASE_EVENT.KIND.eq(CaseEvent.STAGE_CHANGED)))
                .fetchOne(0, Long.class);
        if (openCase == null || !decision.value3().equals(lastStageEvent)) {
            return; // closed since, or its stage moved again: a person decides
        }
        CaseStage current = CaseStage.valueOf(openCase.value1());
        CaseStage before = decision.value2() == null ? CaseStage.AMICABLE : CaseStage.valueOf(decision.value2());
        if (before.ordinal() >= current.ordinal()) {
            return;
        }
        tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, before.name())
                .where(COLLECTION_CASE.ID.eq(decision.value1())).execute();
        TimelineRepository.append(tx, CaseEvent.of(original.debtorId(), decision.value1(), on,
                CaseEvent.STAGE_CHANGED, author, null, null, current.name() + " → " + before.name()));
    }

    private static Long openCaseId(DSLContext tx, long debtorId) {
        return tx.select(COLLECTION_CASE.ID).from(COLLECTION_CASE).where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId))
                .fetchOne(COLLECTION_CASE.ID);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
