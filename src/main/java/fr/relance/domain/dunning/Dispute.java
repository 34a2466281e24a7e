package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A debtor contesting one invoice. While open it pauses dunning for that invoice only, never for the debtor's
 * other invoices; a resolution resumes it.
 *
 * @param resolution null while the dispute is open
 * @param resolvedOn null while the dispute is open
 */
public record Dispute(long invoiceId, DisputeCategory category, String note, LocalDate openedOn,
                      DisputeResolution resolution, LocalDate resolvedOn) {

    public static final String NOTE_REQUIRED = "dispute.noteRequired";
    public static final String RESOLVED_BEFORE_OPENED = "dispute.resolvedBeforeOpened";
    public static final String RESOLUTION_INCOMPLETE = "dispute.resolutionIncomplete";

    public Dispute {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(openedOn, "openedOn");
    }

    /** A new, open dispute. */
    public static Dispute open(long invoiceId, DisputeCategory category, String note, LocalDate openedOn) {
        return new Dispute(invoiceId, category, note, openedOn, null, null);
    }

    public boolean isOpen() {
        return resolution == null;
    }

    /** Whether this dispute holds dunning of the given invoice back: only its own invoice, only while open. */
    public boolean pausesDunningOf(long anInvoiceId) {
        return isOpen() && invoiceId == anInvoiceId;
    }

    /**
     * The same dispute, resolved. Dates are checked by {@link #validate()}, so the UI can show the problem.
     *
     * @throws IllegalStateException when the dispute is already resolved: a resolution is part of the case's
     *                               history and is not overwritten
     */
    public Dispute resolve(DisputeResolution how, LocalDate on) {
        if (!isOpen()) {
            throw new IllegalStateException("Dispute on invoice " + invoiceId + " is already resolved");
        }
        return new Dispute(invoiceId, category, note, openedOn, Objects.requireNonNull(how, "resolution"),
                Objects.requireNonNull(on, "resolvedOn"));
    }

    /** Problems that prevent saving; empty when the dispute can be saved. */
    public List<FieldProblem> validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (category == DisputeCategory.OTHER && (note == null || note.isBlank())) {
            problems.add(new FieldProblem("note", NOTE_REQUIRED));
        }
        if ((resolution == null) != (resolvedOn == null)) {
            problems.add(new FieldProblem(resolution == null ? "resolution" : "resolvedOn", RESOLUTION_INCOMPLETE));
        }
        if (resolvedOn != null && resolvedOn.isBefore(openedOn)) {
            problems.add(new FieldProblem("resolvedOn", RESOLVED_BEFORE_OPENED));
        }
        return problems;
    }
}
