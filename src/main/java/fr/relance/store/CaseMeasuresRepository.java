package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DISPUTE;
import static fr.relance.store.jooq.Tables.DUNNING_POLICY;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;
import static fr.relance.store.jooq.Tables.PROMISE_TO_PAY;
import static org.jooq.impl.DSL.max;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.PartPayment;
import fr.relance.domain.dunning.CaseMeasures;
import fr.relance.domain.dunning.CaseMeasures.DisputeEntry;
import fr.relance.domain.dunning.CaseMeasures.InvoiceHold;
import fr.relance.domain.dunning.CaseMeasures.PolicyOption;
import fr.relance.domain.dunning.CaseMeasures.PromiseEntry;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.DisputeResolution;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.InsolvencyProceeding;
import fr.relance.domain.dunning.PromiseStatus;
import fr.relance.domain.dunning.PromiseToPay;
import fr.relance.store.jooq.tables.records.DebtorRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The follow-up of one debtor's case ({@link CaseMeasures}) on an as-of date: a handful of small queries on the
 * debtor's own rows, read together so the tab shows one consistent picture.
 */
public final class CaseMeasuresRepository {

    private final DSLContext dsl;
    private final ReceivablesRepository receivables;

    public CaseMeasuresRepository(Database database) {
        this.dsl = database.dsl();
        this.receivables = new ReceivablesRepository(database);
    }

    /** Empty when there is no such debtor. */
    public Optional<CaseMeasures> of(long debtorId, LocalDate asOf) {
        return dsl.transactionResult(cfg -> read(cfg.dsl(), debtorId, asOf));
    }

    /** The debtor's open invoices and credit notes on {@code asOf}, as the case file lists them. */
    public List<OpenItem> openItemsOf(long debtorId, LocalDate asOf) {
        return receivables.openItemsOf(debtorId, asOf);
    }

    private Optional<CaseMeasures> read(DSLContext tx, long debtorId, LocalDate asOf) {
        DebtorRecord debtor = tx.selectFrom(DEBTOR).where(DEBTOR.ID.eq(debtorId)).fetchOne();
        if (debtor == null) {
            return Optional.empty();
        }
        DebtorKind kind = DebtorKind.valueOf(debtor.getKind());
        List<OpenItem> items = receivables.openItemsOf(debtorId, asOf);
        BigDecimal balance = items.stream().map(OpenItem::balance).reduce(Money.ZERO, BigDecimal::add);
        Hold debtorHold = debtor.getOnHoldUntil() == null ? null
                : new Hold(debtor.getOnHoldFrom(), debtor.getOnHoldUntil(), debtor.getHoldReason());
        if (debtorHold != null && !debtorHold.isCurrentOrFuture(asOf)) {
            debtorHold = null;
        }
        CaseMeasures.Insolvency insolvency = debtor.getInsolvencyOpenedOn() == null ? null
                : new CaseMeasures.Insolvency(debtor.getInsolvencyKind() == null ? null
                        : InsolvencyProceeding.valueOf(debtor.getInsolvencyKind()), debtor.getInsolvencyOpenedOn(),
                        debtor.getBodaccPublishedOn(), debtor.getClaimDeclaredOn());
        return Optional.of(new CaseMeasures(debtorId, kind, openCase(tx, debtorId), debtor.getPolicyId(),
                policies(tx, kind, debtor.getPolicyId()), balance, debtorHold, invoiceHolds(tx, debtorId, asOf),
                disputes(tx, debtorId, items), promises(tx, debtorId, asOf), insolvency));
    }

    private static CaseMeasures.OpenCase openCase(DSLContext tx, long debtorId) {
        var open = tx.select(COLLECTION_CASE.ID, COLLECTION_CASE.STAGE, COLLECTION_CASE.OPENED_ON)
                .from(COLLECTION_CASE).where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId)).fetchOne();
        if (open == null) {
            return null;
        }
        // The stage was reached with the case's latest stage change; a case still at its first stage got it when
        // it was opened.
        LocalDate changed = tx.select(max(CASE_EVENT.OCCURRED_ON)).from(CASE_EVENT)
                .where(CASE_EVENT.CASE_ID.eq(open.value1()).and(CASE_EVENT.KIND.eq(CaseEvent.STAGE_CHANGED)))
                .fetchOne(0, LocalDate.class);
        return new CaseMeasures.OpenCase(open.value1(), CaseStage.valueOf(open.value2()), open.value3(),
                changed == null ? open.value3() : changed);
    }

    /** The policies of the debtor's kind, default first; the debtor's own policy too if it is of another kind. */
    private static List<PolicyOption> policies(DSLContext tx, DebtorKind kind, Long policyId) {
        var condition = DUNNING_POLICY.DEBTOR_KIND.eq(kind.name());
        if (policyId != null) {
            condition = condition.or(DUNNING_POLICY.ID.eq(policyId));
        }
        List<PolicyOption> options = new ArrayList<>();
        Set<String> defaultSeen = new HashSet<>();
        tx.select(DUNNING_POLICY.ID, DUNNING_POLICY.NAME, DUNNING_POLICY.IS_DEFAULT, DUNNING_POLICY.DEBTOR_KIND)
                .from(DUNNING_POLICY).where(condition)
                .orderBy(DUNNING_POLICY.IS_DEFAULT.desc(), DUNNING_POLICY.ID)
                .forEach(r -> {
                    // As DunningPolicyRepository.Policies: the first default of the kind is the one applied.
                    boolean isDefault = Boolean.TRUE.equals(r.value3()) && kind.name().equals(r.value4())
                            && defaultSeen.add(r.value4());
                    options.add(new PolicyOption(r.value1(), r.value2(), isDefault));
                });
        return options;
    }

    private static List<InvoiceHold> invoiceHolds(DSLContext tx, long debtorId, LocalDate asOf) {
        return tx.select(INVOICE.ID, INVOICE.NUMBER, INVOICE.ON_HOLD_FROM, INVOICE.ON_HOLD_UNTIL, INVOICE.HOLD_REASON)
                .from(INVOICE)
                .where(INVOICE.DEBTOR_ID.eq(debtorId).and(INVOICE.ON_HOLD_UNTIL.ge(asOf))
                        .and(INVOICE.CLOSED_ON.isNull().or(INVOICE.CLOSED_ON.gt(asOf))))
                .orderBy(INVOICE.ON_HOLD_UNTIL, INVOICE.NUMBER)
                .fetch(r -> new InvoiceHold(r.value1(), r.value2(), new Hold(r.value3(), r.value4(), r.value5())));
    }

    /**
     * The debtor's disputes, open first then newest; invoices the imported ledger flags as disputed without a
     * dispute of their own come first, as open disputes from the ledger.
     */
    private static List<DisputeEntry> disputes(DSLContext tx, long debtorId, List<OpenItem> items) {
        // A dispute opened here has its opening event; one flagged in the ledger got its row only when resolved
        // (MeasuresJournal.resolveLedgerDispute), with no opening event: its category and opening are unknown.
        List<DisputeEntry> recorded = tx.select(DISPUTE.ID, DISPUTE.INVOICE_ID, INVOICE.NUMBER, DISPUTE.CATEGORY,
                        DISPUTE.NOTE, DISPUTE.OPENED_ON, DISPUTE.RESOLUTION, DISPUTE.RESOLVED_ON,
                        DISPUTE.OPENED_EVENT_ID)
                .from(DISPUTE).join(INVOICE).on(INVOICE.ID.eq(DISPUTE.INVOICE_ID))
                .where(DISPUTE.DEBTOR_ID.eq(debtorId))
                .orderBy(DISPUTE.RESOLUTION.isNull().desc(), DISPUTE.RESOLVED_ON.desc(), DISPUTE.OPENED_ON.desc(),
                        DISPUTE.ID.desc())
                .fetch(r -> {
                    boolean fromLedger = r.value9() == null;
                    return new DisputeEntry(r.value1(), r.value2(), r.value3(),
                            fromLedger ? null : DisputeCategory.valueOf(r.value4()), r.value5(),
                            fromLedger ? null : r.value6(),
                            r.value7() == null ? null : DisputeResolution.valueOf(r.value7()), r.value8(), fromLedger);
                });
        Set<Long> openRecorded = new HashSet<>();
        recorded.stream().filter(DisputeEntry::isOpen).forEach(d -> openRecorded.add(d.invoiceId()));
        List<Long> fromLedger = items.stream()
                .filter(i -> i.disputed() && i.kind() == InvoiceKind.INVOICE && !openRecorded.contains(i.invoiceId()))
                .map(OpenItem::invoiceId).toList();
        List<DisputeEntry> all = new ArrayList<>();
        if (!fromLedger.isEmpty()) {
            tx.select(INVOICE.ID, INVOICE.NUMBER, INVOICE.DISPUTE_REASON).from(INVOICE).where(INVOICE.ID.in(fromLedger))
                    .orderBy(INVOICE.DUE_DATE, INVOICE.NUMBER)
                    .forEach(r -> all.add(new DisputeEntry(null, r.value1(), r.value2(), null, r.value3(), null, null,
                            null, true)));
        }
        all.addAll(recorded);
        return all;
    }

    /** Every promise, newest first, with where it stands from the payments received since it was made. */
    private static List<PromiseEntry> promises(DSLContext tx, long debtorId, LocalDate asOf) {
        record Row(long id, PromiseToPay promise, boolean cancelled) {
        }
        List<Row> rows = tx.select(PROMISE_TO_PAY.ID, PROMISE_TO_PAY.PROMISED_ON, PROMISE_TO_PAY.DUE_DATE,
                        PROMISE_TO_PAY.AMOUNT, PROMISE_TO_PAY.STATUS)
                .from(PROMISE_TO_PAY).where(PROMISE_TO_PAY.DEBTOR_ID.eq(debtorId))
                .orderBy(PROMISE_TO_PAY.PROMISED_ON.desc(), PROMISE_TO_PAY.ID.desc())
                .fetch(r -> new Row(r.value1(), new PromiseToPay(r.value2(), r.value3(), r.value4()),
                        "CANCELLED".equals(r.value5())));
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate since = rows.stream().map(r -> r.promise().promisedOn()).min(LocalDate::compareTo).orElseThrow();
        List<PartPayment> payments = tx.select(PAYMENT.RECEIVED_ON, PAYMENT.AMOUNT).from(PAYMENT)
                .where(PAYMENT.DEBTOR_ID.eq(debtorId).and(PAYMENT.RECEIVED_ON.between(since, asOf)))
                .fetch(r -> new PartPayment(r.value1(), r.value2()));
        return rows.stream().map(row -> {
            PromiseStatus status = row.promise().status(payments, asOf);
            return new PromiseEntry(row.id(), row.promise(), row.cancelled(), status,
                    row.promise().paidInTime(payments, asOf));
        }).toList();
    }
}
