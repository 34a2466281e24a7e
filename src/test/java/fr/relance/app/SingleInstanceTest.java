package fr.relance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.cli.RelanceCommand;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.DataFileException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One Relance per data file, with a real second process: the second start hears that the file is in use and the
 * running one comes to the front; after a kill -9 nothing stale stands in the way.
 */
class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartFindsTheRunningRelanceAndAfterAKillNothingStaleRemains() throws Exception {
        try (AppContext context = AppContext.open(folder(), Clock.systemDefaultZone())) {
            new AppSettingsRepository(context.database()).put("kept", "through a crash");
        }
        Process running = start();
        BufferedReader said = new BufferedReader(new InputStreamReader(running.getInputStream(),
                StandardCharsets.UTF_8));
        try {
            assertThat(said.readLine()).isEqualTo("ready");

            // The data file is in use...
            assertThatThrownBy(() -> AppContext.open(folder(), Clock.systemDefaultZone()))
                    .isInstanceOfSatisfying(DataFileException.class,
                            e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.LOCKED));
            // ...by a Relance, which comes to the front when asked.
            assertThat(InstanceChannel.askToFront(dir)).isEqualTo(InstanceChannel.Answer.BROUGHT_TO_FRONT);
            assertThat(said.readLine()).isEqualTo("front");

            // `relance backup` while the app is open: the app takes it.
            StringWriter out = new StringWriter();
            CommandLine cli = RelanceCommand.commandLine(() -> { }, Map.of());
            cli.setOut(new PrintWriter(out, true));
            assertThat(cli.execute("--data-dir", dir.toString(), "backup")).isZero();
            assertThat(out.toString()).contains("c’est lui qui a fait la sauvegarde").contains("relance-");
            try (var backups = Files.list(dir.resolve("backups"))) {
                assertThat(backups.filter(p -> p.toString().endsWith(".zip"))).hasSize(1);
            }
            // `relance restore` while it is open: refused with the way out.
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err, true));
            Path archive;
            try (var backups = Files.list(dir.resolve("backups"))) {
                archive = backups.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
            }
            assertThat(cli.execute("--data-dir", dir.toString(), "restore", archive.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("Paramètres › Sauvegardes").contains("Rien n’a été modifié");
        } finally {
            running.destroyForcibly(); // kill -9: no shutdown hook, no cleanup
            assertThat(running.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        // The crash left the instance file behind; nobody answers on its port any more.
        assertThat(dir.resolve(InstanceChannel.FILE_NAME)).exists();
        assertThat(InstanceChannel.askToFront(dir)).isEqualTo(InstanceChannel.Answer.NONE);
        // H2's operating-system lock died with the process: the file opens, with its data.
        try (AppContext context = AppContext.open(folder(), Clock.systemDefaultZone())) {
            assertThat(new AppSettingsRepository(context.database()).get("kept")).contains("through a crash");
            // The new holder replaces the stale instance file and answers on its own port.
            String stalePort = read(dir.resolve(InstanceChannel.FILE_NAME)).getProperty("port");
            try (InstanceChannel channel = InstanceChannel.open(dir, new FrontCounter())) {
                assertThat(read(dir.resolve(InstanceChannel.FILE_NAME)).getProperty("port")).isNotEqualTo(stalePort);
                assertThat(InstanceChannel.askToFront(dir)).isEqualTo(InstanceChannel.Answer.BROUGHT_TO_FRONT);
            }
            assertThat(dir.resolve(InstanceChannel.FILE_NAME)).doesNotExist();
        }
    }

    @Test
    void anotherProgramOnTheRecordedPortIsNotTakenForRelance() throws Exception {
        try (ServerSocket foreign = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                try (Socket socket = foreign.accept()) {
                    socket.getOutputStream().write("OK\n".getBytes(StandardCharsets.UTF_8));
                } catch (Exception ignored) {
                    // the test is over
                }
            });
            answering.start();
            Files.writeString(dir.resolve(InstanceChannel.FILE_NAME), "port=" + foreign.getLocalPort()
                    + "\ntoken=0123\n");
            assertThat(InstanceChannel.askToFront(dir)).isEqualTo(InstanceChannel.Answer.NONE);
            answering.join(5000);
        }
        Files.writeString(dir.resolve(InstanceChannel.FILE_NAME), "garbage");
        assertThat(InstanceChannel.askToFront(dir)).isEqualTo(InstanceChannel.Answer.NONE);
    }

    @Test
    void aRequestWithoutTheTokenIsRefusedAndAClosingInstanceSaysSo() throws Exception {
        FrontCounter requests = new FrontCounter();
        try (InstanceChannel channel = InstanceChannel.open(dir, requests)) {
            Properties file = read(dir.resolve(InstanceChannel.FILE_NAME));
            Files.writeString(dir.resolve(InstanceChannel.FILE_NAME), "port=" + file.getProperty("port")
                    + "\ntoken=guessed\n");
            assertThat(InstanceChannel.askToFront(dir)).isEqualTo(InstanceChannel.Answer.NONE);
            assertThat(requests.count).isZero();

            try (var out = Files.newOutputStream(dir.resolve(InstanceChannel.FILE_NAME))) {
                file.store(out, null);
            }
            requests.closing = true;
            assertThat(InstanceChannel.askToFront(dir)).isEqualTo(InstanceChannel.Answer.CLOSING);
        }
    }

    private Process start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldInstance.class.getName(),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private DataFolder folder() {
        return new DataFolder(dir, DataFolder.Source.COMMAND_LINE);
    }

    private static Properties read(Path file) throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static final class FrontCounter implements InstanceChannel.Requests {
        volatile int count;
        volatile boolean closing;

        @Override
        public boolean bringToFront() {
            count++;
            return !closing;
        }

        @Override
        public Path backupNow() {
            throw new UnsupportedOperationException();
        }
    }
}
