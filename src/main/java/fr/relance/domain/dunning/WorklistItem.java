package fr.relance.domain.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One line of the actions of the day: one per debtor and kind, covering all the debtor's invoices concerned.
 *
 * @param action       the dunning action to take; null for a call-back, a claim filing or a limitation warning
 * @param stepPosition the policy step carried out; 0 when no step
 * @param templateCode the template of that step; null when none
 * @param amount       the sum concerned (for a dunning step: the overdue balances not disputed and not on hold)
 * @param daysOverdue  days past due of the oldest invoice covered
 * @param lastContact  the last contact with the debtor, null if none
 * @param deadline     the date by which to act when the law or a plan sets one (claim filing, the last day of
 *                     grace of a missed instalment); else null
 * @param invoiceIds   the invoices covered
 * @param flags        markers for the UI, see the FLAG_ constants
 * @param reference    what the line is about when it is one thing: the tracking number (as printed) of the
 *                     registered letter to follow up; else null
 */
public record WorklistItem(long debtorId, String debtorName, WorklistKind kind, DunningAction action,
                           int stepPosition, String templateCode, BigDecimal amount, long daysOverdue,
                           LocalDate lastContact, LocalDate deadline, List<Long> invoiceIds, Set<String> flags,
                           String reference) {

    public static final String FLAG_BROKEN_PROMISE = "brokenPromise";
    /** Some overdue invoices were left out because they are disputed. */
    public static final String FLAG_DISPUTED_EXCLUDED = "disputedExcluded";
    /** Some overdue invoices were left out because they are on hold. */
    public static final String FLAG_ON_HOLD_EXCLUDED = "onHoldExcluded";
    /** The debtor has invoices reaching their limitation date within 6 months. */
    public static final String FLAG_LIMITATION_SOON = "limitationSoon";
    /** The debtor did not keep a signed payment plan (acceleration clause applied). */
    public static final String FLAG_PLAN_DEFAULTED = "planDefaulted";

    public WorklistItem {
        invoiceIds = List.copyOf(invoiceIds);
        flags = Set.copyOf(flags);
    }

    /** A line about the debtor's invoices (no single reference). */
    public WorklistItem(long debtorId, String debtorName, WorklistKind kind, DunningAction action, int stepPosition,
                        String templateCode, BigDecimal amount, long daysOverdue, LocalDate lastContact,
                        LocalDate deadline, List<Long> invoiceIds, Set<String> flags) {
        this(debtorId, debtorName, kind, action, stepPosition, templateCode, amount, daysOverdue, lastContact,
                deadline, invoiceIds, flags, null);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    /** A call (a call-back agreed, or a policy's call step) is logged with what came of it, not executed blind. */
    public boolean isCall() {
        return kind == WorklistKind.CALL_BACK || action == DunningAction.PHONE_CALL;
    }

    /** Recorded as done in one click: a step of the policy that sends something (a call is logged instead). */
    public boolean isExecutable() {
        return action != null && action != DunningAction.PHONE_CALL;
    }

    /**
     * Whether the line may be postponed or skipped. A claim filing may not: its deadline is the law's (Code de
     * commerce R622-24), the line stays until the claim is declared or the deadline has passed. Nor may a
     * registered letter to follow up: it goes away as soon as its delivery or return is recorded.
     */
    public boolean isDeferrable() {
        return kind != WorklistKind.CLAIM_FILING && kind != WorklistKind.REGISTERED_LETTER_TRACKING;
    }

    /** Whether a decision on this line is about the dunning steps (and so moves them). */
    public boolean isDunning() {
        return kind == WorklistKind.DUNNING_STEP || kind == WorklistKind.BROKEN_PROMISE;
    }
}
