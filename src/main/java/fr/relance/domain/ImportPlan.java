package fr.relance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a ledger export changes in Relance (re-import rules; see docs/import.md). The file is a snapshot of the
 * open items on the day it was exported:
 * <ul>
 *   <li>a document not yet known is <b>new</b>; if the file shows less open than its amount, the difference was
 *       settled in the ledger on an unknown day and is recorded as settled on the import day;</li>
 *   <li>a known document whose amount or dates changed is <b>updated</b>; if the file shows less open than
 *       Relance's balance, the difference is recorded as settled on the import day; if it shows more, Relance
 *       keeps its own balance (it knows a payment the ledger does not show yet);</li>
 *   <li>a known document the file lists unchanged is <b>unchanged</b>: the same file twice changes nothing;
 *       a closed document the file lists as open again is <b>updated</b> (reopened);</li>
 *   <li>a document an earlier import brought, still open in Relance, that the file no longer lists (or lists
 *       as settled) is <b>closed</b>: paid in the ledger.</li>
 * </ul>
 * Documents Relance did not get from an import (typed in, demo data) are never closed by an import, and a file
 * of payments only (a bank statement) closes nothing.
 */
public record ImportPlan(List<LedgerEntry> created, List<Update> updated, List<ImportedDocument> closed,
                         int unchanged) {

    /** A known document and what the file says of it now. */
    public record Update(ImportedDocument before, LedgerEntry now, BigDecimal settledInLedger) {
    }

    public static ImportPlan of(List<LedgerEntry> documents, Set<String> settledNumbers,
                                List<ImportedDocument> known) {
        Map<String, ImportedDocument> byKey = new HashMap<>();
        for (ImportedDocument document : known) {
            byKey.put(key(document.kind(), document.number()), document);
        }
        List<LedgerEntry> created = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        int unchanged = 0;
        java.util.HashSet<String> listed = new java.util.HashSet<>();
        for (LedgerEntry entry : documents) {
            InvoiceKind kind = entry.kind() == EntryKind.CREDIT_NOTE ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
            String key = key(kind, entry.number());
            listed.add(key);
            ImportedDocument before = byKey.get(key);
            if (before == null) {
                created.add(entry);
                continue;
            }
            BigDecimal settled = before.balance().subtract(entry.openAmount()).max(BigDecimal.ZERO);
            boolean sameFacts = before.amount().compareTo(entry.amount()) == 0
                    && before.issueDate().equals(entry.date()) && before.dueDate().equals(entry.dueDate());
            if (sameFacts && settled.signum() == 0 && !before.closed()) {
                unchanged++;
            } else {
                updated.add(new Update(before, entry, settled));
            }
        }
        List<ImportedDocument> closed = new ArrayList<>();
        if (documents.isEmpty() && settledNumbers.isEmpty()) {
            // A file of payments only (a bank statement) says nothing of which invoices are still open.
            return new ImportPlan(created, updated, closed, unchanged);
        }
        for (ImportedDocument document : known) {
            String key = key(document.kind(), document.number());
            boolean settledInFile = settledNumbers.contains(document.number());
            if (document.fromImport() && !document.closed() && document.balance().signum() != 0
                    && (!listed.contains(key) || settledInFile)) {
                closed.add(document);
            }
        }
        return new ImportPlan(created, updated, closed, unchanged);
    }

    private static String key(InvoiceKind kind, String number) {
        return kind.name() + '\u0000' + number;
    }
}
