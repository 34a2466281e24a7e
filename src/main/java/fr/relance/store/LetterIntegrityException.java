package fr.relance.store;

/**
 * A stored letter's PDF no longer hashes to the SHA-256 recorded when it was sent: the bytes are not handed out,
 * since they would not be the evidence they claim to be.
 */
public final class LetterIntegrityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long letterId;
    private final String expected;
    private final String actual;

    public LetterIntegrityException(long letterId, String expected, String actual) {
        super("The PDF of letter " + letterId + " hashes to " + actual + ", not to the SHA-256 recorded when it was"
                + " sent (" + expected + "): it was changed after it was stored; restore a backup");
        this.letterId = letterId;
        this.expected = expected;
        this.actual = actual;
    }

    public long letterId() {
        return letterId;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
