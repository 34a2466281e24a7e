package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.domain.dunning.Worklist;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.dunning.WorklistService;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.text.WorklistLines;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance worklist}: the actions of the day, grouped as on screen. It decides nothing; only the payment plans'
 * follow-up records the defaults and completions it finds (see {@link WorklistService#worklist}).
 */
@Command(name = "worklist", mixinStandardHelpOptions = true,
        description = "Affiche les actions de relance du jour. / Prints the day's dunning actions.")
final class WorklistCommand implements Callable<Integer> {

    /** Debtor, action, amount, days overdue, last contact, notes. */
    private static final String ROW = "  %-30.30s %-52.52s %14s %10s %-15s %s";

    @Mixin
    DataFileAccess dataFile;

    @Option(names = "--as-of", paramLabel = "AAAA-MM-JJ", description = "Date du jour (défaut : aujourd'hui).")
    LocalDate asOf;

    @Override
    public Integer call() {
        Messages messages = dataFile.messages();
        Formats formats = dataFile.formats();
        try (AppContext context = dataFile.open()) {
            LocalDate date = asOf == null ? context.today() : asOf;
            List<WorklistItem> items = new WorklistService(context.database(), System.getProperty("user.name"))
                    .worklist(date);
            PrintWriter out = dataFile.out();
            out.println(messages.get("cli.worklist.header", formats.date(date), items.size()));
            if (items.isEmpty()) {
                out.println(messages.get("cli.worklist.nothing"));
            }
            // The groups of the screen: claim filings and broken promises first, then the policy's actions in
            // order, then call-backs and limitation warnings, each line with what to do and by when.
            for (Map.Entry<String, List<WorklistItem>> group : Worklist.grouped(items).entrySet()) {
                out.println();
                out.println(messages.get("worklist.group." + group.getKey()) + " (" + group.getValue().size() + ")");
                out.println(String.format(ROW, messages.get("aging.column.debtor"), messages.get("cli.worklist.action"),
                        messages.get("cli.worklist.amount"), messages.get("cli.worklist.daysOverdue"),
                        messages.get("cli.worklist.lastContact"), messages.get("cli.worklist.flags")));
                for (WorklistItem item : group.getValue()) {
                    String flags = item.flags().stream().sorted().map(f -> messages.get("worklist.flag." + f))
                            .collect(Collectors.joining(", "));
                    out.println(String.format(ROW, item.debtorName(), WorklistLines.action(item, messages, formats),
                            formats.money(item.amount()), formats.integer(item.daysOverdue()),
                            item.lastContact() == null ? "—" : formats.date(item.lastContact()), flags).stripTrailing());
                }
            }
            out.flush();
        }
        return 0;
    }
}
