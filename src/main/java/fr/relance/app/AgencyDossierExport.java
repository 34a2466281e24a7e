package fr.relance.app;

import fr.relance.agency.DossierExport;
import fr.relance.documents.DossierExporter;
import fr.relance.documents.DossierFormat;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.dossier.DossierChecklist;
import fr.relance.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The dossier a handover sends: the agency dossier of {@link DossierExporter} as a ZIP holding the dossier PDF
 * (cover naming the agency, checklist, chronology, statement, every attachment), the original files and claim.csv:
 * what an agency needs to act and to show a court, in one file whose SHA-256 the handover event keeps.
 */
public final class AgencyDossierExport implements DossierExport {

    private final Database database;
    private final Locale locale;
    private final DossierFormat format;

    public AgencyDossierExport(Database database, Locale locale) {
        this(database, locale, DossierFormat.ZIP);
    }

    public AgencyDossierExport(Database database, Locale locale, DossierFormat format) {
        this.database = database;
        this.locale = locale;
        this.format = format;
    }

    @Override
    public ExportedDossier export(long debtorId, CollectionAgency agency, LocalDate asOf, DossierChecklist checklist,
                                  Path target, Steps steps) {
        fr.relance.documents.ExportedDossier written = new DossierExporter(database, () -> asOf, locale)
                .exportForHandover(debtorId, agency, checklist, format, target, steps::advanced, steps::isCancelled);
        try {
            return new ExportedDossier(written.path(), Files.size(written.path()), written.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String extension() {
        return format.extension();
    }
}
