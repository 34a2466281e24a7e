package fr.relance.cli;

import fr.relance.app.DataFolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relance}: with no command it opens the desktop app; commands run the same services headless on the same
 * data file.
 */
@Command(name = "relance", mixinStandardHelpOptions = true, version = "Relance 0.1",
        description = {"Relance: le poste du credit manager (relances, mises en demeure, dossiers).",
                "Sans commande, ouvre l'application. / Without a command, opens the desktop app."},
        subcommands = {DemoCommand.class, ImportCommand.class, AgingCommand.class, WorklistCommand.class,
                BackupCommand.class, RestoreCommand.class, LettersCommand.class})
public final class RelanceCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DOSSIER",
            description = "Dossier du fichier de données (défaut : $RELANCE_HOME, sinon le dossier de données de "
                    + "l'utilisateur). / Data folder.")
    Path dataDir;

    private final Runnable openDesktop;
    private final java.util.Map<String, String> env;

    public RelanceCommand(Runnable openDesktop, java.util.Map<String, String> env) {
        this.openDesktop = openDesktop;
        this.env = env;
    }

    @Override
    public Integer call() {
        openDesktop.run();
        return 0;
    }

    DataFolder dataFolder() {
        return DataFolder.resolve(dataDir, env, System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** Builds the command line; the exit code of {@code execute} is the process's. */
    public static CommandLine commandLine(Runnable openDesktop, java.util.Map<String, String> env) {
        CommandLine commandLine = new CommandLine(new RelanceCommand(openDesktop, env));
        commandLine.setExecutionExceptionHandler(new CliErrors());
        return commandLine;
    }
}
