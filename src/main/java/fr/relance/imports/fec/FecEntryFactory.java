package fr.relance.imports.fec;

import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Turns an open 411 line into an invoice, a credit note or a payment (rules in docs/fec-import.md). */
final class FecEntryFactory {

    private static final String ACCOUNTING_CURRENCY = "EUR";

    private final int paymentTermDays;
    private final FecSummary summary;

    FecEntryFactory(int paymentTermDays, FecSummary summary) {
        this.paymentTermDays = paymentTermDays;
        this.summary = summary;
    }

    /** Fully lettered lines are settled: not open items. */
    boolean isClosed(CustomerLine line) {
        return summary.isClosed(line);
    }

    LedgerEntry toEntry(CustomerLine line) {
        if (line.isDebit()) {
            LocalDate issued = issueDate(line);
            // The FEC has no due date: the agreed term is unknown, so the statutory default applies
            // (Code de commerce L441-10: 30 days unless agreed otherwise), configurable.
            return entry(line, EntryKind.INVOICE, documentNumber(line), issued, issued.plusDays(paymentTermDays),
                    null);
        }
        if (summary.isSalesJournal(line.journalCode())) {
            LocalDate issued = issueDate(line);
            // A credit note can be set off at once: it is "due" the day it is issued.
            return entry(line, EntryKind.CREDIT_NOTE, documentNumber(line), issued, issued, emptyToNull(line.label()));
        }
        // Bank and other journals: money received. The label and the piece often name the invoices settled.
        return entry(line, EntryKind.PAYMENT, emptyToNull(line.pieceRef()), line.entryDate(), null,
                emptyToNull((line.label() + " " + line.pieceRef()).trim()));
    }

    private LedgerEntry entry(CustomerLine line, EntryKind kind, String number, LocalDate date, LocalDate dueDate,
                              String reference) {
        BigDecimal amount = line.signedAmount().abs();
        String currency = ACCOUNTING_CURRENCY;
        if (isForeignCurrency(line)) {
            // The debtor owes the invoice's currency amount; Debit/Credit are its EUR counter-value in the books.
            amount = line.currencyAmount().abs();
            currency = line.currency().toUpperCase(Locale.ROOT);
        }
        return new LedgerEntry(line.lineNumber(), kind, line.debtorCode(), line.debtorName(), number, date, dueDate,
                amount, null, null, currency, reference, null);
    }

    private static boolean isForeignCurrency(CustomerLine line) {
        return line.currencyAmount() != null && line.currencyAmount().signum() != 0 && !line.currency().isEmpty()
                && !line.currency().equalsIgnoreCase(ACCOUNTING_CURRENCY);
    }

    private static LocalDate issueDate(CustomerLine line) {
        return line.pieceDate() != null ? line.pieceDate() : line.entryDate();
    }

    private static String documentNumber(CustomerLine line) {
        String number = !line.pieceRef().isEmpty() ? line.pieceRef() : line.entryNumber();
        if (number.isEmpty()) {
            throw new LineRejectedException(new RejectedLine(line.lineNumber(), FecColumn.PIECE_REF.headerName(),
                    "import.reject.missing", List.of(FecColumn.PIECE_REF.headerName()), ""));
        }
        return number;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
