package fr.relance.store;

import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.PAYMENT;

import fr.relance.domain.CaseStage;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.dossier.AccountStatement;
import fr.relance.domain.dossier.DossierContent.Movement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** What an agency dossier reads besides the letters' sources: the debtor by its code, the case, the account. */
public final class DossierSourcesRepository {

    /** The debtor's open case: its stage and the agency it is handed to (null when none). */
    public record OpenCase(long caseId, CaseStage stage, Long agencyId) {
    }

    private final DSLContext dsl;

    public DossierSourcesRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** The debtor named as the other commands name it: its account code ("411DURAND"), else its id. */
    public Optional<Long> debtorIdOf(String accountCodeOrId) {
        String key = accountCodeOrId == null ? "" : accountCodeOrId.strip();
        Optional<Long> byCode = dsl.select(DEBTOR.ID).from(DEBTOR).where(DEBTOR.ACCOUNT_CODE.eq(key))
                .fetchOptional(DEBTOR.ID);
        if (byCode.isPresent() || !key.matches("\\d{1,18}")) {
            return byCode;
        }
        return dsl.select(DEBTOR.ID).from(DEBTOR).where(DEBTOR.ID.eq(Long.parseLong(key))).fetchOptional(DEBTOR.ID);
    }

    public Optional<OpenCase> openCase(long debtorId) {
        return dsl.select(COLLECTION_CASE.ID, COLLECTION_CASE.STAGE, COLLECTION_CASE.AGENCY_ID).from(COLLECTION_CASE)
                .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId))
                .fetchOptional(r -> new OpenCase(r.value1(), CaseStage.valueOf(r.value2()), r.value3()));
    }

    /** Every invoice, credit note and payment of the debtor up to the date, for the statement of account. */
    public List<AccountStatement.Entry> accountEntries(long debtorId, LocalDate asOf) {
        List<AccountStatement.Entry> entries = new ArrayList<>();
        dsl.select(INVOICE.ISSUE_DATE, INVOICE.KIND, INVOICE.NUMBER, INVOICE.DUE_DATE, INVOICE.AMOUNT_INCL_VAT)
                .from(INVOICE).where(INVOICE.DEBTOR_ID.eq(debtorId)).and(INVOICE.ISSUE_DATE.le(asOf))
                .forEach(r -> entries.add(new AccountStatement.Entry(r.value1(),
                        InvoiceKind.valueOf(r.value2()) == InvoiceKind.CREDIT_NOTE ? Movement.CREDIT_NOTE
                                : Movement.INVOICE, r.value3(), r.value4(), r.value5())));
        dsl.select(PAYMENT.RECEIVED_ON, PAYMENT.REFERENCE, PAYMENT.AMOUNT)
                .from(PAYMENT).where(PAYMENT.DEBTOR_ID.eq(debtorId)).and(PAYMENT.RECEIVED_ON.le(asOf))
                .forEach(r -> entries.add(new AccountStatement.Entry(r.value1(), Movement.PAYMENT, r.value2(), null,
                        r.value3())));
        return entries;
    }
}
