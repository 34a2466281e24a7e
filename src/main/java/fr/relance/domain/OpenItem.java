package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One invoice or credit note still open on the as-of date, with its balance then: the amount less what was
 * allocated to it up to that date. Credit notes carry a negative balance.
 */
public record OpenItem(long debtorId, String debtorName, long invoiceId, InvoiceKind kind, String number,
                       LocalDate issueDate, LocalDate dueDate, BigDecimal amount, BigDecimal balance,
                       String currency, boolean disputed) {

    public OpenItem {
        currency = currency == null ? Currencies.DEFAULT : currency;
    }

    /** An open item in euros, not disputed. */
    public OpenItem(long debtorId, String debtorName, long invoiceId, InvoiceKind kind, String number,
                    LocalDate issueDate, LocalDate dueDate, BigDecimal amount, BigDecimal balance) {
        this(debtorId, debtorName, invoiceId, kind, number, issueDate, dueDate, amount, balance,
                Currencies.DEFAULT, false);
    }

    public long daysPastDue(LocalDate asOf) {
        return ChronoUnit.DAYS.between(dueDate, asOf);
    }
}
