package fr.relance.documents;

import fr.relance.documents.Faces.FontPair;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.letters.LetterContent;
import fr.relance.exports.SafeFile;
import fr.relance.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Turns a {@link LetterContent} into a PDF/A-2b letter: A4, Liberation Sans subset-embedded (accents, €, the narrow
 * no-break space of French amounts), text selectable and extractable, the address where the envelope window shows
 * it. The same letter always gives the same bytes.
 *
 * <p>{@link #check} lists what is wrong (the composer shows it before printing); {@link #render} refuses a letter
 * with a blocking problem, before anything is drawn or written. One instance per thread, or shared: the methods are
 * synchronized (the font tables are read lazily).
 */
public final class LetterPdfRenderer {

    private final EnvelopeLayout envelope;
    private final FontPair fonts = FontPair.load();
    private final LogoImages logos = new LogoImages();
    private final LetterChecks checks;

    /** With the DL window envelope defaults. */
    public LetterPdfRenderer() {
        this(EnvelopeLayout.DL);
    }

    /** @throws InvalidInputException when the layout would not show the address in the window */
    public LetterPdfRenderer(EnvelopeLayout envelope) {
        InvalidInputException.refuseIfAny(envelope.validate());
        this.envelope = envelope;
        this.checks = new LetterChecks(fonts, envelope, logos);
    }

    public EnvelopeLayout envelope() {
        return envelope;
    }

    /** Everything wrong with the letter, blocking problems and warnings, in the order of the page. */
    public synchronized List<LetterProblem> check(LetterContent letter) {
        return checks.check(letter);
    }

    /**
     * The letter as PDF bytes.
     *
     * @throws LetterRefusedException with the blocking problems of {@link #check}; nothing is drawn
     */
    public synchronized byte[] render(LetterContent letter) {
        refuseIfBlocking(letter);
        return draw(letter);
    }

    /**
     * The letter as it would print, blocking problems or not: for the composer's preview only, so the controller
     * sees what to correct. Never printed nor saved (those go through {@link #render}).
     *
     * @throws RuntimeException when the page cannot be drawn at all (a character the font lacks)
     */
    public synchronized byte[] renderDraft(LetterContent letter) {
        return draw(letter);
    }

    private byte[] draw(LetterContent letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            Faces faces = new Faces(fonts, document);
            new LetterWriter(document, faces, envelope, logos.new Embedder(document)).write(letter);
            PdfA.finish(document, describe(letter, LetterDigest.idOf(letter, envelope)));
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the letter to a file: refused before anything is written, and a failure leaves neither half a file
     * nor a damaged previous one (see {@link SafeFile}).
     */
    public void write(LetterContent letter, Path target) {
        byte[] pdf = render(letter);
        SafeFile.write(target, out -> out.write(pdf));
    }

    /** The calibration page of this layout, in the given language. */
    public synchronized byte[] calibrationPage(Locale language) {
        return new CalibrationPage(fonts, envelope).render(language);
    }

    void refuseIfBlocking(LetterContent letter) {
        List<LetterProblem> blocking = checks.check(letter).stream().filter(LetterProblem::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new LetterRefusedException(letter.reference(), blocking, 1);
        }
    }

    /** Title, author, subject of the document, in the letter's language. */
    static PdfA.Description describe(LetterContent letter, byte[] id) {
        LetterTexts texts = new LetterTexts(letter.language());
        Messages messages = texts.messages();
        String subject = LetterChecks.blank(letter.subject()) ? messages.get("pdf.documentTitle")
                : TextLines.clean(letter.subject()).strip();
        String title = LetterChecks.blank(letter.reference()) ? subject
                : subject + " \u2013 " + TextLines.clean(letter.reference()).strip();
        String debtor = letter.recipient().isEmpty() ? null
                : messages.get("pdf.documentSubject", TextLines.clean(letter.recipient().get(0)).strip());
        return new PdfA.Description(title, TextLines.clean(letter.sender().legalName()).strip(), debtor,
                texts.locale(), letter.date(), id);
    }
}
