package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Rows written with a timeline event (a worklist decision, a call, a promise, an acknowledgement, a claim
 * declaration) count only while that event is not reversed. The reversal is a correction of the record: the row
 * is void from the start, and the original and the reversal both stay in the timeline.
 */
final class Reversals {

    private Reversals() {
    }

    /** True when the row's event is not reversed (or the row has no event). */
    static Condition notReversed(Field<Long> eventId) {
        var reversal = CASE_EVENT.as("reversal");
        return eventId.isNull().or(DSL.notExists(DSL.selectOne().from(reversal)
                .where(reversal.REVERSES_EVENT_ID.eq(eventId))));
    }
}
