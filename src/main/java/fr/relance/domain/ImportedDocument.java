package fr.relance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice or credit note already in Relance, as an import compares it with the file: its balance today and
 * whether an earlier import brought it (only those are closed when a newer export no longer lists them), and
 * whether it is closed already (paid in the ledger).
 */
public record ImportedDocument(long id, long debtorId, String debtorCode, InvoiceKind kind, String number,
                               LocalDate issueDate, LocalDate dueDate, BigDecimal amount, BigDecimal balance,
                               String currency, boolean fromImport,
                               boolean closed) {
}
