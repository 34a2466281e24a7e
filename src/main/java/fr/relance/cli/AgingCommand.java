package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingReport;
import fr.relance.domain.AgingRow;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.exports.AgingExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code relance aging}: the aging list as a text table, for a quick look or a script. */
@Command(name = "aging", mixinStandardHelpOptions = true,
        description = "Affiche la balance âgée. / Prints the aging list.")
final class AgingCommand implements Callable<Integer> {

    @Mixin
    DataFileAccess dataFile;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ", description = "Date d'arrêté (défaut : aujourd'hui).")
    LocalDate asOf;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Nombre de débiteurs affichés, les plus gros encours d'abord (défaut ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--out", paramLabel = "FICHIER",
            description = "Écrit la balance dans un fichier .csv ou .xlsx (une feuille par devise) au lieu de l'afficher.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Messages messages = dataFile.messages();
        Formats formats = dataFile.formats();
        if (out != null && AgingExport.Format.of(out).isEmpty()) {
            dataFile.err().println(messages.get("export.error.extension", out.getFileName()));
            return 1;
        }
        try (AppContext context = dataFile.open()) {
            LocalDate date = asOf == null ? context.today() : asOf;
            AgingReport report = context.receivables().agingAsOf(date);
            if (this.out != null) {
                new AgingExport(messages).write(date, report.rows(), this.out);
                dataFile.out().println(messages.get("cli.aging.written", report.rows().size(),
                        this.out.toAbsolutePath()));
                return 0;
            }
            PrintWriter out = dataFile.out();
            out.println(messages.get("cli.aging.header", formats.date(date), report.rows().size()));
            List<String> header = new ArrayList<>(List.of(messages.get("aging.column.debtor"),
                    messages.get("aging.column.currency")));
            for (AgingBucket bucket : AgingBucket.values()) {
                header.add(messages.get("aging.bucket." + bucket.name()));
            }
            header.add(messages.get("aging.column.credits"));
            header.add(messages.get("aging.column.total"));
            header.add(messages.get("aging.column.dso"));
            out.println(line(header));
            report.rows().stream().limit(Math.max(0, top)).forEach(row -> out.println(line(cells(row, formats))));
            for (AgingRow currencyTotals : report.totalsByCurrency().values()) {
                List<String> totals = cells(currencyTotals, formats);
                totals.set(0, messages.get("aging.totals"));
                out.println(line(totals));
            }
            out.flush();
        }
        return 0;
    }

    private static List<String> cells(AgingRow row, Formats formats) {
        List<String> cells = new ArrayList<>(List.of(row.debtorName(), row.currency()));
        for (AgingBucket bucket : AgingBucket.values()) {
            cells.add(formats.money(row.bucket(bucket), row.currency()));
        }
        cells.add(formats.money(row.unallocatedCredits(), row.currency()));
        cells.add(formats.money(row.total(), row.currency()));
        cells.add((row.dso().capped() ? "≥ " : "") + formats.integer(row.dso().wholeDays()));
        return cells;
    }

    private static String line(List<String> cells) {
        StringBuilder text = new StringBuilder(String.format("%-34.34s %-4s", cells.get(0), cells.get(1)));
        for (String cell : cells.subList(2, cells.size())) {
            text.append(String.format("%16s", cell));
        }
        return text.toString();
    }
}
