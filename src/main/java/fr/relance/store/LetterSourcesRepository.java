package fr.relance.store;

import static fr.relance.store.jooq.Tables.ALLOCATION;
import static fr.relance.store.jooq.Tables.COLLECTION_AGENCY;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.LETTER;
import static fr.relance.store.jooq.Tables.PAYMENT_PLAN;
import static fr.relance.store.jooq.Tables.PLAN_INSTALMENT;
import static org.jooq.impl.DSL.min;

import fr.relance.domain.PartPayment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.letters.AgencyRecipient;
import fr.relance.domain.letters.LetterKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * What a letter needs about a debtor besides its open items, as of the letter's date: money applied to each
 * invoice (for the penalty slices), invoices on hold, insolvency, the first presentation of an earlier formal
 * notice, the agency of the open case and the active payment plan.
 */
public final class LetterSourcesRepository {

    /** The debtor's dunning context on the date. */
    public record DebtorContext(Long policyId, LocalDate insolvencyOpenedOn, Long openCaseId, Long agencyId) {
    }

    private final DSLContext dsl;

    public LetterSourcesRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<DebtorContext> context(long debtorId) {
        return dsl.select(DEBTOR.POLICY_ID, DEBTOR.INSOLVENCY_OPENED_ON, COLLECTION_CASE.ID, COLLECTION_CASE.AGENCY_ID)
                .from(DEBTOR)
                .leftJoin(COLLECTION_CASE).on(COLLECTION_CASE.DEBTOR_ID.eq(DEBTOR.ID)
                        .and(COLLECTION_CASE.CLOSED_ON.isNull()))
                .where(DEBTOR.ID.eq(debtorId))
                .fetchOptional(r -> new DebtorContext(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Money applied to each of the debtor's invoices up to the date: payments and credit notes, dated. */
    public Map<Long, List<PartPayment>> paymentsByInvoice(long debtorId, LocalDate asOf) {
        Map<Long, List<PartPayment>> payments = new HashMap<>();
        dsl.select(ALLOCATION.INVOICE_ID, ALLOCATION.ALLOCATED_ON, ALLOCATION.AMOUNT)
                .from(ALLOCATION).join(INVOICE).on(INVOICE.ID.eq(ALLOCATION.INVOICE_ID))
                .where(INVOICE.DEBTOR_ID.eq(debtorId)).and(ALLOCATION.ALLOCATED_ON.le(asOf))
                .orderBy(ALLOCATION.ALLOCATED_ON)
                .forEach(r -> payments.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new PartPayment(r.value2(), r.value3())));
        return payments;
    }

    /** The debtor's invoices on hold on the date (Hold.isActive: from, when known, up to until, inclusive). */
    public Set<Long> heldInvoiceIds(long debtorId, LocalDate asOf) {
        return new HashSet<>(dsl.select(INVOICE.ID).from(INVOICE)
                .where(INVOICE.DEBTOR_ID.eq(debtorId))
                .and(INVOICE.ON_HOLD_UNTIL.ge(asOf))
                .and(INVOICE.ON_HOLD_FROM.isNull().or(INVOICE.ON_HOLD_FROM.le(asOf)))
                .fetch(INVOICE.ID));
    }

    /** The first presentation of the debtor's first formal notice up to the date: a consumer's interest runs from it. */
    public Optional<LocalDate> formalNoticePresentedOn(long debtorId, LocalDate asOf) {
        return Optional.ofNullable(dsl.select(min(LETTER.FIRST_PRESENTED_ON)).from(LETTER)
                .where(LETTER.DEBTOR_ID.eq(debtorId))
                .and(LETTER.KIND.eq(LetterKind.FORMAL_NOTICE.name()))
                .and(LETTER.FIRST_PRESENTED_ON.le(asOf))
                .fetchOne(0, LocalDate.class));
    }

    public Optional<AgencyRecipient> agency(long agencyId) {
        return dsl.selectFrom(COLLECTION_AGENCY).where(COLLECTION_AGENCY.ID.eq(agencyId))
                .fetchOptional(r -> new AgencyRecipient(r.getName(), r.getContactName(),
                        PostalAddress.france(r.getAddressStreet(), r.getPostcode(), r.getCity()).lines(),
                        r.getAgreementSignedOn()));
    }

    /** The instalments of the debtor's latest active payment plan, by due date; empty when there is none. */
    public List<Instalment> activePlan(long debtorId) {
        Long planId = dsl.select(PAYMENT_PLAN.ID).from(PAYMENT_PLAN)
                .where(PAYMENT_PLAN.DEBTOR_ID.eq(debtorId)).and(PAYMENT_PLAN.STATUS.eq("ACTIVE"))
                .orderBy(PAYMENT_PLAN.ID.desc()).limit(1).fetchOne(PAYMENT_PLAN.ID);
        if (planId == null) {
            return List.of();
        }
        return dsl.select(PLAN_INSTALMENT.DUE_DATE, PLAN_INSTALMENT.AMOUNT).from(PLAN_INSTALMENT)
                .where(PLAN_INSTALMENT.PLAN_ID.eq(planId)).orderBy(PLAN_INSTALMENT.POSITION)
                .fetch(r -> new Instalment(r.value1(), r.value2()));
    }
}
