package fr.relance.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up measurement (packaging/measure-startup.sh): with {@code -Drelance.startupProbe=true} or
 * {@code RELANCE_STARTUP_PROBE=1}, the app prints one line when the aging list's first rows have been laid out on
 * screen, then closes. The line gives the wall-clock instant (for a script timing a whole command such as
 * {@code ./mvnw javafx:run}) and the time since the JVM process started. With {@code RELANCE_STARTUP_PROBE=stay} it
 * prints the same line and leaves the app open (packaging/linux/smoke-test.sh takes its screenshot on that line).
 */
final class StartupProbe {

    static final String PROPERTY = "relance.startupProbe";
    static final String ENV_VARIABLE = "RELANCE_STARTUP_PROBE";

    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private StartupProbe() {
    }

    static final String STAY = "stay";

    static boolean requested(Map<String, String> env) {
        String env1 = env.get(ENV_VARIABLE);
        return Boolean.getBoolean(PROPERTY) || "1".equals(env1) || "true".equalsIgnoreCase(env1)
                || STAY.equalsIgnoreCase(env1);
    }

    /** Whether the app closes once it has reported (it stays open with {@code RELANCE_STARTUP_PROBE=stay}). */
    static boolean exitsAfterReport(Map<String, String> env) {
        return !STAY.equalsIgnoreCase(env.get(ENV_VARIABLE));
    }

    /**
     * Watches the aging table of the shown scene; on its first rows, after the next layout pulse, reports, then exits
     * if {@code exit}.
     */
    static void watch(Scene scene, boolean exit) {
        Node node = scene.lookup("#agingTable");
        if (!(node instanceof TableView<?> table)) {
            report("no aging table in the window");
            if (exit) {
                Platform.exit();
            }
            return;
        }
        if (!table.getItems().isEmpty()) {
            afterNextPulse(scene, exit);
            return;
        }
        table.getItems().addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (!table.getItems().isEmpty()) {
                    table.getItems().removeListener(this);
                    afterNextPulse(scene, exit);
                }
            }
        });
    }

    private static void afterNextPulse(Scene scene, boolean exit) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The rows were laid out in this pulse; they are painted right after it.
            Platform.runLater(() -> {
                report("aging rows shown");
                if (exit) {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static void report(String what) {
        Instant now = Instant.now();
        long sinceProcessStart = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, now).toMillis()).orElse(-1L);
        String line = "STARTUP-PROBE " + what + " at_epoch_ms=" + now.toEpochMilli()
                + " since_process_start_ms=" + sinceProcessStart;
        System.out.println(line);
        System.out.flush();
        LOG.info(line);
    }
}
