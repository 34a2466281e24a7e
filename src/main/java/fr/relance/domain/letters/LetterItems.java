package fr.relance.domain.letters;

import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Which open items a letter lists, and how a line of its invoice table reads. */
public final class LetterItems {

    private LetterItems() {
    }

    /**
     * A statement of account lists every open item. Every other letter claims the overdue invoices that are
     * neither disputed nor on hold (a disputed or held invoice is not dunned), less the open credit notes.
     */
    public static List<OpenItem> select(LetterKind kind, List<OpenItem> items, LocalDate date, Set<Long> held) {
        if (kind == LetterKind.STATEMENT) {
            return List.copyOf(items);
        }
        return items.stream().filter(item -> !held.contains(item.invoiceId()))
                .filter(item -> item.kind() == InvoiceKind.CREDIT_NOTE
                        || (date.isAfter(item.dueDate()) && !item.disputed()))
                .toList();
    }

    /** The invoice table line: a credit note has a negative amount and balance, and what was used of it. */
    public static LetterInvoiceLine line(OpenItem item) {
        if (item.kind() == InvoiceKind.CREDIT_NOTE) {
            BigDecimal amount = item.amount().negate();
            return new LetterInvoiceLine(item.number(), item.issueDate(), item.dueDate(), Money.cents(amount),
                    Money.cents(amount.subtract(item.balance())), Money.cents(item.balance()));
        }
        return new LetterInvoiceLine(item.number(), item.issueDate(), item.dueDate(), Money.cents(item.amount()),
                Money.cents(item.amount().subtract(item.balance())), Money.cents(item.balance()));
    }

    /** What the listed items add up to: invoices less credit notes. */
    public static BigDecimal principal(List<OpenItem> items) {
        return items.stream().map(OpenItem::balance).reduce(Money.ZERO, BigDecimal::add);
    }
}
