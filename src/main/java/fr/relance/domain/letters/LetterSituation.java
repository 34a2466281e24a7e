package fr.relance.domain.letters;

import fr.relance.domain.DebtorKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the case says about a debtor on a letter's date, besides the letter itself: the facts that decide whether
 * the letter should go out at all (insolvency, a hold) and what it silently leaves out (disputed or held invoices).
 *
 * @param debtorKind           the debtor's own kind (the letter may use the other variant)
 * @param insolvencyOpenedOn   opening of insolvency proceedings; null when none are known
 * @param holdUntil            last day of a hold on the debtor that covers the letter's date; null when none
 * @param holdReason           why the debtor is on hold, as typed; null when none
 * @param disputedInvoices     numbers of the debtor's open invoices in dispute on the date
 * @param heldInvoices         numbers of the debtor's open invoices on hold on the date
 */
public record LetterSituation(DebtorKind debtorKind, LocalDate insolvencyOpenedOn, LocalDate holdUntil,
                              String holdReason, List<String> disputedInvoices, List<String> heldInvoices) {

    public LetterSituation {
        Objects.requireNonNull(debtorKind, "debtorKind");
        disputedInvoices = disputedInvoices == null ? List.of() : List.copyOf(disputedInvoices);
        heldInvoices = heldInvoices == null ? List.of() : List.copyOf(heldInvoices);
    }

    /** A debtor with nothing in the way. */
    public static LetterSituation clear(DebtorKind kind) {
        return new LetterSituation(kind, null, null, null, List.of(), List.of());
    }
}
