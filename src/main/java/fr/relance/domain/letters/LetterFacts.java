package fr.relance.domain.letters;

import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.PartPayment;
import fr.relance.domain.dunning.Instalment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the letter composer loaded for one letter; the assembly from here on is pure.
 *
 * @param date                    the letter's date, also the as-of date of balances and penalties
 * @param contactName             the debtor's primary contact, null when none
 * @param items                   the debtor's open invoices and credit notes on that date
 * @param paymentsByInvoice       money applied to each open invoice up to that date (payments and credit notes)
 * @param heldInvoiceIds          invoices on hold on that date: left out of reminders and notices
 * @param insolvencyOpenedOn      opening of insolvency proceedings; stops penalties and indemnities (L622-28)
 * @param formalNoticePresentedOn first presentation of an earlier formal notice; starts a consumer's legal interest
 * @param deadlineDays            days to pay from the letter's date ({@link PaymentDeadlines}); 0 for none
 * @param instalments             the payment plan's instalments (payment-plan agreement), else empty
 * @param agency                  the collection agency (agency handover), else null
 */
public record LetterFacts(LetterKind kind, LetterLanguage language, LocalDate date, Company company, Debtor debtor,
                          String contactName, List<OpenItem> items, Map<Long, List<PartPayment>> paymentsByInvoice,
                          Set<Long> heldInvoiceIds, LocalDate insolvencyOpenedOn, LocalDate formalNoticePresentedOn,
                          int deadlineDays, List<Instalment> instalments, AgencyRecipient agency) {

    public LetterFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(debtor, "debtor");
        items = List.copyOf(items);
        paymentsByInvoice = paymentsByInvoice == null ? Map.of() : Map.copyOf(paymentsByInvoice);
        heldInvoiceIds = heldInvoiceIds == null ? Set.of() : Set.copyOf(heldInvoiceIds);
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
    }

    public DebtorKind debtorKind() {
        return debtor.kind();
    }
}
