package fr.relance.documents;

/** Sends a letter's PDF to a printer, after the system's print dialog. Called off the JavaFX thread. */
@FunctionalInterface
public interface LetterPrinter {

    /** @return false when the user cancelled the print dialog */
    boolean print(byte[] pdf, String jobName) throws Exception;
}
