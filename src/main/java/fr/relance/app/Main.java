package fr.relance.app;

import fr.relance.cli.RelanceCommand;
import javafx.application.Application;

/**
 * Entry point of the jar. Not a JavaFX {@link Application} itself, so the same jar starts from a plain class path
 * and answers command-line commands without touching the graphics toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure();
        int exit = RelanceCommand.commandLine(() -> {
            RelanceApp.launchArguments(args);
            Application.launch(RelanceApp.class, args);
        }, System.getenv()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
