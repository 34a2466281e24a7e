package fr.relance.mail;

import fr.relance.exports.SafeFile;
import fr.relance.domain.letters.LetterKind;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders the mail server accepted and that are not recorded yet. Once a mail has left it must be recorded: the
 * timeline is the controller's evidence, and an unrecorded reminder would be sent a second time. So between the
 * server's acceptance and the recording's commit, a note in the data folder says what left
 * ({@code .relance-mail-<pid>-<n>.accepted}: debtor, kind, date, author, recipient, the PDF's SHA-256). A process
 * killed, or a recording that failed, leaves the note; the next start records the reminder from it
 * ({@link EmailReminderService#recordAccepted()}).
 */
final class AcceptedMails {

    private static final String PREFIX = ".relance-mail-";
    private static final String SUFFIX = ".accepted";
    private static final Pattern NOTE = Pattern.compile("^" + Pattern.quote(PREFIX) + "(\\d+)-\\d+"
            + Pattern.quote(SUFFIX) + "$");
    private static final Logger LOG = LoggerFactory.getLogger(AcceptedMails.class);

    /** What a note says: enough to compose the same letter again and check it is the one that left. */
    record Accepted(Path note, long debtorId, LetterKind kind, LocalDate on, String author, String recipient,
                    String sha256) {
    }

    private final Path folder;

    /** @param folder the data folder */
    AcceptedMails(Path folder) {
        this.folder = folder;
    }

    /** Notes a mail the server accepted, synced to disk before the recording starts. */
    Path accepted(long debtorId, LetterKind kind, LocalDate on, String author, String recipient, String sha256) {
        Properties note = new Properties();
        note.setProperty("debtor", Long.toString(debtorId));
        note.setProperty("kind", kind.name());
        note.setProperty("on", on.toString());
        note.setProperty("author", author == null ? "" : author);
        note.setProperty("recipient", recipient);
        note.setProperty("sha256", sha256);
        try {
            StringWriter text = new StringWriter();
            note.store(text, "Relance: reminder accepted by the mail server, being recorded");
            Path path = Files.createTempFile(folder, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
            SafeFile.write(path, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reminder is recorded: its note goes. */
    void recorded(Path note) {
        try {
            Files.deleteIfExists(note);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}: the next start finds the reminder already recorded", note, e);
        }
    }

    /** The notes left by processes no longer running (killed, or whose recording failed), oldest first. */
    List<Accepted> left() {
        List<Accepted> left = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return left;
        }
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path note : notes) {
                Optional<Long> writer = writerOf(note.getFileName().toString());
                if (writer.isEmpty() || SafeFile.isRunning(writer.get())) {
                    continue;
                }
                read(note).ifPresentOrElse(left::add, () -> recorded(note));
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the reminders a stopped Relance left in {}", folder, e);
        }
        left.sort(java.util.Comparator.comparing(a -> a.note().getFileName().toString()));
        return left;
    }

    private static Optional<Accepted> read(Path note) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new Accepted(note, Long.parseLong(p.getProperty("debtor")),
                    LetterKind.valueOf(p.getProperty("kind")), LocalDate.parse(p.getProperty("on")),
                    p.getProperty("author"), p.getProperty("recipient"), p.getProperty("sha256")));
        } catch (IOException | RuntimeException e) {
            // An empty note: the process died while writing it, before the recording began.
            LOG.warn("Unreadable note {} ignored", note, e);
            return Optional.empty();
        }
    }

    static Optional<Long> writerOf(String fileName) {
        Matcher matcher = NOTE.matcher(fileName);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
