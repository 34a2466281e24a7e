package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.letters.LetterBodyText;
import fr.relance.domain.letters.LetterContent;
import fr.relance.dunning.LetterRun;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Formats;
import fr.relance.text.LetterLines;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance letters}: the day's letters, headless. The worklist's letter lines for the date are composed and
 * checked; the printable ones are written into one PDF (each letter on an odd page), with {@code FILE-depot.pdf}
 * beside it when some are registered; one line per letter, and the reason of each one excluded. With
 * {@code --record} the letters are then kept as evidence and their lines recorded as done (one transaction each).
 */
@Command(name = "letters", mixinStandardHelpOptions = true,
        description = "Produit les courriers du jour en un seul PDF prêt à imprimer (+ liste de dépôt des "
                + "recommandés). / Writes the day's letters into one print-ready PDF (+ registered mail deposit list).")
final class LettersCommand implements Callable<Integer> {

    @Mixin
    DataFileAccess dataFile;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ", description = "Date des courriers (défaut : aujourd'hui).")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.pdf", description = "Le PDF à écrire.")
    Path out;

    @Option(names = "--record", description = "Enregistre les courriers comme envoyés (dossier + actions du jour).")
    boolean record;

    @Override
    public Integer call() {
        Locale locale = dataFile.locale();
        Messages messages = new Messages(locale);
        Formats formats = new Formats(locale);
        LetterLines words = new LetterLines(messages);
        try (AppContext context = dataFile.open()) {
            LocalDate date = asOf == null ? context.today() : asOf;
            LetterRun run = context.letterRun();
            PrintWriter console = dataFile.out();
            List<LetterRun.Line> lines = run.review(run.letterLines(date), date, LetterRun.Progress.NONE);
            console.println(messages.get("cli.letters.header", formats.date(date), lines.size()));
            if (lines.isEmpty()) {
                console.println(messages.get("cli.letters.nothing"));
                console.flush();
                return 0;
            }
            for (LetterRun.Line line : lines) {
                if (line.printable()) {
                    LetterContent content = line.letter().content();
                    console.println(messages.get("cli.letters.line", line.item().debtorName(),
                            words.kind(line.kind()), formats.money(LetterBodyText.principal(content)
                                    .add(LetterBodyText.penalties(content)).add(LetterBodyText.indemnities(content))),
                            words.channel(line.channel())));
                } else {
                    console.println(messages.get("cli.letters.excluded", line.item().debtorName(),
                            words.kind(line.kind()), words.exclusion(line)));
                }
            }
            if (lines.stream().noneMatch(LetterRun.Line::printable)) {
                throw new CliErrors.UserError(messages.get("cli.letters.nonePrintable"));
            }
            LetterRun.Batch batch;
            try {
                batch = run.generate(lines, out, locale, LetterRun.Progress.NONE);
            } catch (InvalidInputException refused) {
                throw new CliErrors.UserError(new ErrorMessages(messages).refusal(refused));
            }
            console.println(messages.get("cli.letters.written", batch.letterCount(), batch.pages(), batch.letters()));
            if (batch.depositList() != null) {
                console.println(messages.get("cli.letters.deposit", batch.registeredCount(), batch.depositList()));
            }
            if (record) {
                LetterRun.Recorded recorded = run.markSent(lines, date, context.user(), LetterRun.Progress.NONE);
                console.println(messages.get("cli.letters.recorded", recorded.sent().size()));
                if (recorded.failed() != null) {
                    console.flush();
                    throw new CliErrors.UserError(messages.get("cli.letters.recordFailed",
                            recorded.failed().item().debtorName(),
                            new ErrorMessages(messages).describe(recorded.failure()), recorded.sent().size(),
                            recorded.notRecorded().size() + 1));
                }
            }
            console.flush();
        }
        return 0;
    }
}
