package fr.relance.domain.dunning;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.OpenItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the worklist needs about one debtor on an as-of date; built by the store, read by {@link Worklist}.
 * Nullable: debtorHold, lastAction, lastContact, promise, nextCallDate, postponedUntil, insolvencyOpenedOn,
 * claimDeclaredOn. A null policy means the default policy for the debtor's kind; null collections are empty.
 *
 * @param openItems          the debtor's open invoices and credit notes with their balance on the as-of date
 * @param invoiceHolds       holds on single invoices, by invoice id
 * @param disputedInvoiceIds invoices under dispute (besides those whose {@link OpenItem#disputed()} is set)
 * @param lastAction         the last step executed or skipped in the open case; null when none yet
 * @param postponedUntil     the controller postponed the next step to this date (dunning resumes on it)
 * @param insolvencyOpenedOn date of the BODACC publication of insolvency proceedings
 * @param claimDeclaredOn    date the claim was declared to the insolvency representative
 * @param limitationWarnings invoices whose limitation date falls within 6 months (computed elsewhere)
 */
public record DebtorDunningState(long debtorId,
                                 String name,
                                 DebtorKind kind,
                                 DunningPolicy policy,
                                 List<OpenItem> openItems,
                                 Hold debtorHold,
                                 Map<Long, Hold> invoiceHolds,
                                 Set<Long> disputedInvoiceIds,
                                 LastAction lastAction,
                                 LocalDate lastContact,
                                 PromiseView promise,
                                 LocalDate nextCallDate,
                                 LocalDate postponedUntil,
                                 LocalDate insolvencyOpenedOn,
                                 LocalDate claimDeclaredOn,
                                 List<Long> limitationWarnings) {

    public DebtorDunningState {
        policy = policy == null ? DefaultPolicies.forKind(kind) : policy;
        openItems = openItems == null ? List.of() : List.copyOf(openItems);
        invoiceHolds = invoiceHolds == null ? Map.of() : Map.copyOf(invoiceHolds);
        disputedInvoiceIds = disputedInvoiceIds == null ? Set.of() : Set.copyOf(disputedInvoiceIds);
        limitationWarnings = limitationWarnings == null ? List.of() : List.copyOf(limitationWarnings);
    }

    /** A debtor under the default policy of its kind, with nothing but open items. */
    public static DebtorDunningState of(long debtorId, String name, DebtorKind kind, List<OpenItem> openItems) {
        return new DebtorDunningState(debtorId, name, kind, null, openItems, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public DebtorDunningState withPolicy(DunningPolicy value) {
        return new DebtorDunningState(debtorId, name, kind, value, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, promise, nextCallDate,
                postponedUntil, insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withOpenItems(List<OpenItem> value) {
        return new DebtorDunningState(debtorId, name, kind, policy, value, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, promise, nextCallDate,
                postponedUntil, insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withDebtorHold(Hold value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, value, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, promise, nextCallDate,
                postponedUntil, insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withInvoiceHolds(Map<Long, Hold> value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, value, disputedInvoiceIds,
                lastAction, lastContact, promise, nextCallDate, postponedUntil,
                insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withDisputedInvoiceIds(Set<Long> value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds, value,
                lastAction, lastContact, promise, nextCallDate, postponedUntil,
                insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withLastAction(LastAction value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, value, lastContact, promise, nextCallDate, postponedUntil,
                insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withLastContact(LocalDate value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, value, promise, nextCallDate, postponedUntil,
                insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withPromise(PromiseView value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, value, nextCallDate,
                postponedUntil, insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withNextCallDate(LocalDate value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, promise, value, postponedUntil,
                insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withPostponedUntil(LocalDate value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, promise, nextCallDate, value,
                insolvencyOpenedOn, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withInsolvencyOpenedOn(LocalDate value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, promise, nextCallDate,
                postponedUntil, value, claimDeclaredOn, limitationWarnings);
    }

    public DebtorDunningState withClaimDeclaredOn(LocalDate value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, promise, nextCallDate,
                postponedUntil, insolvencyOpenedOn, value, limitationWarnings);
    }

    public DebtorDunningState withLimitationWarnings(List<Long> value) {
        return new DebtorDunningState(debtorId, name, kind, policy, openItems, debtorHold, invoiceHolds,
                disputedInvoiceIds, lastAction, lastContact, promise, nextCallDate,
                postponedUntil, insolvencyOpenedOn, claimDeclaredOn, value);
    }
}
