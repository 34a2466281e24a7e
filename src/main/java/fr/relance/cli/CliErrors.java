package fr.relance.cli;

import fr.relance.store.DataFileException;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.util.Locale;
import picocli.CommandLine;

/** A failed command prints one sentence that says what to do, and exits with 1; the trace goes to the log. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Messages messages = new Messages(Messages.uiLocale(Locale.getDefault()));
        String text;
        if (e instanceof UserError userError) {
            text = userError.getMessage();
        } else if (e instanceof DataFileException dataFile) {
            text = new ErrorMessages(messages).dataFile(dataFile);
        } else {
            text = new ErrorMessages(messages).describe(e);
        }
        commandLine.getErr().println(commandLine.getColorScheme().errorText(text));
        return FAILED;
    }

    /** A mistake of the user's, already worded for them. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
