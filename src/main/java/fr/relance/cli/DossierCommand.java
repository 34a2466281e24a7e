package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.documents.DossierExportException;
import fr.relance.documents.DossierExporter;
import fr.relance.documents.DossierFormat;
import fr.relance.documents.ExportedDossier;
import fr.relance.store.DossierSourcesRepository;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relance dossier DEBTOR --out FILE.pdf|FILE.zip}: the agency-ready dossier of a debtor, named by its account
 * code (or its id), as one PDF or as a ZIP with the originals and claim.csv.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = "Exporte le dossier de recouvrement d'un débiteur (PDF ou ZIP). / Exports a debtor's agency "
                + "dossier (PDF or ZIP).")
final class DossierCommand implements Callable<Integer> {

    @Mixin
    DataFileAccess dataFile;

    @Parameters(index = "0", paramLabel = "DEBITEUR", description = "Compte client du débiteur (ex. 411DURAND) ou son "
            + "identifiant.")
    String debtor;

    @Option(names = "--out", paramLabel = "FICHIER", required = true,
            description = "Fichier à écrire : .pdf (un seul PDF) ou .zip (le PDF, les originaux et claim.csv).")
    Path out;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ", description = "Date d'arrêté de la créance (défaut : "
            + "aujourd'hui).")
    LocalDate asOf;

    @Override
    public Integer call() {
        Locale locale = dataFile.locale();
        Messages messages = new Messages(locale);
        DossierFormat format = DossierFormat.ofFile(out).orElseThrow(() -> new CliErrors.UserError(
                messages.get("dossier.error.badExtension", out.getFileName())));
        try (AppContext context = dataFile.open()) {
            long debtorId = new DossierSourcesRepository(context.database()).debtorIdOf(debtor)
                    .orElseThrow(() -> new CliErrors.UserError(messages.get("cli.dossier.unknownDebtor", debtor)));
            LocalDate date = asOf == null ? context.today() : asOf;
            ExportedDossier exported;
            try {
                exported = new DossierExporter(context.database(), () -> date, locale)
                        .export(debtorId, format, out, DossierExporter.Progress.NONE, () -> false);
            } catch (DossierExportException e) {
                throw new CliErrors.UserError(messages.get(e.messageKey(), e.target().getFileName(),
                        e.getCause() == null ? "" : e.getCause().getMessage()));
            }
            PrintWriter writer = dataFile.out();
            writer.println(messages.get("cli.dossier.written", out.toAbsolutePath(), exported.pages(),
                    exported.sha256()));
            for (ExportedDossier.MissingFile missing : exported.missingFiles()) {
                writer.println(messages.get("cli.dossier.missing", missing.fileName(), missing.reason()));
            }
            writer.flush();
        }
        return 0;
    }
}
