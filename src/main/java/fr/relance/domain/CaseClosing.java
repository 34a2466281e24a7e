package fr.relance.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Closing a collection case. Paid and settled need nothing left to collect; a write-off is the one way to close a
 * case with open invoices, and it needs its reason: the timeline is the evidence of the failed collection that
 * the VAT recovery on the written-off invoices relies on (domain reference, section 9).
 *
 * @param reason paid, settled or written off
 * @param note   why the debt is given up (required for a write-off), or a comment
 */
public record CaseClosing(CaseClosingReason reason, String note) {

    public static final String REASON_REQUIRED = "caseClosing.reasonRequired";
    public static final String OPEN_INVOICES_REMAIN = "caseClosing.openInvoicesRemain";
    public static final String WRITE_OFF_NOTE_REQUIRED = "caseClosing.writeOffNoteRequired";
    public static final String NOTHING_TO_WRITE_OFF = "caseClosing.nothingToWriteOff";

    /**
     * @param openInvoices invoices of the debtor with something left to pay on the closing date
     * @return problems that prevent closing; empty when the case may be closed
     */
    public List<FieldProblem> validate(int openInvoices) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(new FieldProblem("reason", REASON_REQUIRED));
            return problems;
        }
        if (reason == CaseClosingReason.WRITTEN_OFF) {
            if (note == null || note.isBlank()) {
                problems.add(new FieldProblem("note", WRITE_OFF_NOTE_REQUIRED));
            }
            if (openInvoices == 0) {
                problems.add(new FieldProblem("reason", NOTHING_TO_WRITE_OFF));
            }
        } else if (openInvoices > 0) {
            problems.add(new FieldProblem("reason", OPEN_INVOICES_REMAIN));
        }
        return problems;
    }
}
