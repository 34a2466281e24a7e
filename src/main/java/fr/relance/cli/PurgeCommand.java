package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.domain.privacy.PurgeCandidate;
import fr.relance.domain.privacy.PurgeResult;
import fr.relance.privacy.PersonalDataService;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance purge}: lists the debtors whose cases all closed longer ago than the retention period; with
 * {@code --yes}, deletes them (one transaction, logged).
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Liste (ou supprime avec --yes) les débiteurs dont les dossiers sont clos depuis plus que la durée "
                + "de conservation. / Lists (or deletes with --yes) debtors past the retention period.")
final class PurgeCommand implements Callable<Integer> {

    @Mixin
    DataFileAccess dataFile;

    @Option(names = "--yes", description = "Supprime les débiteurs listés. / Deletes the debtors listed.")
    boolean yes;

    @Override
    public Integer call() {
        Messages messages = dataFile.messages();
        Formats formats = dataFile.formats();
        PrintWriter out = dataFile.out();
        try (AppContext context = dataFile.open()) {
            PersonalDataService personalData = context.personalData();
            LocalDate today = context.today();
            List<PurgeCandidate> candidates = personalData.purgeCandidates(today);
            int years = personalData.retention().years();
            out.println(messages.get("cli.purge.header", years,
                    formats.date(personalData.retention().closedBefore(today)), candidates.size()));
            for (PurgeCandidate c : candidates) {
                out.println(messages.get("privacy.purge.line", c.debtorName(), c.accountCode(),
                        formats.date(c.lastClosedOn()), c.cases(), c.events(), c.documents(), c.letters()));
            }
            if (yes && !candidates.isEmpty()) {
                Set<Long> ids = candidates.stream().map(PurgeCandidate::debtorId).collect(Collectors.toSet());
                PurgeResult result = personalData.purge(ids, today, context.user());
                out.println(messages.get("privacy.purge.done", result.debtors(), result.events(),
                        result.documents(), result.letters()));
            } else if (!candidates.isEmpty()) {
                out.println(messages.get("cli.purge.dryRun"));
            }
        }
        return 0;
    }
}
