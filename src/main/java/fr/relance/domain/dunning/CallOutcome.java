package fr.relance.domain.dunning;

/** What came of a phone call to a debtor (call_log.outcome). */
public enum CallOutcome {
    REACHED,
    VOICEMAIL,
    WRONG_NUMBER,
    /** The debtor promised to pay: the call records a promise to pay too. */
    PROMISED,
    DISPUTES,
    REFUSES,
    CALL_BACK
}
