package fr.relance.domain.dunning;

import fr.relance.domain.FieldProblem;
import fr.relance.domain.OpenItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The debtor acknowledged the debt, even in part: the limitation period is interrupted and a fresh full period
 * starts that day (Code civil 2240, 2231).
 *
 * @param on        the day of the acknowledgement (payment received, plan signed, letter dated)
 * @param invoiceId the invoice acknowledged; null for every invoice of the debtor issued by then (a signed
 *                  payment plan, a letter acknowledging the whole balance)
 * @param source    what the acknowledgement is
 */
public record DebtAcknowledgement(LocalDate on, Long invoiceId, Source source) {

    public static final String DATE_REQUIRED = "dunning.acknowledgement.dateRequired";
    public static final String IN_FUTURE = "dunning.acknowledgement.inFuture";

    /** What acknowledged the debt (domain reference, section 8). */
    public enum Source {
        /** A part payment allocated to the invoice. */
        PART_PAYMENT,
        /** The agreement date of a signed payment plan. */
        PAYMENT_PLAN,
        /** A written acknowledgement recorded by the controller. */
        WRITTEN
    }

    public DebtAcknowledgement {
        Objects.requireNonNull(source, "source");
    }

    /** A written acknowledgement being recorded on {@code asOf}: dated, and not in the future. */
    public static List<FieldProblem> validateWritten(LocalDate on, LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new FieldProblem("acknowledgedOn", DATE_REQUIRED));
        } else if (on.isAfter(asOf)) {
            problems.add(new FieldProblem("acknowledgedOn", IN_FUTURE));
        }
        return problems;
    }

    /** Whether it acknowledges this invoice: the invoice named, or, for the whole debt, any invoice issued by then. */
    public boolean covers(OpenItem item) {
        return invoiceId == null ? !item.issueDate().isAfter(on) : invoiceId == item.invoiceId();
    }
}
