package fr.relance.ui;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.ui.common.FxBackgroundTasks;
import fr.relance.ui.shell.MainWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a fresh data folder, headless, for the window tests: one per test, registered with
 * {@code @RegisterExtension final WindowFixture window = new WindowFixture();}. Test methods receive an
 * {@link FxRobot} parameter, as with TestFX's {@code ApplicationExtension} (which this replaces for them).
 *
 * <p>Before each test: a temporary folder holding the data folder and a folder for the user's own files; the data
 * folder opened as the app does ({@link AppContext#open}), on the test's thread, never the JavaFX thread (the store
 * refuses queries there); the optional seeding; then the main window, in French, built on TestFX's primary stage
 * with {@link RecordingDialogs} (or the real dialogs) and its own background executor. Seeding runs before the window
 * is built, outside TestFX's setup time limit, so a busy machine does not run it out.
 *
 * <p>After each test: TestFX's clean-up (the application stopped, every window hidden, keys and buttons released),
 * then the executor closed, the data file closed and the temporary folder deleted.
 */
public final class WindowFixture implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** The day most window tests run on: Monday 23 November 2026, 10:00 in Paris. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Paris"));

    /** What the test's dialogs would have shown, and the answers they give. */
    public final RecordingDialogs dialogs = new RecordingDialogs();

    private final Clock clock;
    private final FxRobot robot = new FxRobot();
    private Consumer<Path> prepareFolder = folder -> { };
    private Consumer<AppContext> seed = context -> { };
    private boolean systemDialogs;

    private Path root;
    private AppContext context;
    private FxBackgroundTasks tasks;
    private MainWindow mainWindow;
    private Application application;

    /** On {@link #TODAY}. */
    public WindowFixture() {
        this(TODAY);
    }

    public WindowFixture(Clock clock) {
        this.clock = clock;
    }

    /** Writes into the data folder before the app opens it (with a {@code Database} of its own, closed after). */
    public WindowFixture prepareFolder(Consumer<Path> prepare) {
        this.prepareFolder = prepare;
        return this;
    }

    /** Writes into the opened data file before the window is built. */
    public WindowFixture seed(Consumer<AppContext> seeding) {
        this.seed = seeding;
        return this;
    }

    /** The window's own dialogs instead of {@link #dialogs}: for a test that never expects one. */
    public WindowFixture systemDialogs() {
        this.systemDialogs = true;
        return this;
    }

    public AppContext context() {
        return context;
    }

    /** The data folder the window was opened on. */
    public Path dataFolder() {
        return root.resolve("data");
    }

    /** A folder outside the data folder, for the files the user picks or saves. */
    public Path userFiles() {
        return root.resolve("files");
    }

    /** The window as built before the test ran (a restore builds a new one). */
    public MainWindow mainWindow() {
        return mainWindow;
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws Exception {
        root = Files.createTempDirectory("relance-window-");
        Files.createDirectories(userFiles());
        prepareFolder.accept(Files.createDirectories(dataFolder()));
        context = AppContext.open(new DataFolder(dataFolder(), DataFolder.Source.COMMAND_LINE), clock);
        seed.accept(context);
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new Application() {
            @Override
            public void start(Stage stage) {
                tasks = new FxBackgroundTasks();
                MainWindow.Services services = context.windowServices(Locale.FRANCE, tasks);
                mainWindow = systemDialogs ? new MainWindow(stage, services)
                        : new MainWindow(stage, services, window -> dialogs);
                stage.show();
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext extension) throws Exception {
        // Each step runs even when the one before failed (or the set-up stopped half-way); the first failure is kept.
        List<Exception> failures = new ArrayList<>();
        if (application != null) {
            attempt(failures, () -> FxToolkit.cleanupAfterTest(robot, application));
            attempt(failures, WaitForAsyncUtils::waitForFxEvents);
        }
        if (tasks != null) {
            attempt(failures, tasks::close);
        }
        if (context != null) {
            attempt(failures, context::close);
        }
        if (root != null) {
            attempt(failures, () -> deleteRecursively(root));
        }
        if (!failures.isEmpty()) {
            Exception first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType().isAssignableFrom(FxRobot.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return robot;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void attempt(List<Exception> failures, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            failures.add(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
