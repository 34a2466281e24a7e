package fr.relance.app;

import fr.relance.exports.SafeFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a second start finds the Relance that already has the data file open: the running one listens on a loopback
 * port and writes it, with a random token, to {@code relance.instance} beside the data file. A second start whose
 * data file is locked reads it and asks that instance to come to the front (or, from the command line, to take a
 * backup).
 *
 * <p>Staleness: the file is written only by the holder of the data file's operating-system lock, which a crash
 * releases. So when a start gets the lock, any {@code relance.instance} there is stale and is simply replaced; and a
 * start that does not get the lock trusts the file only if the instance answers with the token: a port taken over by
 * another program, or nothing listening, reads as "no Relance running".
 */
public final class InstanceChannel implements AutoCloseable {

    public static final String FILE_NAME = "relance.instance";
    static final String PROTOCOL = "RELANCE/1";
    static final String FRONT = "FRONT";
    static final String BACKUP = "BACKUP";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration QUICK_REPLY = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(InstanceChannel.class);

    /** What a second start may ask of the running instance. Called on a channel thread. */
    public interface Requests {
        /** @return false when the app is closing (its window is gone; it lets go of the file in a moment) */
        boolean bringToFront();

        /** Takes a manual backup and returns where it was written. */
        Path backupNow() throws Exception;
    }

    /** What the running instance answered to "come to the front". */
    public enum Answer {
        /** No Relance answered: no instance file, a stale one, or another program on its port. */
        NONE,
        BROUGHT_TO_FRONT,
        /** The running Relance is closing (finishing its closing backup): the file will be free shortly. */
        CLOSING
    }

    /** What the running instance answered to a backup request. */
    public record BackupReply(boolean done, String text) {
    }

    private final ServerSocket server;
    private final Path file;
    private final String token;
    private final Requests requests;
    private volatile boolean closed;

    private InstanceChannel(ServerSocket server, Path file, String token, Requests requests) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.requests = requests;
    }

    /**
     * Listens and writes {@code relance.instance}, replacing a stale one. Call only while holding the data file.
     */
    public static InstanceChannel open(Path dataFolder, Requests requests) throws IOException {
        ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        try {
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Properties properties = new Properties();
            properties.setProperty("port", String.valueOf(server.getLocalPort()));
            properties.setProperty("token", token);
            properties.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
            Path file = dataFolder.resolve(FILE_NAME);
            SafeFile.write(file, out -> properties.store(out, "Relance running on this data file; "
                    + "replaced at each start, safe to delete when Relance is closed"));
            InstanceChannel channel = new InstanceChannel(server, file, token, requests);
            Thread acceptor = new Thread(channel::accept, "relance-instance-channel");
            acceptor.setDaemon(true);
            acceptor.start();
            return channel;
        } catch (java.io.UncheckedIOException e) {
            server.close();
            throw e.getCause();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Asks the running instance to bring its window to the front. */
    public static Answer askToFront(Path dataFolder) {
        return ask(dataFolder, FRONT, QUICK_REPLY)
                .map(reply -> reply.equals("OK") ? Answer.BROUGHT_TO_FRONT
                        : reply.equals("OK CLOSING") ? Answer.CLOSING : Answer.NONE)
                .orElse(Answer.NONE);
    }

    /**
     * Asks the running instance to take a backup.
     *
     * @return empty when no Relance answers; otherwise whether it was done, with the archive's path or the running
     *         instance's error sentence
     */
    public static Optional<BackupReply> askBackup(Path dataFolder, Duration timeout) {
        return ask(dataFolder, BACKUP, timeout).map(reply -> reply.startsWith("OK ")
                ? new BackupReply(true, reply.substring(3))
                : new BackupReply(false, reply.startsWith("ERROR ") ? reply.substring(6) : reply));
    }

    private static Optional<String> ask(Path dataFolder, String request, Duration timeout) {
        Path file = dataFolder.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty(); // no running instance has written one
        }
        int port;
        try {
            port = Integer.parseInt(properties.getProperty("port", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String token = properties.getProperty("token", "");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                    (int) CONNECT_TIMEOUT.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(),
                    StandardCharsets.UTF_8), true);
            out.print(PROTOCOL + " " + token + " " + request + "\n");
            out.flush();
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            // Only a Relance speaks this protocol: anything else on that port is another program.
            return Optional.ofNullable(reply).filter(r -> r.startsWith(PROTOCOL + " "))
                    .map(r -> r.substring(PROTOCOL.length() + 1));
        } catch (IOException e) {
            LOG.info("No Relance answers on the port in {} ({}): the file is stale", file, e.getMessage());
            return Optional.empty();
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> handle(socket), "relance-instance-request");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Instance channel stopped", e);
                }
                return;
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            socket.setSoTimeout((int) QUICK_REPLY.toMillis());
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            String[] parts = line == null ? new String[0] : line.split(" ", 3);
            OutputStream out = socket.getOutputStream();
            if (parts.length != 3 || !PROTOCOL.equals(parts[0]) || !MessageDigest.isEqual(
                    parts[1].getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
                LOG.warn("Instance channel: a request without the right token was refused");
                return;
            }
            String reply = switch (parts[2]) {
                case FRONT -> requests.bringToFront() ? "OK" : "OK CLOSING";
                case BACKUP -> backup();
                default -> "ERROR unknown request " + parts[2];
            };
            out.write((PROTOCOL + " " + reply.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (SocketTimeoutException e) {
            LOG.debug("Instance channel: a client said nothing");
        } catch (IOException e) {
            LOG.warn("Instance channel: request failed", e);
        }
    }

    private String backup() {
        try {
            return "OK " + requests.backupNow();
        } catch (Exception e) {
            return "ERROR " + e.getMessage();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Closing the instance channel", e);
        }
        try {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            if (token.equals(properties.getProperty("token"))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.debug("Instance file already gone: {}", file);
        }
    }
}
