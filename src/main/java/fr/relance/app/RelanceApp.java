package fr.relance.app;

import fr.relance.store.Database;
import fr.relance.ui.shell.PasswordPrompt;

import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
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
    private boolean alreadyRunning;
    private boolean quitAtPassword;
    private DataFolder folder;
    private FxBackgroundTasks tasks;
    private InstanceChannel channel;
    private volatile Stage stage;

    static void launchArguments(String[] args) {
        arguments = args.clone();
    }

    /** Runs on the launcher thread: the data file is opened and migrated before any window shows. */
    @Override
    public void init() {
        folder = DataFolder.resolve(dataDirArgument(), System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        try {
            context = openAskingThePassword(folder);
            if (context == null) {
                return; // the user quit at the password dialog
            }
            Logging.toDataFolder(context.database().folder());
            LOG.info("Data file {}", context.database().file());
        } catch (DataFileException e) {
            // Locked: if it is another Relance, it comes to the front and this start says so, then ends.
            alreadyRunning = e.reason() == DataFileException.Reason.LOCKED
                    && InstanceChannel.askToFront(folder.path()) == InstanceChannel.Answer.BROUGHT_TO_FRONT;
            if (alreadyRunning) {
                LOG.info("Relance is already open on {}; its window was brought to the front", folder.path());
            } else {
                LOG.warn("Cannot open the data file {}", folder.path(), e);
            }
            openFailure = e;
            return;
        }
        try {
            channel = InstanceChannel.open(context.database().folder(), new InstanceChannel.Requests() {
                @Override
                public boolean bringToFront() {
                    if (stage == null) {
                        return false;
                    }
                    Platform.runLater(RelanceApp.this::bringToFront);
                    return true;
                }

                @Override
                public Path backupNow() throws Exception {
                    try {
                        return context.backups().create(BackupKind.MANUAL, BackupProgress.NONE).file();
                    } catch (RuntimeException e) {
                        throw new Exception(new ErrorMessages(messages).describe(e), e);
                    }
                }
            });
        } catch (java.io.IOException e) {
            LOG.warn("No instance channel: a second start will only say the file is in use", e);
        }
    }

    /**
     * An encrypted file: its password is asked in a dialog before the main window (on the JavaFX thread, while this
     * launcher thread waits), again after a wrong one, with the reason. Null when the user quits.
     */
    private AppContext openAskingThePassword(DataFolder folder) {
        if (!Database.isEncrypted(folder.path())) {
            return openWaitingForAClosingInstance(folder);
        }
        // A dialog closing before any window is shown must not end the JavaFX runtime.
        Platform.setImplicitExit(false);
        try {
            return askUntilOpened(folder);
        } finally {
            Platform.setImplicitExit(true);
        }
    }

    private AppContext askUntilOpened(DataFolder folder) {
        String problem = null;
        while (true) {
            String shownProblem = problem;
            java.util.concurrent.CompletableFuture<java.util.Optional<char[]>> answer =
                    new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    answer.complete(PasswordPrompt.ask(messages, folder.path().resolve(Database.FILE_NAME
                            + Database.FILE_SUFFIX).toString(), shownProblem));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
            java.util.Optional<char[]> password = answer.join();
            if (password.isEmpty()) {
                quitAtPassword = true;
                return null;
            }
            DataFilePasswords.remember(folder.path(), password.get());
            try {
                return openWaitingForAClosingInstance(folder);
            } catch (DataFileException e) {
                if (e.reason() != DataFileException.Reason.WRONG_PASSWORD
                        && e.reason() != DataFileException.Reason.PASSWORD_REQUIRED) {
                    throw e;
                }
                LOG.info("Wrong password given for {}", folder.path());
                problem = messages.get("startup.password.wrong");
            }
        }
    }

    @Override
    public void start(Stage stage) {
        if (quitAtPassword) {
            Platform.exit();
            return;
        }
        if (alreadyRunning) {
            String text = messages.get("error.dataFile.alreadyOpen", folder.path());
            System.err.println(text);
            new FxDialogs(null).showInfo(messages.get("error.dataFile.alreadyOpen.title"), text);
            Platform.exit();
            return;
        }
        if (openFailure != null) {
            new FxDialogs(null).showError(messages.get("error.dataFile.title"),
                    new ErrorMessages(messages).dataFile(openFailure));
            Platform.exit();
            return;
        }
        this.stage = stage;
        tasks = new FxBackgroundTasks();
        new MainWindow(stage, context.windowServices(messages.locale(), tasks));
        AppIcons.addTo(stage);
        stage.show();
        if (StartupProbe.requested(System.getenv())) {
            StartupProbe.watch(stage.getScene(), StartupProbe.exitsAfterReport(System.getenv()));
        }
        // After the window shows, on its own thread: the start-up backup never delays the window.
        FxDialogs dialogs = new FxDialogs(stage);
        context.automaticBackups().start(failure -> Platform.runLater(() -> dialogs.showError(
                messages.get("backup.automatic.failed.title"), new ErrorMessages(messages).describe(failure))));
    }

    /**
     * A start right after closing Relance finds the file still held while the closing backup is written: the
     * closing instance says so, and this start waits for the file rather than calling it "in use".
     */
    private static AppContext openWaitingForAClosingInstance(DataFolder folder) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                return AppContext.open(folder, Clock.systemDefaultZone());
            } catch (DataFileException e) {
                if (e.reason() != DataFileException.Reason.LOCKED || System.nanoTime() > deadline
                        || InstanceChannel.askToFront(folder.path()) != InstanceChannel.Answer.CLOSING) {
                    throw e;
                }
                LOG.info("The Relance open on {} is closing; waiting for the file", folder.path());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void bringToFront() {
        Stage window = stage;
        if (window != null) {
            window.setIconified(false);
            window.show();
            window.toFront();
            window.requestFocus();
        }
    }

    @Override
    public void stop() {
        stage = null; // from now on, a second start hears "closing" and waits for the file
        if (tasks != null) {
            tasks.close();
        }
        if (context != null) {
            // After a day's changes, the closing backup; the window is gone already, only the process waits.
            context.automaticBackups().atClose();
            context.close();
        }
        if (channel != null) {
            channel.close();
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
