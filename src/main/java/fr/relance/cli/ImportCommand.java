package fr.relance.cli;

import static fr.relance.imports.ImportService.Progress.NONE;

import fr.relance.app.AppContext;
import fr.relance.domain.RejectedLine;
import fr.relance.imports.ColumnMapping;
import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.imports.MappingPreset;
import fr.relance.exports.RejectionsCsv;
import fr.relance.store.LedgerImport;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code relance import FILE}: the import wizard headless, for a scheduled task. With rejected lines nothing is
 * imported unless {@code --accept-valid}; the exit code is then 3 either way, so a scheduler notices.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importe factures, avoirs et paiements (CSV, Excel, FEC). / Imports a ledger export.")
final class ImportCommand implements Callable<Integer> {

    static final int REJECTED_LINES = 3;

    @Mixin
    DataFileAccess dataFile;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Fichier CSV, TXT, XLSX ou FEC.")
    Path file;

    @Option(names = "--format", paramLabel = "csv|xlsx|fec", description = "Format (défaut : détecté).")
    String format;

    @Option(names = "--preset", paramLabel = "NOM",
            description = "Correspondance de colonnes enregistrée à utiliser (défaut : celle du même en-tête, "
                    + "sinon devinée).")
    String preset;

    @Option(names = "--sheet", paramLabel = "FEUILLE", description = "Feuille Excel (défaut : la première).")
    String sheet;

    @Option(names = "--accept-valid",
            description = "Importer les lignes valides même s’il y a des lignes rejetées.")
    boolean acceptValid;

    @Option(names = "--rejections", paramLabel = "FICHIER.csv",
            description = "Écrire les lignes rejetées dans ce fichier CSV.")
    Path rejectionsFile;

    @Override
    public Integer call() throws Exception {
        Messages messages = dataFile.messages();
        ErrorMessages errors = new ErrorMessages(messages);
        PrintWriter out = dataFile.out();
        ImportService.unreadable(file).ifPresent(key -> {
            throw new CliErrors.UserError(messages.get(key, file));
        });
        try (AppContext context = dataFile.open()) {
            ImportService imports = context.imports();
            ImportFormat chosen = format == null ? imports.detect(file) : parseFormat(messages);
            ImportService.Preview preview = imports.preview(file, chosen, sheet);
            ColumnMapping mapping = preview.mapping();
            if (preset != null) {
                mapping = imports.presetNamed(preset).map(MappingPreset::mapping).orElseThrow(() ->
                        new CliErrors.UserError(messages.get("cli.import.noPreset", preset)));
            }
            out.println(messages.get("cli.import.reading", file, messages.get("import.format." + chosen.name())));
            out.flush();
            ImportService.ReadResult read = imports.read(file, chosen, mapping, preview.sheet(), NONE);
            if (read.skipped() > 0) {
                out.println(messages.get("cli.import.skipped", read.skipped()));
            }
            for (RejectedLine line : read.rejected().stream().limit(50).toList()) {
                out.println(messages.get("cli.import.rejected", line.lineNumber(),
                        line.column() == null ? "" : line.column(), errors.rejection(line)));
            }
            if (read.rejected().size() > 50) {
                out.println(messages.get("cli.import.moreRejected", read.rejected().size() - 50));
            }
            if (rejectionsFile != null && !read.rejected().isEmpty()) {
                RejectionsCsv.write(rejectionsFile, read.rejected(), messages);
            }
            if (!read.rejected().isEmpty() && !acceptValid) {
                out.println(messages.get("cli.import.nothingImported", read.rejected().size()));
                out.flush();
                return REJECTED_LINES;
            }
            LedgerImport.Summary summary = imports.importEntries(read, context.today(), NONE);
            if (summary.alreadyImportedAt() != null) {
                out.println(messages.get("import.alreadyImported",
                        dataFile.formats().date(summary.alreadyImportedAt().toLocalDate())));
            } else {
                out.println(messages.get("import.summary", summary.created(), summary.updated(), summary.closed(),
                        summary.unchanged(), summary.paymentsAdded(), summary.rejected()));
            }
            out.flush();
            return read.rejected().isEmpty() ? 0 : REJECTED_LINES;
        }
    }

    private ImportFormat parseFormat(Messages messages) {
        try {
            return ImportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliErrors.UserError(messages.get("cli.import.badFormat", format));
        }
    }
}
