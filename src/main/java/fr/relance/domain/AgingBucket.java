package fr.relance.domain;

/** Aging buckets by days past the due date, as of a given date. */
public enum AgingBucket {
    NOT_DUE(Long.MIN_VALUE, 0),
    DAYS_1_30(1, 30),
    DAYS_31_60(31, 60),
    DAYS_61_90(61, 90),
    DAYS_91_120(91, 120),
    OVER_120(121, Long.MAX_VALUE);

    private final long fromDays;
    private final long toDays;

    AgingBucket(long fromDays, long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** @param daysPastDue as-of date minus due date; zero or negative means not yet due. */
    public static AgingBucket forDaysPastDue(long daysPastDue) {
        for (AgingBucket bucket : values()) {
            if (daysPastDue >= bucket.fromDays && daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new AssertionError("no bucket for " + daysPastDue);
    }
}
