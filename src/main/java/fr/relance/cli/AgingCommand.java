package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingReport;
import fr.relance.domain.AgingRow;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code relance aging}: the aging list as a text table, for a quick look or a script. */
@Command(name = "aging", mixinStandardHelpOptions = true,
        description = "Affiche la balance âgée. / Prints the aging list.")
final class AgingCommand implements Callable<Integer> {

    @ParentCommand
    RelanceCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ", description = "Date d'arrêté (défaut : aujourd'hui).")
    LocalDate asOf;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Nombre de débiteurs affichés, les plus gros encours d'abord (défaut ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Locale locale = Messages.uiLocale(Locale.getDefault());
        Messages messages = new Messages(locale);
        Formats formats = new Formats(locale);
        try (AppContext context = AppContext.open(parent.dataFolder(), Clock.systemDefaultZone())) {
            LocalDate date = asOf == null ? context.today() : asOf;
            AgingReport report = context.receivables().agingAsOf(date);
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("cli.aging.header", formats.date(date), report.rows().size()));
            List<String> header = new ArrayList<>(List.of(messages.get("aging.column.debtor")));
            for (AgingBucket bucket : AgingBucket.values()) {
                header.add(messages.get("aging.bucket." + bucket.name()));
            }
            header.add(messages.get("aging.column.total"));
            out.println(line(header));
            report.rows().stream().limit(Math.max(0, top)).forEach(row -> out.println(line(cells(row, formats))));
            List<String> totals = cells(report.totals(fr.relance.domain.Currencies.DEFAULT), formats);
            totals.set(0, messages.get("aging.totals"));
            out.println(line(totals));
            out.flush();
        }
        return 0;
    }

    private static List<String> cells(AgingRow row, Formats formats) {
        List<String> cells = new ArrayList<>(List.of(row.debtorName()));
        for (AgingBucket bucket : AgingBucket.values()) {
            cells.add(formats.money(row.bucket(bucket)));
        }
        cells.add(formats.money(row.total()));
        return cells;
    }

    private static String line(List<String> cells) {
        StringBuilder text = new StringBuilder(String.format("%-34.34s", cells.get(0)));
        for (String cell : cells.subList(1, cells.size())) {
            text.append(String.format("%16s", cell));
        }
        return text.toString();
    }
}
