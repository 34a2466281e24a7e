package fr.relance.domain;

/** A computation needs the rate of a half-year that the rates table does not have. Never a silent zero. */
public final class MissingRateException extends RuntimeException {

    private final HalfYear halfYear;

    public MissingRateException(HalfYear halfYear) {
        super("No rate for half-year " + halfYear + ": add it in Settings > Rates.");
        this.halfYear = halfYear;
    }

    public HalfYear halfYear() {
        return halfYear;
    }
}
