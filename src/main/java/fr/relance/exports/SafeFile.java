package fr.relance.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file the user named so that a failure never leaves half a file under that name, nor destroys the one
 * already there: the content goes to a temporary file beside it, synced to disk, which replaces the target only
 * once complete (a rename: all or nothing).
 *
 * <p>A process killed while writing cannot delete its temporary file. So the temporary name carries the writer's
 * process id ({@code .balance.csv.4711-123456.part}), and every write sweeps from its folder the temporary files of
 * processes that are no longer running: a crash leaves a hidden file at most until the next write there (the data
 * folder is also swept at start-up). A failure to write is a {@link FileWriteException} naming the folder and why.
 */
public final class SafeFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the stream the temporary file is written through; tests put a failing one in to play a full disk. */
    @FunctionalInterface
    public interface Output {
        OutputStream open(Path file) throws IOException;
    }

    static final String PARTIAL_SUFFIX = ".part";
    /** {@code .<name>.<pid>-<random>.part}, as {@link Files#createTempFile} completes the prefix. */
    private static final Pattern PARTIAL = Pattern.compile("^\\..+\\.(\\d+)-\\d+" + Pattern.quote(PARTIAL_SUFFIX) + "$");
    private static final Logger LOG = LoggerFactory.getLogger(SafeFile.class);

    private SafeFile() {
    }

    /**
     * @throws FileWriteException when the folder cannot be written, the disk is full or the write fails; the file
     *                            that was there is intact and no temporary file is left
     */
    public static void write(Path target, Content content) {
        write(target, content, Files::newOutputStream);
    }

    /** As {@link #write(Path, Content)}, through {@code output} (tests). */
    public static void write(Path target, Content content, Output output) {
        Path folder = target.toAbsolutePath().getParent();
        sweepStale(folder);
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + "-", PARTIAL_SUFFIX);
            try (OutputStream out = output.open(partial)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it takes the name: a power cut never leaves an empty file
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw FileWriteException.of(e, folder);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /**
     * Whether the process that left a file named by its id still runs (its file is then in use, not a leftover).
     */
    public static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Deletes from {@code folder} the temporary files of writers that are no longer running (killed, or the machine
     * lost power). Those of a running process, this one included, are left alone.
     *
     * @return how many were deleted
     */
    public static int sweepStale(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*" + PARTIAL_SUFFIX)) {
            for (Path file : files) {
                Optional<Long> writer = writerOf(file.getFileName().toString());
                if (writer.isPresent() && isRunning(writer.get())) {
                    continue;
                }
                if (writer.isPresent() && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                    deleted++;
                    LOG.info("Removed the unfinished file of a stopped Relance: {}", file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot sweep {}: {}", folder, e.toString());
        }
        return deleted;
    }

    /** The process id in a temporary file's name, if it is one of ours. */
    static Optional<Long> writerOf(String fileName) {
        Matcher matcher = PARTIAL.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(matcher.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
        }
    }
}
