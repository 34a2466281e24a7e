package fr.relance.domain.agency;

/** What the agency says of the case in a report. */
public enum AgencyReportStatus {
    IN_PROGRESS,
    PROMISE_OBTAINED,
    PARTLY_COLLECTED,
    COLLECTED,
    /** The agency gives up, or closes the case on its side. */
    FAILED;

    /** Collected, in part or in full: the report must carry an amount. */
    public boolean collects() {
        return this == PARTLY_COLLECTED || this == COLLECTED;
    }
}
