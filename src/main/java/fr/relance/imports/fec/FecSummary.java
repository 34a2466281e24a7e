package fr.relance.imports.fec;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What the first pass learns about the whole file and the second pass needs line by line: the balance of each
 * lettering group, and which journals are sales journals.
 */
final class FecSummary {

    /** Debit − credit of each lettering group, by {@link CustomerLine#letteringKey}. */
    private final Map<String, BigDecimal> letteringBalance = new HashMap<>();
    /** Per journal code: [411 debit lines, 411 credit lines]. */
    private final Map<String, int[]> journalDebitsCredits = new HashMap<>();

    /** Takes one 411 line of the first pass; a line with a bad amount is left out here and rejected later. */
    void add(FecLine line) {
        BigDecimal signed;
        try {
            signed = FecValues.amountOrZero(line, FecColumn.DEBIT)
                    .subtract(FecValues.amountOrZero(line, FecColumn.CREDIT));
        } catch (LineRejectedException e) {
            return;
        }
        if (signed.signum() == 0) {
            return;
        }
        int[] counts = journalDebitsCredits.computeIfAbsent(line.raw(FecColumn.JOURNAL_CODE), code -> new int[2]);
        counts[signed.signum() > 0 ? 0 : 1]++;
        if (!line.raw(FecColumn.ECRITURE_LET).isEmpty()) {
            letteringBalance.merge(CustomerLine.letteringKey(line), signed, BigDecimal::add);
        }
    }

    /**
     * A lettering group is closed (settled, left out of the open items) when its debits and credits balance.
     * Software such as Sage and EBP mark a partial lettering with lower-case letters: such a group is partial
     * whatever its sums.
     */
    boolean isClosed(CustomerLine line) {
        if (!line.isLettered() || hasLowerCase(line.lettering())) {
            return false;
        }
        BigDecimal balance = letteringBalance.get(line.letteringKey());
        return balance != null && balance.signum() == 0;
    }

    /**
     * A sales journal (VT, VE, VTE...) is where invoices are booked: its 411 lines are mostly debits. A bank
     * journal also holds a few 411 debits (a returned cheque, a refund), so the majority decides, not the mere
     * presence of a debit.
     */
    boolean isSalesJournal(String journalCode) {
        int[] counts = journalDebitsCredits.get(journalCode);
        return counts != null && counts[0] > counts[1];
    }

    private static boolean hasLowerCase(String lettering) {
        return lettering.chars().anyMatch(Character::isLowerCase);
    }
}
