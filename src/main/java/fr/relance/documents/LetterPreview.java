package fr.relance.documents;

import fr.relance.domain.letters.LetterContent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The composer's preview: the very PDF that will be printed, one page rasterised (PDFBox's renderer), as ARGB
 * pixels a JavaFX {@code WritableImage} takes as they are. What you see is what is printed.
 */
public final class LetterPreview {

    private final LetterPdfRenderer renderer;

    public LetterPreview(LetterPdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** One rasterised page and how many the letter has. */
    public record Page(int number, int pageCount, int width, int height, int[] argb) {
    }

    /**
     * @param pageIndex from 0; clamped to the last page
     * @param dpi       96 for the screen at 100 %
     * @throws LetterRefusedException as {@link LetterPdfRenderer#render}
     */
    public Page page(LetterContent letter, int pageIndex, float dpi) {
        return raster(renderer.render(letter), pageIndex, dpi);
    }

    /**
     * As {@link #page}, for a letter that may still have blocking problems (the composer shows them beside it).
     *
     * @throws RuntimeException when the page cannot be drawn (see {@link LetterPdfRenderer#renderDraft})
     */
    public Page draft(LetterContent letter, int pageIndex, float dpi) {
        return raster(renderer.renderDraft(letter), pageIndex, dpi);
    }

    private static Page raster(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = document.getNumberOfPages();
            int index = Math.max(0, Math.min(pageIndex, count - 1));
            PDFRenderer raster = new PDFRenderer(document);
            raster.setSubsamplingAllowed(true);
            BufferedImage image = raster.renderImageWithDPI(index, dpi, ImageType.RGB);
            int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new Page(index + 1, count, image.getWidth(), image.getHeight(), argb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
