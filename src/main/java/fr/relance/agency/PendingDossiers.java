package fr.relance.agency;

import fr.relance.exports.SafeFile;
import fr.relance.store.AgencyCaseRepository;
import fr.relance.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dossier files of handovers being recorded. A handover writes its dossier where the controller chose, then
 * records it in one transaction; a process killed between the two (or in the transaction) would leave a dossier out
 * there that no handover records. So before the dossier is written, a note in the data folder names the target and
 * what was there before ({@code .relance-handover-<pid>-<n>.pending}); the handover's end removes it. At the next
 * start, the note of a process no longer running means the handover was cut: the file at the target is deleted
 * unless it is the one that was there before or a recorded handover's dossier (same SHA-256).
 */
public final class PendingDossiers {

    private static final String PREFIX = ".relance-handover-";
    private static final String SUFFIX = ".pending";
    private static final Pattern NOTE = Pattern.compile("^" + Pattern.quote(PREFIX) + "(\\d+)-\\d+"
            + Pattern.quote(SUFFIX) + "$");
    private static final Logger LOG = LoggerFactory.getLogger(PendingDossiers.class);

    private final Path folder;

    /** @param folder the data folder */
    PendingDossiers(Path folder) {
        this.folder = folder;
    }

    /**
     * Notes that a dossier is about to be written to {@code target}, before anything is written.
     *
     * @return the note, for {@link #done}
     */
    Path begin(Path target) {
        Path file = target.toAbsolutePath();
        Properties note = new Properties();
        note.setProperty("target", file.toString());
        note.setProperty("before", Files.isRegularFile(file) ? sha256(file) : "");
        try {
            Path path = Files.createTempFile(folder, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
            java.io.StringWriter text = new java.io.StringWriter();
            note.store(text, "Relance: handover being recorded");
            SafeFile.write(path, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The handover is recorded, or failed and its dossier was removed: the note goes. */
    void done(Path note) {
        try {
            Files.deleteIfExists(note);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: the next start will check it again", note, e);
        }
    }

    /**
     * At start-up: for each note of a process no longer running, deletes the dossier it names unless that file was
     * there before the handover or a recorded handover carries its SHA-256, then the note.
     *
     * @return the dossier files deleted
     */
    public static int sweep(Database database) {
        Path folder = database.folder();
        AgencyCaseRepository cases = new AgencyCaseRepository(database);
        int deleted = 0;
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path note : notes) {
                Optional<Long> writer = writerOf(note.getFileName().toString());
                if (writer.isEmpty() || SafeFile.isRunning(writer.get())) {
                    continue;
                }
                deleted += settle(note, cases);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot check the handovers a stopped Relance left in {}", folder, e);
        }
        return deleted;
    }

    private static int settle(Path note, AgencyCaseRepository cases) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        int deleted = 0;
        String target = properties.getProperty("target");
        if (target != null) {
            Path file = Path.of(target);
            if (Files.isRegularFile(file)) {
                String sha = sha256(file);
                if (!sha.equals(properties.getProperty("before")) && !cases.dossierRecorded(sha)) {
                    Files.delete(file);
                    deleted++;
                    LOG.warn("Removed the dossier {} of a handover that a stopped Relance did not record", file);
                }
            }
            SafeFile.sweepStale(file.getParent());
        }
        Files.deleteIfExists(note);
        return deleted;
    }

    static Optional<Long> writerOf(String fileName) {
        Matcher matcher = NOTE.matcher(fileName);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
