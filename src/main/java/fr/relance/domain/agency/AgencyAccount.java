package fr.relance.domain.agency;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the agency collected against the case's balance. The agency's collections reach the accounts as payments
 * (the agency pays the money back, the accountant credits the debtor's account, the next import brings it): the
 * ledger's balance already counts what was booked. What the agency reported and the accounts do not show yet is
 * "pending" and is taken off the ledger's balance here, never written as a payment, so nothing is counted twice.
 * Payments received since the handover are taken as the agency's remittances first.
 *
 * @param balanceAtHandover what the debtor owed the day the case was handed over
 * @param ledgerBalance     what the ledger says the debtor owes today
 * @param bookedSinceHandover payments received in the accounts since the handover
 */
public record AgencyAccount(BigDecimal balanceAtHandover, BigDecimal ledgerBalance, BigDecimal collected,
                            BigDecimal fees, BigDecimal bookedSinceHandover) {

    /** Sums the reports that count (their event not reversed). */
    public static AgencyAccount of(BigDecimal balanceAtHandover, BigDecimal ledgerBalance, List<AgencyReport> reports,
                                   BigDecimal bookedSinceHandover) {
        List<AgencyReport> counted = reports.stream().filter(r -> !r.reversed()).toList();
        BigDecimal collected = counted.stream().map(AgencyReport::amountCollected)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fees = counted.stream().map(AgencyReport::feeInvoiced).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AgencyAccount(balanceAtHandover, ledgerBalance, collected, fees, bookedSinceHandover);
    }

    /** Reported by the agency, not yet in the accounts. */
    public BigDecimal pendingRemittance() {
        return collected.subtract(bookedSinceHandover).max(BigDecimal.ZERO);
    }

    /** What the debtor still owes, the agency's collections counted once. */
    public BigDecimal remaining() {
        return ledgerBalance.subtract(pendingRemittance()).max(BigDecimal.ZERO);
    }

    /** What the agency may still collect: the balance at handover less what it collected. */
    public BigDecimal stillToCollect() {
        return balanceAtHandover.subtract(collected).max(BigDecimal.ZERO);
    }

    /** What the creditor keeps of the agency's collections after its fees. */
    public BigDecimal net() {
        return collected.subtract(fees);
    }

    public AgencyOutcome outcome() {
        return AgencyOutcome.of(collected, remaining());
    }
}
