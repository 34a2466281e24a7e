package fr.relance.agency;

import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.dossier.DossierChecklist;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Produces the dossier handed over to an agency: the file the controller sends, and its SHA-256, which the
 * AGENCY_HANDOVER event keeps as proof of what was sent. The application plugs the agency dossier of
 * {@code documents.DossierExporter} in here.
 */
public interface DossierExport {

    /** How far the export is, and whether the controller cancelled it. */
    interface Steps {
        Steps NONE = new Steps() {
            @Override
            public void advanced(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        void advanced(int done, int total);

        boolean isCancelled();
    }

    /**
     * Writes the debtor's dossier to {@code target} (complete or not at all: a failure or a cancellation leaves no
     * file) and returns what was written.
     *
     * @param agency    the agency the case is handed to, named on the cover
     * @param checklist the checklist on the handover's day, for the dossier to print
     * @throws java.util.concurrent.CancellationException when {@code steps} says it is cancelled
     */
    ExportedDossier export(long debtorId, CollectionAgency agency, LocalDate asOf, DossierChecklist checklist,
                           Path target, Steps steps);

    /** The file extension the exporter writes, without the dot ("pdf", "zip"). */
    String extension();

    /** What was written: the file, its size and the SHA-256 of its bytes (64 lowercase hex digits). */
    record ExportedDossier(Path file, long sizeBytes, String sha256) {
    }
}
