package fr.relance.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.relance.app.AppContext;
import fr.relance.app.InstanceChannel;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts a {@link CrashChild} JVM on a data folder, waits until its operation stands at the kill point, and kills it
 * with {@link Process#destroyForcibly()} (SIGKILL on Unix: no shutdown hook, no finally block, no flush runs).
 */
public final class KillHarness {

    /** A JVM start, the data file's opening and the operation up to its kill point, on a loaded machine. */
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private KillHarness() {
    }

    /** {@link #killAt}: kill the child as it stands at the point. */
    static final boolean AS_IS = false;
    /**
     * {@link #killAt}: first write to the data file what H2 holds in memory, the open transaction's changes included,
     * so that the recovery has half a transaction to undo (H2's own background writer would take about a second).
     */
    static final boolean HALF_TRANSACTION_ON_DISK = true;

    /** What the killed child said before dying. */
    public record Killed(String where, long pid, List<String> output) {
    }

    /**
     * @param at     the {@link KillPoint}: a fraction of the work ("0.5"), a named moment ("@aside") or "done"
     * @param flush  {@link #HALF_TRANSACTION_ON_DISK} or {@link #AS_IS}
     */
    public static Killed killAt(Class<? extends CrashOperation> operation, Path data, Path work, String at,
                                boolean flush) throws IOException, InterruptedException {
        Path errors = Files.createTempFile(work, "child-", ".err");
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("-D" + CrashChild.FLUSH + "=" + flush, CrashChild.class.getName(),
                operation.getName(), data.toString(), work.toString(), at));
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        long started = System.nanoTime();
        long[] opened = {0};
        List<String> output = new ArrayList<>();
        CompletableFuture<String> marker = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.equals("OPEN")) {
                        opened[0] = System.nanoTime();
                    }
                    if (line.startsWith(KillPoint.MARKER)) {
                        return line.substring(KillPoint.MARKER.length());
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        String where;
        try {
            where = marker.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            where = null;
        }
        if (where == null) {
            child.destroyForcibly().waitFor();
            fail("The child never reached the kill point " + at + "; it said " + output + " and "
                    + Files.readString(errors));
        }
        System.out.printf("KILLTIMING %s at %s: open %d ms, operation %d ms%n", operation.getSimpleName(), at,
                (opened[0] - started) / 1_000_000, (System.nanoTime() - opened[0]) / 1_000_000);
        long pid = child.pid();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
        assertThat(child.exitValue()).as("exit code of a SIGKILL").isNotZero();
        synchronized (output) {
            assertThat(output).as("the child's flush").noneMatch(l -> l.startsWith(CrashChild.CHECKPOINT_FAILED));
            return new Killed(where, pid, List.copyOf(output));
        }
    }

    /**
     * A child JVM: small heap, quick compiler, the serial collector (no GC threads to compete for two loaded cores).
     * A shared class archive of the children's classes was tried: Java 17 refuses the class folders on the class
     * path, and dumping one from jars crashed this JDK.
     */
    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-Duser.language=fr", "-Duser.country=FR",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        return command;
    }

    /**
     * Opens the data folder as the app does after the crash. The dead process's {@code relance.instance} is still
     * there: a start must take it for stale (nobody answers), then replace it with its own.
     */
    static AppContext reopen(Path data, Killed killed) throws IOException {
        Path instance = data.resolve(InstanceChannel.FILE_NAME);
        assertThat(instance).as("left by the killed process").exists();
        assertThat(pidIn(instance)).isEqualTo(killed.pid());
        assertThat(InstanceChannel.askToFront(data)).isEqualTo(InstanceChannel.Answer.NONE);
        AppContext context = CrashData.open(data);
        try (InstanceChannel channel = InstanceChannel.open(data, new InstanceChannel.Requests() {
            @Override
            public boolean bringToFront() {
                return true;
            }

            @Override
            public Path backupNow() {
                throw new UnsupportedOperationException();
            }
        })) {
            assertThat(pidIn(instance)).isEqualTo(ProcessHandle.current().pid());
            assertThat(InstanceChannel.askToFront(data)).isEqualTo(InstanceChannel.Answer.BROUGHT_TO_FRONT);
        }
        return context;
    }

    static long pidIn(Path instance) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(instance)) {
            properties.load(in);
        }
        return Long.parseLong(properties.getProperty("pid"));
    }
}
