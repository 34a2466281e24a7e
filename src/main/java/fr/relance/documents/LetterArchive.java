package fr.relance.documents;

import fr.relance.documents.LetterComposer.ComposedLetter;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.SentLetter;
import fr.relance.store.Database;
import fr.relance.store.DunningJournal;
import fr.relance.store.LetterRepository;
import fr.relance.exports.SafeFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Letters sent, kept as evidence: {@link #issue} renders a composed letter with the current envelope layout and
 * records the exact PDF with its SHA-256 in the debtor's case ({@link LetterRepository}); {@link #reprint} gives the
 * stored bytes back, so a reprint is the identical file. A letter the renderer refuses (a blocking
 * {@link LetterProblem}) is never stored.
 */
public final class LetterArchive {

    private final LetterRepository letters;
    private final Supplier<EnvelopeLayout> envelope;
    private LetterPdfRenderer renderer;

    /** With the DL window envelope defaults. */
    public LetterArchive(Database database) {
        this(new LetterRepository(database), () -> EnvelopeLayout.DL);
    }

    /** @param envelope the layout in force when a letter is issued (a setting the controller may change) */
    public LetterArchive(LetterRepository letters, Supplier<EnvelopeLayout> envelope) {
        this.letters = letters;
        this.envelope = envelope;
    }

    /**
     * Renders the letter and records it as sent on {@code on} by {@code channel}: one transaction (the case opened
     * if needed, the PDF, the letter, the timeline event). The same bytes already recorded for the debtor give that
     * letter back and write nothing.
     *
     * @throws LetterRefusedException with the blocking problems; nothing is stored
     */
    public SentLetter issue(ComposedLetter letter, LetterChannel channel, LocalDate on, String author) {
        Objects.requireNonNull(letter, "letter");
        byte[] pdf = renderer().render(letter.content());
        return letters.record(letter.debtorId(), letter.content(), letter.template(), pdf, channel, on, author);
    }

    /**
     * {@link #issue} together with the worklist line the letter answers, in one transaction: the line recorded as
     * done and the letter kept, or neither.
     *
     * @throws LetterRefusedException with the blocking problems; nothing is stored
     */
    public SentLetter issue(ComposedLetter letter, LetterChannel channel, LocalDate on, String author,
                            DunningJournal.Execution line) {
        Objects.requireNonNull(letter, "letter");
        byte[] pdf = renderer().render(letter.content());
        return letters.record(letter.debtorId(), letter.content(), letter.template(), pdf, channel, on, author, line);
    }

    /**
     * {@link #issue(ComposedLetter, LetterChannel, LocalDate, String, DunningJournal.Execution)} and, for a
     * registered letter whose tracking number is known, its posting on {@code on}: all in one transaction.
     *
     * @param posted null when the number is not known yet
     * @throws fr.relance.domain.InvalidInputException when the posting breaks a rule; nothing is stored then
     */
    public SentLetter issue(ComposedLetter letter, LetterChannel channel, LocalDate on, String author,
                            DunningJournal.Execution line, fr.relance.domain.registered.TrackingNumber posted) {
        if (posted == null) {
            return issue(letter, channel, on, author, line);
        }
        Objects.requireNonNull(letter, "letter");
        byte[] pdf = renderer().render(letter.content());
        return letters.record(letter.debtorId(), letter.content(), letter.template(), pdf, channel, on, author, line,
                posted);
    }

    /**
     * The letter's PDF exactly as it was sent.
     *
     * @throws fr.relance.store.LetterIntegrityException when the stored bytes no longer match their SHA-256
     */
    public byte[] reprint(long letterId) {
        return letters.pdf(letterId);
    }

    /**
     * Writes the letter's stored PDF (checked against its SHA-256) as a read-only file in {@code folder}, once per
     * folder, for the system's viewer; the copy is the identical file.
     */
    public Path reprintCopy(long letterId, Path folder) {
        SentLetter letter = letters.find(letterId)
                .orElseThrow(() -> new IllegalArgumentException("No letter " + letterId));
        Path target = folder.resolve(letterId + "-" + letters.fileName(letter));
        byte[] pdf = reprint(letterId);
        try {
            if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), pdf)) {
                return target;
            }
            Files.createDirectories(folder);
            if (Files.exists(target)) {
                target.toFile().setWritable(true);
            }
            SafeFile.write(target, out -> out.write(pdf));
            target.toFile().setReadOnly();
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF {@link #issue} would store for this letter, without storing it (a preview, a batch file). */
    public byte[] render(ComposedLetter letter) {
        return renderer().render(letter.content());
    }

    /** What is wrong with the letter in the current layout; blocking problems keep it from being issued. */
    public List<LetterProblem> check(ComposedLetter letter) {
        return renderer().check(letter.content());
    }

    public List<SentLetter> ofDebtor(long debtorId) {
        return letters.ofDebtor(debtorId);
    }

    /** The renderer of the current layout; a new one only when the layout changed (fonts are loaded once each). */
    public synchronized LetterPdfRenderer renderer() {
        EnvelopeLayout layout = envelope.get();
        if (renderer == null || !renderer.envelope().equals(layout)) {
            renderer = new LetterPdfRenderer(layout);
        }
        return renderer;
    }
}
