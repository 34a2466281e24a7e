package fr.relance.domain.dunning;

import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a double click or a second run of the same batch from recording an action twice: the timeline is the
 * evidence of collection efforts (domain reference, section 9) and must not show a letter sent twice.
 */
public final class ExecutionGuard {

    private ExecutionGuard() {
    }

    /** The same debtor, action and step on the same day as the last recorded action. */
    public static boolean isDuplicate(ExecutedAction lastRecorded, ExecutedAction request) {
        return lastRecorded != null
                && lastRecorded.debtorId() == request.debtorId()
                && lastRecorded.stepPosition() == request.stepPosition()
                && Objects.equals(lastRecorded.action(), request.action())
                && Objects.equals(lastRecorded.on(), request.on());
    }

    /** What to record for the request: nothing when it repeats the last recorded action. */
    public static Optional<ExecutedAction> toRecord(ExecutedAction lastRecorded, ExecutedAction request) {
        return isDuplicate(lastRecorded, request) ? Optional.empty() : Optional.of(request);
    }
}
