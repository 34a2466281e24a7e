package fr.relance.store;

import java.util.List;

/**
 * Everything the data file holds about one debtor, table by table, as SQL conditions on the debtor's id ({@code ?}
 * is bound to it), children before parents. The personal-data export reads these rows; the purge deletes them in
 * this order. One list for both, so the export shows exactly what a purge would remove.
 *
 * <p>A new table holding rows about a debtor (directly or through its cases, invoices, letters...) belongs here:
 * DebtorTablesTest fails when a table that references one of these is missing, and until it is added a purge
 * fails on its foreign key and deletes nothing.
 */
final class DebtorTables {

    /** One table's rows about the debtor. */
    record Part(String table, String condition) {
    }

    private static final String DECISIONS = "decision_id IN (SELECT id FROM worklist_decision WHERE debtor_id = ?)";
    private static final String PLANS = "plan_id IN (SELECT id FROM payment_plan WHERE debtor_id = ?)";
    private static final String CASES = "case_id IN (SELECT id FROM collection_case WHERE debtor_id = ?)";
    private static final String INVOICES = "(SELECT id FROM invoice WHERE debtor_id = ?)";

    static final List<Part> PARTS = List.of(
            new Part("worklist_decision_invoice", DECISIONS),
            new Part("plan_instalment", PLANS),
            new Part("plan_invoice", PLANS),
            new Part("payment_plan", "debtor_id = ?"),
            new Part("promise_to_pay", "debtor_id = ?"),
            new Part("dispute", "debtor_id = ?"),
            new Part("call_log", "debtor_id = ?"),
            new Part("worklist_decision", "debtor_id = ?"),
            new Part("debt_acknowledgement", "debtor_id = ?"),
            new Part("claim_declaration", "debtor_id = ?"),
            new Part("registered_mail_fact", "letter_id IN (SELECT id FROM letter WHERE debtor_id = ?)"),
            new Part("agency_report", "handover_id IN (SELECT id FROM agency_handover WHERE debtor_id = ?)"),
            new Part("agency_handover", "debtor_id = ?"),
            new Part("dossier_tick", "debtor_id = ?"),
            new Part("case_event", "debtor_id = ?"),
            new Part("letter", "debtor_id = ?"),
            new Part("document", "debtor_id = ?"),
            new Part("allocation", "invoice_id IN " + INVOICES + " OR payment_id IN "
                    + "(SELECT id FROM payment WHERE debtor_id = ?) OR credit_note_id IN " + INVOICES),
            new Part("case_invoice", CASES),
            new Part("collection_case", "debtor_id = ?"),
            new Part("invoice", "debtor_id = ?"),
            new Part("payment", "debtor_id = ?"),
            new Part("contact", "debtor_id = ?"),
            new Part("debtor", "id = ?"));

    private DebtorTables() {
    }

    /** How many times the debtor's id is bound in the condition. */
    static int binds(Part part) {
        return (int) part.condition().chars().filter(c -> c == '?').count();
    }
}
