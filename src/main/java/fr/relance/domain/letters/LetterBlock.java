package fr.relance.domain.letters;

/**
 * One block of a letter's body, in reading order: the template engine turns a template into blocks (text
 * paragraphs, and the places where the tables go), the PDF renderer lays them out.
 */
public sealed interface LetterBlock {

    /** A paragraph of merged text (placeholders already replaced); line breaks inside are kept. */
    record Paragraph(String text) implements LetterBlock {
    }

    /** The table of the invoices concerned: {@link LetterContent#invoices()}. */
    record InvoiceTable() implements LetterBlock {
    }

    /** The late-payment penalties per half-year slice and the indemnities: {@link LetterContent#penalties()}. */
    record PenaltyTable() implements LetterBlock {
    }

    /** The instalments of a payment plan: {@link LetterContent#instalments()}. */
    record InstalmentTable() implements LetterBlock {
    }
}
