package fr.relance.store;

/**
 * A stored document's bytes no longer match the SHA-256 fingerprint recorded when it was stored: the copy in the
 * data file was altered (disk damage, or a change behind Relance's back). Its bytes are not handed out; the user
 * should restore a backup.
 */
public final class DocumentTamperedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long documentId;
    private final String fileName;
    private final String expected;
    private final String actual;

    public DocumentTamperedException(long documentId, String fileName, String expected, String actual) {
        super("Document " + documentId + " (" + fileName + "): the stored copy no longer matches its SHA-256 "
                + "fingerprint (expected " + expected + ", found " + actual + "); restore it from a backup");
        this.documentId = documentId;
        this.fileName = fileName;
        this.expected = expected;
        this.actual = actual;
    }

    public long documentId() {
        return documentId;
    }

    public String fileName() {
        return fileName;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
