package fr.relance.documents;

import java.nio.file.Path;
import java.util.List;

/**
 * A dossier written: where, the SHA-256 of the file, the pages of its PDF, and the attachments whose content is not
 * reproduced in the PDF (each has a page there naming it and why).
 */
public record ExportedDossier(Path path, String sha256, int pages, List<MissingFile> missingFiles) {

    public ExportedDossier {
        missingFiles = List.copyOf(missingFiles);
    }

    /** An attachment not reproduced, and the sentence saying why. */
    public record MissingFile(String fileName, String reason) {
    }
}
