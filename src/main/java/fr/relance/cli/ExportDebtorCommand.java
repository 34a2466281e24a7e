package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.domain.privacy.DebtorData;
import fr.relance.privacy.PersonalDataService;
import fr.relance.text.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code relance export-debtor DEBTOR --out FILE.zip}: everything held about one debtor (a GDPR access request). */
@Command(name = "export-debtor", mixinStandardHelpOptions = true,
        description = "Exporte toutes les données d'un débiteur (JSON + documents) dans un ZIP. / Exports everything "
                + "held about one debtor.")
final class ExportDebtorCommand implements Callable<Integer> {

    @Mixin
    DataFileAccess dataFile;

    @Parameters(index = "0", paramLabel = "DEBITEUR", description = "Compte client (411DURAND) ou numéro du débiteur.")
    String debtor;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.zip", description = "Le ZIP à écrire.")
    Path out;

    @Override
    public Integer call() {
        Messages messages = dataFile.messages();
        try (AppContext context = dataFile.open()) {
            PersonalDataService personalData = context.personalData();
            long debtorId = personalData.debtorIdOf(debtor).orElseThrow(() ->
                    new CliErrors.UserError(messages.get("cli.exportDebtor.unknown", debtor)));
            DebtorData exported = personalData.exportDebtor(debtorId, out, Instant.now());
            dataFile.out().println(messages.get("cli.exportDebtor.done", exported.name(),
                    exported.documentIds().size(), out.toAbsolutePath()));
        }
        return 0;
    }
}
