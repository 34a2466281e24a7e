package fr.relance.cli;

import fr.relance.app.DataFilePasswords;
import fr.relance.store.Database;
import fr.relance.text.Messages;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

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
@Command(name = "relance", mixinStandardHelpOptions = true, versionProvider = RelanceCommand.Version.class,
        description = {"Relance: le poste du credit manager (relances, mises en demeure, dossiers).",
                "Sans commande, ouvre l'application. / Without a command, opens the desktop app."},
        subcommands = {DemoCommand.class, ImportCommand.class, AgingCommand.class, WorklistCommand.class,
                BackupCommand.class, RestoreCommand.class, LettersCommand.class, ExportDebtorCommand.class,
                PurgeCommand.class, DossierCommand.class})
public final class RelanceCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DOSSIER",
            description = "Dossier du fichier de données (défaut : $RELANCE_HOME, sinon le dossier de données de "
                    + "l'utilisateur). / Data folder.")
    Path dataDir;

    @Option(names = "--password-file", paramLabel = "FICHIER",
            description = "Fichier dont la première ligne est le mot de passe d'un fichier de données chiffré "
                    + "(sinon $RELANCE_PASSWORD, sinon il est demandé). / Password of an encrypted data file.")
    Path passwordFile;

    /** The environment variable that may hold the password of an encrypted data file (scripts, scheduled tasks). */
    public static final String PASSWORD_VARIABLE = "RELANCE_PASSWORD";

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

    /**
     * The data folder; when its file is encrypted, its password is taken from --password-file, else from
     * RELANCE_PASSWORD, else asked on the console, and remembered for every opening of the folder in this process.
     */
    DataFolder dataFolder() {
        DataFolder folder = DataFolder.resolve(dataDir, env, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        if (Database.isEncrypted(folder.path())) {
            char[] password = password(folder.path(), DataFilePasswords.of(folder.path()) == null);
            if (password != null) {
                DataFilePasswords.remember(folder.path(), password);
            }
        }
        return folder;
    }

    private char[] password(Path folder, boolean mayAsk) {
        Messages messages = new Messages(Messages.uiLocale(Locale.getDefault()));
        if (passwordFile != null) {
            try {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new CliErrors.UserError(messages.get("cli.password.emptyFile", passwordFile));
                }
                return lines.get(0).toCharArray();
            } catch (IOException e) {
                throw new CliErrors.UserError(messages.get("cli.password.unreadableFile", passwordFile));
            }
        }
        String fromEnv = env.get(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null || !mayAsk) {
            return null; // opening then says the password is needed and how to give it
        }
        return console.readPassword("%s", messages.get("cli.password.prompt", folder));
    }

    /** {@code relance --version}: this build's version and build time, as the About dialog shows them. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Relance " + fr.relance.app.AppVersion.current()
                    + fr.relance.app.AppVersion.buildTime().map(time -> " (" + time + ")").orElse("")};
        }
    }

    /** Builds the command line; the exit code of {@code execute} is the process's. */
    public static CommandLine commandLine(Runnable openDesktop, java.util.Map<String, String> env) {
        CommandLine commandLine = new CommandLine(new RelanceCommand(openDesktop, env));
        commandLine.setExecutionExceptionHandler(new CliErrors());
        return commandLine;
    }
}
