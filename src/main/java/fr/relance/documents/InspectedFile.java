package fr.relance.documents;

import fr.relance.domain.documents.FileType;
import java.nio.file.Path;

/**
 * A file checked and ready to attach.
 *
 * @param type              the real type, read from the bytes
 * @param misnamed          the extension names another type (a PNG saved as ".pdf"): it is stored as what it is
 * @param pageCount         the pages of a PDF, else 0
 */
public record InspectedFile(Path path, String fileName, long size, FileType type, boolean misnamed, int pageCount) {
}
