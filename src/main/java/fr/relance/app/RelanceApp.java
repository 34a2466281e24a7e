package fr.relance.app;

import fr.relance.store.DataFileException;
import fr.relance.text.ErrorMessages;
import fr.relance.ui.common.FxBackgroundTasks;
import fr.relance.ui.common.FxDialogs;
import fr.relance.text.Messages;
import fr.relance.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The desktop app: opens the data file off the JavaFX thread, then shows the main window. */
public final class RelanceApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RelanceApp.class);

    private static volatile String[] arguments = new String[0];

    private final Messages messages = new Messages(Messages.uiLocale(Locale.getDefault()));
    private AppContext context;
    private DataFileException openFailure;
    private FxBackgroundTasks tasks;

    static void launchArguments(String[] args) {
        arguments = args.clone();
    }

    /** Runs on the launcher thread: the data file is opened and migrated before any window shows. */
    @Override
    public void init() {
        DataFolder folder = DataFolder.resolve(dataDirArgument(), System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        try {
            context = AppContext.open(folder, Clock.systemDefaultZone());
            Logging.toDataFolder(context.database().folder());
            LOG.info("Data file {}", context.database().file());
        } catch (DataFileException e) {
            LOG.warn("Cannot open the data file: {}", e.getMessage(), e);
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            new FxDialogs(null).showError(messages.get("error.dataFile.title"),
                    new ErrorMessages(messages).dataFile(openFailure));
            Platform.exit();
            return;
        }
        tasks = new FxBackgroundTasks();
        new MainWindow(stage, context.windowServices(messages.locale(), tasks));
        stage.show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (context != null) {
            context.close();
        }
    }

    private static Path dataDirArgument() {
        CommandLine.Model.OptionSpec option = CommandLine.Model.OptionSpec.builder("--data-dir").type(Path.class)
                .build();
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().addOption(option);
        spec.parser().unmatchedArgumentsAllowed(true);
        new CommandLine(spec).parseArgs(arguments);
        return option.getValue();
    }
}
