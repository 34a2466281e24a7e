package fr.relance.domain.dossier;

import fr.relance.domain.Money;
import fr.relance.domain.dossier.DossierContent.Movement;
import fr.relance.domain.dossier.DossierContent.StatementLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The statement of account of a dossier: every invoice, credit note and payment of the debtor up to the as-of date,
 * in date order, with the running balance. Its last balance is what the ledger says the debtor owes (invoices less
 * credit notes and payments), so a reader can follow the account from the first invoice to the claim.
 */
public final class AccountStatement {

    /** One movement before the balance is run: {@code amount} is positive, the movement gives the sign. */
    public record Entry(LocalDate date, Movement movement, String reference, LocalDate dueDate, BigDecimal amount) {
    }

    /** On one day: invoices first, then credit notes, then the money that settles them. */
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::date)
            .thenComparing(Entry::movement)
            .thenComparing(entry -> entry.reference() == null ? "" : entry.reference());

    private AccountStatement() {
    }

    public static List<StatementLine> of(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        List<StatementLine> lines = new ArrayList<>(sorted.size());
        BigDecimal balance = Money.ZERO;
        for (Entry entry : sorted) {
            BigDecimal amount = Money.cents(entry.amount());
            boolean debit = entry.movement() == Movement.INVOICE;
            balance = debit ? balance.add(amount) : balance.subtract(amount);
            lines.add(new StatementLine(entry.date(), entry.movement(), entry.reference(), entry.dueDate(),
                    debit ? amount : null, debit ? null : amount, balance));
        }
        return lines;
    }
}
