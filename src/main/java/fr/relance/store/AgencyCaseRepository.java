package fr.relance.store;

import static fr.relance.store.jooq.Tables.AGENCY_HANDOVER;
import static fr.relance.store.jooq.Tables.AGENCY_REPORT;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.COLLECTION_AGENCY;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.agency.AgencyHandover;
import fr.relance.domain.agency.AgencyOutcome;
import fr.relance.domain.agency.AgencyReport;
import fr.relance.domain.agency.AgencyReportStatus;
import fr.relance.domain.agency.NextStepKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Cases handed over to collection agencies: the handover (case stage, agency, dossier hash, event) in one
 * transaction, the agency's reports, the recall, the outcome and the step decided after it. Each write is one
 * transaction with its timeline event; what the stored rows must allow (an open case, no handover already in
 * progress) is checked inside it, and a refusal writes nothing.
 */
public final class AgencyCaseRepository {

    public static final String ALREADY_HANDED_OVER = "handover.alreadyWithAgency";
    public static final String NO_ACTIVE_HANDOVER = "handover.noneActive";
    public static final String NOT_AWAITING_STEP = "handover.notAwaitingNextStep";
    public static final String AGENCY_UNKNOWN = "handover.agencyUnknown";

    private final DSLContext dsl;

    public AgencyCaseRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * What a handover writes.
     *
     * @param balance        what the debtor owes on the day
     * @param overrideReason why the handover goes ahead with required items missing; null when none are missing
     * @param details        the event's details: the dossier's SHA-256, file, the missing items overridden
     */
    public record HandoverWrite(long debtorId, long agencyId, LocalDate on, BigDecimal balance, String sha256,
                                String fileName, String overrideReason, String summary, String details,
                                String author) {
    }

    /** Whether a handover records a dossier of this SHA-256 (64 lowercase hex digits). */
    public boolean dossierRecorded(String sha256) {
        return dsl.fetchExists(AGENCY_HANDOVER, AGENCY_HANDOVER.DOSSIER_SHA256.eq(sha256));
    }

    /**
     * Hands the debtor's case over in one transaction: the AGENCY_HANDOVER event (SHA-256 in its details), the
     * case moved to AGENCY with its agency and date (opened at that stage when none is open), the handover row
     * with the stage it left.
     */
    public AgencyHandover handOver(HandoverWrite write) {
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!tx.fetchExists(COLLECTION_AGENCY, COLLECTION_AGENCY.ID.eq(write.agencyId()))) {
                throw new InvalidInputException("agency", AGENCY_UNKNOWN);
            }
            var open = tx.select(COLLECTION_CASE.ID, COLLECTION_CASE.STAGE).from(COLLECTION_CASE)
                    .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(write.debtorId())).fetchOne();
            long caseId;
            CaseStage previous;
            if (open == null) {
                caseId = tx.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                                COLLECTION_CASE.OPENED_ON).values(write.debtorId(), CaseStage.AGENCY.name(), write.on())
                        .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
                previous = CaseStage.AMICABLE;
            } else {
                caseId = open.value1();
                previous = CaseStage.valueOf(open.value2());
                if (activeOf(tx, write.debtorId()).isPresent()) {
                    throw new InvalidInputException("agency", ALREADY_HANDED_OVER);
                }
            }
            long eventId = tx.insertInto(CASE_EVENT, CASE_EVENT.DEBTOR_ID, CASE_EVENT.CASE_ID, CASE_EVENT.OCCURRED_ON,
                            CASE_EVENT.KIND, CASE_EVENT.AUTHOR, CASE_EVENT.AMOUNT, CASE_EVENT.SUMMARY,
                            CASE_EVENT.DETAILS)
                    .values(write.debtorId(), caseId, write.on(), CaseEvent.AGENCY_HANDOVER, write.author(),
                            write.balance(), truncate(write.summary()), write.details())
                    .returningResult(CASE_EVENT.ID).fetchOne(CASE_EVENT.ID);
            tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, CaseStage.AGENCY.name())
                    .set(COLLECTION_CASE.AGENCY_ID, write.agencyId()).set(COLLECTION_CASE.HANDED_OVER_ON, write.on())
                    .where(COLLECTION_CASE.ID.eq(caseId)).execute();
            return tx.insertInto(AGENCY_HANDOVER, AGENCY_HANDOVER.CASE_ID, AGENCY_HANDOVER.DEBTOR_ID,
                            AGENCY_HANDOVER.AGENCY_ID, AGENCY_HANDOVER.HANDED_OVER_ON, AGENCY_HANDOVER.PREVIOUS_STAGE,
                            AGENCY_HANDOVER.BALANCE, AGENCY_HANDOVER.DOSSIER_SHA256, AGENCY_HANDOVER.DOSSIER_FILE,
                            AGENCY_HANDOVER.OVERRIDE_REASON, AGENCY_HANDOVER.HANDOVER_EVENT_ID)
                    .values(caseId, write.debtorId(), write.agencyId(), write.on(),
                            previous.name(), write.balance(), write.sha256(), write.fileName(), write.overrideReason(),
                            eventId)
                    .returningResult(AGENCY_HANDOVER.ID).fetchOne(AGENCY_HANDOVER.ID);
        });
        return find(id).orElseThrow();
    }

    /**
     * Takes the case back from the agency: the case returns to the stage it left, the agency and date are cleared,
     * and dunning resumes (the worklist no longer skips the debtor).
     */
    public long recall(long debtorId, String reason, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AgencyHandover active = activeOf(tx, debtorId)
                    .orElseThrow(() -> new InvalidInputException("handover", NO_ACTIVE_HANDOVER));
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, active.caseId(), on,
                    CaseEvent.AGENCY_RECALLED, author, null, null,
                    active.agencyName() + " → " + active.previousStage().name() + ": " + reason));
            tx.update(AGENCY_HANDOVER).set(AGENCY_HANDOVER.RECALLED_ON, on).set(AGENCY_HANDOVER.RECALL_REASON, reason)
                    .set(AGENCY_HANDOVER.END_EVENT_ID, eventId)
                    .where(AGENCY_HANDOVER.ID.eq(active.id())).execute();
            tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, active.previousStage().name())
                    .setNull(COLLECTION_CASE.AGENCY_ID).setNull(COLLECTION_CASE.HANDED_OVER_ON)
                    .where(COLLECTION_CASE.ID.eq(active.caseId())).execute();
            return eventId;
        });
    }

    /** Records a report of the agency holding the debtor's case, with its AGENCY_REPORT event. */
    public long addReport(long debtorId, AgencyReport report, String summary) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AgencyHandover active = activeOf(tx, debtorId)
                    .orElseThrow(() -> new InvalidInputException("handover", NO_ACTIVE_HANDOVER));
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, active.caseId(), report.reportedOn(),
                    CaseEvent.AGENCY_REPORT, report.recordedBy(),
                    report.amountCollected().signum() > 0 ? report.amountCollected() : null, null, summary));
            return tx.insertInto(AGENCY_REPORT, AGENCY_REPORT.HANDOVER_ID, AGENCY_REPORT.REPORTED_ON,
                            AGENCY_REPORT.STATUS, AGENCY_REPORT.AMOUNT_COLLECTED, AGENCY_REPORT.FEE_INVOICED,
                            AGENCY_REPORT.NOTE, AGENCY_REPORT.EVENT_ID, AGENCY_REPORT.RECORDED_BY)
                    .values(active.id(), report.reportedOn(), report.status().name(), report.amountCollected(),
                            report.feeInvoiced(), report.note(), eventId, report.recordedBy())
                    .returningResult(AGENCY_REPORT.ID).fetchOne(AGENCY_REPORT.ID);
        });
    }

    /** The reports of a handover, oldest first, each marked when its event was reversed. */
    public List<AgencyReport> reports(long handoverId) {
        var reversals = CASE_EVENT.as("reversal");
        var reversed = org.jooq.impl.DSL.exists(dsl.selectOne().from(reversals)
                .where(reversals.REVERSES_EVENT_ID.eq(AGENCY_REPORT.EVENT_ID)));
        return dsl.select(AGENCY_REPORT.ID, AGENCY_REPORT.REPORTED_ON, AGENCY_REPORT.STATUS,
                        AGENCY_REPORT.AMOUNT_COLLECTED, AGENCY_REPORT.FEE_INVOICED, AGENCY_REPORT.NOTE,
                        AGENCY_REPORT.RECORDED_BY, AGENCY_REPORT.EVENT_ID, org.jooq.impl.DSL.field(reversed))
                .from(AGENCY_REPORT).where(AGENCY_REPORT.HANDOVER_ID.eq(handoverId))
                .orderBy(AGENCY_REPORT.REPORTED_ON, AGENCY_REPORT.ID)
                .fetch(r -> new AgencyReport(r.value1(), r.value2(), AgencyReportStatus.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), Boolean.TRUE.equals(r.value9())));
    }

    /**
     * Ends the agency's mandate with its outcome (AGENCY_OUTCOME event). The case stays with the agency's stage,
     * dunning still stopped, until the controller decides the next step.
     */
    public long end(long debtorId, AgencyOutcome outcome, BigDecimal remaining, String summary, LocalDate on,
                    String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AgencyHandover active = activeOf(tx, debtorId)
                    .orElseThrow(() -> new InvalidInputException("handover", NO_ACTIVE_HANDOVER));
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, active.caseId(), on,
                    CaseEvent.AGENCY_OUTCOME, author, remaining, null, summary));
            tx.update(AGENCY_HANDOVER).set(AGENCY_HANDOVER.ENDED_ON, on).set(AGENCY_HANDOVER.OUTCOME, outcome.name())
                    .set(AGENCY_HANDOVER.END_EVENT_ID, eventId).where(AGENCY_HANDOVER.ID.eq(active.id())).execute();
            return eventId;
        });
    }

    /**
     * The step decided after the agency, other than a write-off: the case moves to the legal stage with a
     * LEGAL_REVIEW event naming the procedure (court and Cerfa form in the summary).
     */
    public long engage(long debtorId, NextStepKind step, String summary, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AgencyHandover ended = awaitingOf(tx, debtorId);
            long eventId = TimelineRepository.append(tx, CaseEvent.of(debtorId, ended.caseId(), on,
                    CaseEvent.LEGAL_REVIEW, author, null, null, summary));
            tx.update(COLLECTION_CASE).set(COLLECTION_CASE.STAGE, CaseStage.LEGAL.name())
                    .where(COLLECTION_CASE.ID.eq(ended.caseId())).execute();
            tx.update(AGENCY_HANDOVER).set(AGENCY_HANDOVER.NEXT_STEP, step.name())
                    .where(AGENCY_HANDOVER.ID.eq(ended.id())).execute();
            return eventId;
        });
    }

    /**
     * Writes the claim off after the agency, in one transaction: the case closed WRITTEN_OFF with the reason (the
     * open invoices leave the receivables, as a write-off from the "Suivi" tab does) and the VAT_RECOVERY event
     * with the wording of CGI 272-1 in its details.
     */
    public long writeOff(long debtorId, String reason, List<Long> invoiceIds, BigDecimal amount, BigDecimal vat,
                         String vatSummary, String vatWording, LocalDate on, String author) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            AgencyHandover ended = awaitingOf(tx, debtorId);
            MeasuresJournal.closeCase(tx, debtorId, CaseClosingReason.WRITTEN_OFF, reason, invoiceIds, amount, on,
                    author);
            long eventId = tx.insertInto(CASE_EVENT, CASE_EVENT.DEBTOR_ID, CASE_EVENT.CASE_ID, CASE_EVENT.OCCURRED_ON,
                            CASE_EVENT.KIND, CASE_EVENT.AUTHOR, CASE_EVENT.AMOUNT, CASE_EVENT.SUMMARY,
                            CASE_EVENT.DETAILS)
                    .values(debtorId, ended.caseId(), on, CaseEvent.VAT_RECOVERY, author, vat, truncate(vatSummary),
                            vatWording)
                    .returningResult(CASE_EVENT.ID).fetchOne(CASE_EVENT.ID);
            tx.update(AGENCY_HANDOVER).set(AGENCY_HANDOVER.NEXT_STEP, NextStepKind.WRITE_OFF.name())
                    .where(AGENCY_HANDOVER.ID.eq(ended.id())).execute();
            return eventId;
        });
    }

    /** The details an event was written with (the handover's SHA-256, the VAT wording); null when none. */
    public String details(long eventId) {
        return dsl.select(CASE_EVENT.DETAILS).from(CASE_EVENT).where(CASE_EVENT.ID.eq(eventId))
                .fetchOne(CASE_EVENT.DETAILS);
    }

    /** The latest handover of the debtor's open case that was not recalled (in progress or ended), if any. */
    public Optional<AgencyHandover> current(long debtorId) {
        return current(dsl, debtorId);
    }

    /** Every handover of the debtor, newest first. */
    public List<AgencyHandover> handovers(long debtorId) {
        return select(dsl).where(AGENCY_HANDOVER.DEBTOR_ID.eq(debtorId)).orderBy(AGENCY_HANDOVER.ID.desc())
                .fetch(AgencyCaseRepository::toHandover);
    }

    public Optional<AgencyHandover> find(long handoverId) {
        return select(dsl).where(AGENCY_HANDOVER.ID.eq(handoverId)).fetchOptional(AgencyCaseRepository::toHandover);
    }

    /** The handover event's id of a handover. */
    public long handoverEventId(long handoverId) {
        return dsl.select(AGENCY_HANDOVER.HANDOVER_EVENT_ID).from(AGENCY_HANDOVER)
                .where(AGENCY_HANDOVER.ID.eq(handoverId)).fetchOne(AGENCY_HANDOVER.HANDOVER_EVENT_ID);
    }

    /**
     * The debtors whose open case is with an agency on {@code asOf} (handed over by then, not recalled): the
     * worklist proposes no dunning step for them.
     */
    public Set<Long> debtorsWithAgency(LocalDate asOf) {
        return new HashSet<>(dsl.select(AGENCY_HANDOVER.DEBTOR_ID).from(AGENCY_HANDOVER)
                .join(COLLECTION_CASE).on(COLLECTION_CASE.ID.eq(AGENCY_HANDOVER.CASE_ID))
                .where(COLLECTION_CASE.CLOSED_ON.isNull().and(AGENCY_HANDOVER.RECALLED_ON.isNull())
                        .and(AGENCY_HANDOVER.HANDED_OVER_ON.le(asOf)))
                .fetch(AGENCY_HANDOVER.DEBTOR_ID));
    }

    /** The money received in the accounts from the debtor from {@code from} to {@code asOf}, both included. */
    public BigDecimal paymentsReceived(long debtorId, LocalDate from, LocalDate asOf) {
        return dsl.select(coalesce(sum(PAYMENT.AMOUNT), inline(BigDecimal.ZERO))).from(PAYMENT)
                .where(PAYMENT.DEBTOR_ID.eq(debtorId).and(PAYMENT.RECEIVED_ON.between(from, asOf)))
                .fetchOne(0, BigDecimal.class);
    }

    /** The invoices' amounts excluding VAT, by invoice id (the VAT of a write-off is worked out from them). */
    public java.util.Map<Long, BigDecimal> amountsExclVat(java.util.Collection<Long> invoiceIds) {
        return dsl.select(INVOICE.ID, INVOICE.AMOUNT_EXCL_VAT).from(INVOICE).where(INVOICE.ID.in(invoiceIds))
                .fetchMap(INVOICE.ID, INVOICE.AMOUNT_EXCL_VAT);
    }

    /** Whether insolvency proceedings against the debtor were opened by {@code asOf}. */
    public boolean insolvent(long debtorId, LocalDate asOf) {
        return dsl.fetchExists(DEBTOR, DEBTOR.ID.eq(debtorId).and(DEBTOR.INSOLVENCY_OPENED_ON.le(asOf)));
    }

    private static Optional<AgencyHandover> activeOf(DSLContext tx, long debtorId) {
        return current(tx, debtorId).filter(AgencyHandover::active);
    }

    private static AgencyHandover awaitingOf(DSLContext tx, long debtorId) {
        return current(tx, debtorId).filter(AgencyHandover::awaitingNextStep)
                .orElseThrow(() -> new InvalidInputException("handover", NOT_AWAITING_STEP));
    }

    private static Optional<AgencyHandover> current(DSLContext tx, long debtorId) {
        return select(tx).join(COLLECTION_CASE).on(COLLECTION_CASE.ID.eq(AGENCY_HANDOVER.CASE_ID))
                .where(AGENCY_HANDOVER.DEBTOR_ID.eq(debtorId).and(COLLECTION_CASE.CLOSED_ON.isNull())
                        .and(AGENCY_HANDOVER.RECALLED_ON.isNull()))
                .orderBy(AGENCY_HANDOVER.ID.desc()).limit(1).fetchOptional(AgencyCaseRepository::toHandover);
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext tx) {
        return tx.select(AGENCY_HANDOVER.fields()).select(COLLECTION_AGENCY.NAME).from(AGENCY_HANDOVER)
                .join(COLLECTION_AGENCY).on(COLLECTION_AGENCY.ID.eq(AGENCY_HANDOVER.AGENCY_ID));
    }

    private static AgencyHandover toHandover(Record r) {
        String outcome = r.get(AGENCY_HANDOVER.OUTCOME);
        String next = r.get(AGENCY_HANDOVER.NEXT_STEP);
        return new AgencyHandover(r.get(AGENCY_HANDOVER.ID), r.get(AGENCY_HANDOVER.CASE_ID),
                r.get(AGENCY_HANDOVER.DEBTOR_ID), r.get(AGENCY_HANDOVER.AGENCY_ID), r.get(COLLECTION_AGENCY.NAME),
                r.get(AGENCY_HANDOVER.HANDED_OVER_ON), CaseStage.valueOf(r.get(AGENCY_HANDOVER.PREVIOUS_STAGE)),
                r.get(AGENCY_HANDOVER.BALANCE), r.get(AGENCY_HANDOVER.DOSSIER_SHA256),
                r.get(AGENCY_HANDOVER.DOSSIER_FILE), r.get(AGENCY_HANDOVER.OVERRIDE_REASON),
                r.get(AGENCY_HANDOVER.RECALLED_ON), r.get(AGENCY_HANDOVER.RECALL_REASON),
                r.get(AGENCY_HANDOVER.ENDED_ON), outcome == null ? null : AgencyOutcome.valueOf(outcome),
                next == null ? null : NextStepKind.valueOf(next));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
