package fr.relance.domain.dunning;

import fr.relance.domain.CaseStage;
import fr.relance.domain.DebtorKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the case file's follow-up tab ("Suivi") shows of one debtor on an as-of date: the open case and its stage,
 * the dunning policy, holds, disputes, promises to pay and insolvency proceedings. Read in one go by the store.
 *
 * @param openCase    null when the debtor has no open case (dunning has not started, or the last case is closed)
 * @param policyId    the debtor's own policy; null when it follows the default policy of its kind
 * @param policies    the policies the debtor may follow (those of its kind), the default first
 * @param balance     what the debtor owes on the as-of date: open invoices less open credit notes
 * @param debtorHold  the debtor's hold if it is current or starts later; null otherwise
 * @param invoiceHolds holds on single invoices, current or starting later
 * @param disputes    every dispute of the debtor, open first, then the newest
 * @param promises    every promise to pay, newest first
 * @param insolvency  null when no proceedings are known
 */
public record CaseMeasures(long debtorId, DebtorKind kind, OpenCase openCase, Long policyId,
                           List<PolicyOption> policies, BigDecimal balance, Hold debtorHold,
                           List<InvoiceHold> invoiceHolds, List<DisputeEntry> disputes, List<PromiseEntry> promises,
                           Insolvency insolvency) {

    public CaseMeasures {
        Objects.requireNonNull(kind, "kind");
        policies = List.copyOf(policies);
        invoiceHolds = List.copyOf(invoiceHolds);
        disputes = List.copyOf(disputes);
        promises = List.copyOf(promises);
    }

    /** The debtor's open collection case, at {@code stage} since {@code stageSince}. */
    public record OpenCase(long caseId, CaseStage stage, LocalDate openedOn, LocalDate stageSince) {
    }

    /** A dunning policy the debtor may follow. */
    public record PolicyOption(long id, String name, boolean isDefault) {
    }

    /** A hold on one invoice. */
    public record InvoiceHold(long invoiceId, String invoiceNumber, Hold hold) {
    }

    /**
     * A dispute on one invoice.
     *
     * @param id         null for a dispute the imported ledger flags and nobody has resolved yet: it has no row
     * @param fromLedger flagged in the imported ledger rather than opened here: its category and opening date are
     *                   unknown (null), its note is the ledger's reason
     */
    public record DisputeEntry(Long id, long invoiceId, String invoiceNumber, DisputeCategory category, String note,
                               LocalDate openedOn, DisputeResolution resolution, LocalDate resolvedOn,
                               boolean fromLedger) {

        public boolean isOpen() {
            return resolution == null;
        }
    }

    /**
     * A promise to pay with where it stands: cancelled by the controller, else kept, broken or pending from the
     * payments ({@link PromiseToPay#status}).
     *
     * @param paid what arrived towards it in time (from the promise day to the due date)
     */
    public record PromiseEntry(long id, PromiseToPay promise, boolean cancelled, PromiseStatus status,
                               BigDecimal paid) {

        /** Still awaited: dunning waits for it, and it may be cancelled. */
        public boolean isOpen() {
            return !cancelled && status == PromiseStatus.PENDING;
        }
    }

    /**
     * Insolvency proceedings as marked from the BODACC notice.
     *
     * @param proceeding      null when marked before the kind was recorded
     * @param publishedOn     null when only the judgment date is known: it stands in for the publication then
     * @param claimDeclaredOn null while the claim is not declared
     */
    public record Insolvency(InsolvencyProceeding proceeding, LocalDate openedOn, LocalDate publishedOn,
                             LocalDate claimDeclaredOn) {

        public InsolvencyWatch watch() {
            return new InsolvencyWatch(openedOn, publishedOn == null ? openedOn : publishedOn, claimDeclaredOn);
        }
    }

    /** The policy the debtor follows: its own, else the default of its kind. */
    public Optional<PolicyOption> currentPolicy() {
        return policies.stream().filter(p -> policyId == null ? p.isDefault() : p.id() == policyId).findFirst();
    }

    public boolean hasOpenCase() {
        return openCase != null;
    }

    /** The open promises: those dunning waits for. */
    public List<PromiseEntry> openPromises() {
        return promises.stream().filter(PromiseEntry::isOpen).toList();
    }
}
