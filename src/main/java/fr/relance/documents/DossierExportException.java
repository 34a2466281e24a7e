package fr.relance.documents;

import java.nio.file.Path;

/**
 * A dossier that could not be written; no file was left behind. The UI and the command line word the reason
 * ({@code dossier.error.<reason>}) with the file's name.
 */
public final class DossierExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the export failed. */
    public enum Reason {
        /** The file name ends neither in .pdf nor in .zip. */
        BAD_EXTENSION,
        /** The folder to write into does not exist. */
        NO_FOLDER,
        /** The folder exists but cannot be written to. */
        NOT_WRITABLE,
        /** The disk filled up while writing. */
        DISK_FULL,
        /** Any other failure to write. */
        WRITE_FAILED;

        public String messageKey() {
            return "dossier.error." + switch (this) {
                case BAD_EXTENSION -> "badExtension";
                case NO_FOLDER -> "noFolder";
                case NOT_WRITABLE -> "notWritable";
                case DISK_FULL -> "diskFull";
                case WRITE_FAILED -> "writeFailed";
            };
        }
    }

    private final Reason reason;
    private final transient Path target;

    public DossierExportException(Reason reason, Path target, Throwable cause) {
        super(reason + ": " + target + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage()
                + ")"), cause);
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }

    /** The sentence's key; its arguments are the file name and, for WRITE_FAILED, the system's message. */
    public String messageKey() {
        return reason.messageKey();
    }
}
