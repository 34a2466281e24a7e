package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command working on the data file shares, mixed in with {@code @Mixin}: the data folder and its
 * password from the top command's options ({@code --data-dir}, {@code --password-file}, else the environment), the
 * data file opened as the app opens it (locked to any other Relance, migrated), and the user's language for what
 * the command prints. Whatever goes wrong opening it ({@code DataFileException}: locked, wrong password, missing
 * folder...) reaches {@link CliErrors}, which says it in one sentence and exits with 1.
 *
 * <p>Picocli takes as a mixin only a class with one of its annotations: the bare {@code @Command} adds nothing to the
 * commands it is mixed into (their options, help and exit codes stay theirs).
 */
@Command
final class DataFileAccess {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The data folder named on the command line or by the environment; its password remembered if encrypted. */
    DataFolder folder() {
        return ((RelanceCommand) command.parent().userObject()).dataFolder();
    }

    /** Opens the data file, as of the system clock; the caller closes it. */
    AppContext open() {
        return open(folder());
    }

    AppContext open(DataFolder folder) {
        return AppContext.open(folder, Clock.systemDefaultZone());
    }

    Locale locale() {
        return Messages.uiLocale(Locale.getDefault());
    }

    Messages messages() {
        return new Messages(locale());
    }

    Formats formats() {
        return new Formats(locale());
    }

    /** Where the command prints its results. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Where the command prints what went wrong. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
