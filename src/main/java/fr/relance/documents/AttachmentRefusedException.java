package fr.relance.documents;

/**
 * A file that cannot be attached, and why; nothing was stored. The UI turns the reason into a sentence saying what
 * is wrong with the file and what to do ({@code document.error.<reason>}).
 */
public final class AttachmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a file is refused. */
    public enum Reason {
        MISSING, NOT_A_FILE, UNREADABLE, EMPTY, TOO_LARGE, UNSUPPORTED_TYPE, PDF_ENCRYPTED, PDF_CORRUPT,
        IMAGE_CORRUPT, EMAIL_CORRUPT, OFFICE_CORRUPT, CHANGED
    }

    private final Reason reason;
    private final String fileName;
    /** The size for TOO_LARGE, the detected media type for UNSUPPORTED_TYPE; else null. */
    private final transient Object detail;

    public AttachmentRefusedException(Reason reason, String fileName, Object detail, Throwable cause) {
        super(reason + ": " + fileName + (detail == null ? "" : " (" + detail + ")"), cause);
        this.reason = reason;
        this.fileName = fileName;
        this.detail = detail;
    }

    public AttachmentRefusedException(Reason reason, String fileName) {
        this(reason, fileName, null, null);
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    public Object detail() {
        return detail;
    }

    /** The message key of the reason. */
    public String messageKey() {
        return "document.error." + switch (reason) {
            case MISSING -> "missing";
            case NOT_A_FILE -> "notAFile";
            case UNREADABLE -> "unreadable";
            case EMPTY -> "empty";
            case TOO_LARGE -> "tooLarge";
            case UNSUPPORTED_TYPE -> "unsupported";
            case PDF_ENCRYPTED -> "pdfEncrypted";
            case PDF_CORRUPT -> "pdfCorrupt";
            case IMAGE_CORRUPT -> "imageCorrupt";
            case EMAIL_CORRUPT -> "emailCorrupt";
            case OFFICE_CORRUPT -> "officeCorrupt";
            case CHANGED -> "changed";
        };
    }
}
