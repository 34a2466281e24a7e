package fr.relance.domain.dunning;

import java.time.LocalDate;

/** How often the instalments of a payment plan fall due. */
public enum Frequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY;

    /**
     * Due date of the instalment at {@code index} (0 = the first). Months are counted from the first date each
     * time, so a plan starting on 31 January falls due on 28 (or 29) February, then on 31 March.
     */
    public LocalDate dueDate(LocalDate first, int index) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case MONTHLY -> first.plusMonths(index);
            case QUARTERLY -> first.plusMonths(3L * index);
        };
    }
}
