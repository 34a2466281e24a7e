package fr.relance.domain.letters;

import fr.relance.domain.Company;
import fr.relance.domain.dunning.Instalment;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything one letter says, merged and ready to lay out: the contract between the template engine (which fills
 * it) and the PDF renderer (which draws it). Nothing here is read from a file or the database.
 *
 * @param language        the letter's language (French, or English for foreign debtors)
 * @param sender          the creditor's identity, logo and payment details as printed in the letterhead
 * @param recipient       the address block: the debtor's name first, then the postal lines (NF Z10-011 order)
 * @param place           "Lyon" in "Lyon, le 23 novembre 2026"
 * @param reference       the file reference printed under the subject (and used as payment reference)
 * @param registered      a formal notice: "Lettre recommandée avec accusé de réception" above the address
 * @param body            paragraphs and table places, in reading order
 * @param penalties       null when the letter claims no penalty
 * @param instalments     the plan's instalments (payment-plan agreement), empty otherwise
 * @param paymentDeadline null when the letter sets no deadline
 * @param legalMentions   small print at the foot of the last page
 */
public record LetterContent(LetterKind kind,
                            Locale language,
                            Company sender,
                            List<String> recipient,
                            String place,
                            LocalDate date,
                            String subject,
                            String reference,
                            boolean registered,
                            List<LetterBlock> body,
                            List<LetterInvoiceLine> invoices,
                            PenaltyStatement penalties,
                            List<Instalment> instalments,
                            LocalDate paymentDeadline,
                            List<String> legalMentions) {

    public LetterContent {
        recipient = List.copyOf(recipient);
        body = List.copyOf(body);
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
        instalments = instalments == null ? List.of() : List.copyOf(instalments);
        legalMentions = legalMentions == null ? List.of() : List.copyOf(legalMentions);
    }
}
