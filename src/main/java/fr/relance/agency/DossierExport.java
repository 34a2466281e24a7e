package fr.relance.agency;

import fr.relance.domain.dossier.DossierChecklist;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Produces the dossier handed over to an agency: the file the controller sends, and its SHA-256, which the
 * AGENCY_HANDOVER event keeps as proof of what was sent. The dossier PDF/ZIP exporter plugs in here.
 */
public interface DossierExport {

    /**
     * Writes the debtor's dossier to {@code target} (complete or not at all) and returns what was written.
     *
     * @param checklist the checklist on the handover's day, for the dossier to print
     */
    ExportedDossier export(long debtorId, LocalDate asOf, DossierChecklist checklist, Path target);

    /** The file extension the exporter writes, without the dot ("pdf", "zip"). */
    String extension();

    /** What was written: the file, its size and the SHA-256 of its bytes (64 lowercase hex digits). */
    record ExportedDossier(Path file, long sizeBytes, String sha256) {
    }
}
