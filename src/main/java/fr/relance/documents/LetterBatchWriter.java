package fr.relance.documents;

import fr.relance.documents.Faces.FontPair;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.letters.LetterContent;
import fr.relance.exports.SafeFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Every reviewed letter in one print-ready PDF/A-2b file: each letter starts on an odd page (a blank verso is
 * inserted after a letter with an odd page count), so duplex printing never puts two debtors on one sheet.
 *
 * <p>Built for a thousand letters: the letters are read one at a time from an iterator (the caller can build them
 * lazily), page contents go to a scratch file rather than the heap, the fonts and the logo are embedded once for
 * the whole file. The file is written beside the target and moved in place once complete ({@link SafeFile}): a
 * refusal, a failure or a cancellation leaves no file and the previous one intact.
 */
public final class LetterBatchWriter {

    /** Reports how far the batch is and lets the user stop it. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void advanced(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        /** After each letter; total is the count the caller announced. */
        void advanced(int done, int total);

        boolean isCancelled();
    }

    /** What the file holds. */
    public record Summary(int letters, int pages, int blankPages) {
    }

    private final EnvelopeLayout envelope;
    private final FontPair fonts = FontPair.load();
    private final LogoImages logos = new LogoImages();
    private final LetterChecks checks;

    public LetterBatchWriter(EnvelopeLayout envelope) {
        InvalidInputException.refuseIfAny(envelope.validate());
        this.envelope = envelope;
        this.checks = new LetterChecks(fonts, envelope, logos);
    }

    /**
     * @param letters the letters in print order
     * @param total   how many the iterator gives, for the progress
     * @throws LetterRefusedException naming the first letter with a blocking problem and how many have one (all
     *                                letters are checked); nothing is written
     * @throws CancellationException  when the progress says so; nothing is written
     */
    public synchronized Summary write(Iterator<LetterContent> letters, int total, Path target, Progress progress) {
        Summary[] summary = new Summary[1];
        SafeFile.write(target, out -> summary[0] = write(letters, total, out, progress));
        return summary[0];
    }

    private Summary write(Iterator<LetterContent> letters, int total, OutputStream target, Progress progress)
            throws IOException {
        try (PDDocument document = new PDDocument(PdfScratch.streamCache())) {
            Faces faces = new Faces(fonts, document);
            LetterWriter writer = new LetterWriter(document, faces, envelope, logos.new Embedder(document));
            LetterDigest digest = new LetterDigest();
            int count = 0;
            int blanks = 0;
            int refused = 0;
            LetterRefusedException first = null;
            LetterContent firstLetter = null;
            LocalDate latest = null;
            while (letters.hasNext()) {
                if (progress.isCancelled()) {
                    throw new CancellationException("Letter batch cancelled after " + count + " letters");
                }
                LetterContent letter = letters.next();
                count++;
                List<LetterProblem> blocking = checks.check(letter).stream().filter(LetterProblem::blocking).toList();
                if (!blocking.isEmpty()) {
                    refused++;
                    if (first == null) {
                        String reference = LetterChecks.blank(letter.reference()) ? "#" + count : letter.reference();
                        first = new LetterRefusedException(reference, blocking, 1);
                    }
                } else if (refused == 0) {
                    // Once a letter is refused nothing will be written: the rest are only checked.
                    int pages = writer.write(letter);
                    if (pages % 2 == 1 && letters.hasNext()) {
                        PDPage blank = new PDPage(PDRectangle.A4);
                        blank.setResources(new PDResources());
                        document.addPage(blank);
                        blanks++;
                    }
                    digest.add(LetterDigest.idOf(letter, envelope));
                    if (firstLetter == null) {
                        firstLetter = letter;
                    }
                    latest = latest == null || letter.date().isAfter(latest) ? letter.date() : latest;
                }
                progress.advanced(count, Math.max(total, count));
            }
            if (first != null) {
                throw new LetterRefusedException(first.reference(), first.problems(), refused);
            }
            if (firstLetter == null) {
                throw new InvalidInputException("letters", "letter.batch.empty");
            }
            PdfA.finish(document, describeBatch(firstLetter, count, latest, digest.id()));
            OutputStream buffered = new BufferedOutputStream(target, 1 << 16);
            document.save(buffered);
            buffered.flush();
            return new Summary(count, document.getNumberOfPages(), blanks);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static PdfA.Description describeBatch(LetterContent first, int count, LocalDate date, byte[] id) {
        LetterTexts texts = new LetterTexts(first.language());
        String title = texts.messages().get("pdf.batch.title", count, texts.date(date));
        return new PdfA.Description(title, TextLines.clean(first.sender().legalName()).strip(), null, texts.locale(),
                date, id);
    }
}
