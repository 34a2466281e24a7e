package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.demo.DemoDataService;
import fr.relance.demo.DemoLedger;
import fr.relance.demo.DemoSize;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code relance demo --size N}: fills an empty data file with a generated French SME ledger. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Charge des données de démonstration dans un fichier vide. / Loads demo data into an empty "
                + "data file.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataFileAccess dataFile;

    @Option(names = "--size", paramLabel = "N", defaultValue = "5000",
            description = "Nombre de factures (défaut ${DEFAULT-VALUE}, environ 6 débiteurs pour 100). / Invoices.")
    int size;

    @Option(names = "--debtors", paramLabel = "N", description = "Nombre de débiteurs (défaut : selon --size).")
    Integer debtors;

    @Override
    public Integer call() {
        Messages messages = dataFile.messages();
        DemoSize demoSize;
        try {
            demoSize = debtors == null ? DemoSize.ofInvoices(size) : new DemoSize(debtors, size);
        } catch (IllegalArgumentException e) {
            throw new CliErrors.UserError(messages.get("cli.demo.badSize", e.getMessage()));
        }
        try (AppContext context = dataFile.open()) {
            if (!context.receivables().isEmpty() || context.debtors().count() > 0) {
                throw new CliErrors.UserError(messages.get("cli.demo.notEmpty", context.database().file()));
            }
            PrintWriter out = dataFile.out();
            int[] lastPercent = {-1};
            DemoLedger ledger = context.demo().load(demoSize, context.today(), (done, total) -> {
                int percent = (int) (100 * done / Math.max(1, total));
                if (percent / 10 != lastPercent[0] / 10) {
                    lastPercent[0] = percent;
                    out.print(percent + "% ");
                    out.flush();
                }
            }, () -> false);
            out.println();
            out.println(messages.get("cli.demo.done", ledger.debtors().size(), ledger.invoiceCount(),
                    ledger.payments().size(), context.database().file()));
            out.flush();
        }
        return 0;
    }
}
