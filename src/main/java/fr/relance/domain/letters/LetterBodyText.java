package fr.relance.domain.letters;

import fr.relance.domain.Money;
import fr.relance.domain.dunning.Instalment;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The text of a letter as sent, for {@code letter.body}: the subject, the reference, the paragraphs, and the tables
 * written out line by line, in the letter's language. Templates evolve; this text stays what the debtor received.
 */
public final class LetterBodyText {

    private LetterBodyText() {
    }

    public static String of(LetterContent letter) {
        LetterFormat format = new LetterFormat(languageOf(letter.language()));
        StringJoiner text = new StringJoiner("\n\n");
        if (letter.subject() != null && !letter.subject().isBlank()) {
            text.add(letter.subject().strip());
        }
        if (letter.reference() != null && !letter.reference().isBlank()) {
            text.add(letter.reference().strip());
        }
        for (LetterBlock block : letter.body()) {
            String part;
            if (block instanceof LetterBlock.Paragraph paragraph) {
                part = paragraph.text();
            } else if (block instanceof LetterBlock.InvoiceTable) {
                part = invoices(letter, format);
            } else if (block instanceof LetterBlock.PenaltyTable) {
                part = penalties(letter.penalties(), format);
            } else {
                part = instalments(letter, format);
            }
            if (part != null && !part.isBlank()) {
                text.add(part.strip());
            }
        }
        return text.toString();
    }

    /** Principal claimed: the penalty statement's, else the balances of the invoices listed. */
    public static BigDecimal principal(LetterContent letter) {
        if (letter.penalties() != null) {
            return letter.penalties().principal();
        }
        return letter.invoices().stream().map(LetterInvoiceLine::balance)
                .reduce(Money.ZERO, (a, b) -> b == null ? a : a.add(b));
    }

    public static BigDecimal penalties(LetterContent letter) {
        return letter.penalties() == null ? Money.ZERO : letter.penalties().penalties();
    }

    public static BigDecimal indemnities(LetterContent letter) {
        return letter.penalties() == null ? Money.ZERO : letter.penalties().indemnities();
    }

    static LetterLanguage languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? LetterLanguage.EN : LetterLanguage.FR;
    }

    private static String invoices(LetterContent letter, LetterFormat format) {
        StringJoiner lines = new StringJoiner("\n");
        for (LetterInvoiceLine line : letter.invoices()) {
            lines.add(String.join(" | ", line.number(), format.date(line.issueDate()), format.date(line.dueDate()),
                    format.money(line.amount()), format.money(line.paid()), format.money(line.balance())));
        }
        return lines.toString();
    }

    private static String penalties(PenaltyStatement statement, LetterFormat format) {
        if (statement == null) {
            return "";
        }
        StringJoiner lines = new StringJoiner("\n");
        for (PenaltyStatement.Line line : statement.lines()) {
            lines.add(String.join(" | ", line.invoiceNumber(), format.date(line.slice().from()),
                    format.date(line.slice().to()), format.integer(line.slice().days()),
                    line.slice().rate().stripTrailingZeros().toPlainString() + " %",
                    format.money(line.slice().base()), format.money(line.slice().amount())));
        }
        lines.add("= " + format.money(statement.penalties()) + " + " + statement.indemnityCount() + " × 40 € = "
                + format.money(statement.indemnities()) + " ; " + format.money(statement.principal()) + " → "
                + format.money(statement.totalClaimed()));
        return lines.toString();
    }

    private static String instalments(LetterContent letter, LetterFormat format) {
        StringJoiner lines = new StringJoiner("\n");
        for (Instalment instalment : letter.instalments()) {
            lines.add(format.date(instalment.dueDate()) + " | " + format.money(instalment.amount()));
        }
        return lines.toString();
    }
}
