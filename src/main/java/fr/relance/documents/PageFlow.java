package fr.relance.documents;

import fr.relance.documents.Faces.Face;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of one letter as it flows: the current page, the vertical position (points from the bottom, as PDF
 * counts), page breaks with the continuation header. Every page's content stream stays open until
 * {@link #finish} draws the footers, which need the page count ("Page 1/3").
 */
final class PageFlow {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = Mm.pt(20);
    static final float RIGHT = PAGE_WIDTH - Mm.pt(20);
    static final float TEXT_WIDTH = RIGHT - LEFT;
    /** Lowest point of the body; the page number and the legal identity line sit below. */
    static final float BOTTOM = Mm.pt(26);
    /** Where the body starts on the pages after the first. */
    static final float CONTINUATION_TOP = PAGE_HEIGHT - Mm.pt(24);

    /** Text colours, RGB: the output intent is sRGB, so no DeviceGray anywhere (PDF/A-2b, 6.2.4.3). */
    static final float[] BLACK = {0f, 0f, 0f};
    static final float[] GREY = {0.33f, 0.33f, 0.33f};
    static final float[] RULE = {0.55f, 0.55f, 0.55f};
    static final float[] LIGHT_RULE = {0.80f, 0.80f, 0.80f};
    static final float[] SHADE = {0.91f, 0.92f, 0.94f};

    private final PDDocument document;
    private final Consumer<PageFlow> continuationHeader;
    private final PDRectangle size;
    private final float continuationTop;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private PDPageContentStream current;
    private float y;

    PageFlow(PDDocument document, Consumer<PageFlow> continuationHeader) {
        this(document, continuationHeader, PDRectangle.A4, CONTINUATION_TOP);
    }

    /** Pages of another size (an A4 landscape list), the body starting at {@code continuationTop} after the first. */
    PageFlow(PDDocument document, Consumer<PageFlow> continuationHeader, PDRectangle size, float continuationTop) {
        this.document = document;
        this.continuationHeader = continuationHeader;
        this.size = size;
        this.continuationTop = continuationTop;
    }

    /** Starts the next page; from the second one on, with the continuation header. */
    void newPage() throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        current = new PDPageContentStream(document, page);
        streams.add(current);
        if (pages.size() > 1) {
            y = continuationTop;
            continuationHeader.accept(this);
        }
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float height) {
        y -= height;
    }

    /** Whether a block this tall still fits above the bottom of the body. */
    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    /** Breaks the page unless the block fits; true when it broke. */
    boolean ensure(float height) throws IOException {
        if (fits(height)) {
            return false;
        }
        newPage();
        return true;
    }

    int pageCount() {
        return pages.size();
    }

    /** Draws what every page ends with (given its number from 1), then closes the content streams. */
    void finish(PageFooter footer) throws IOException {
        try {
            for (int i = 0; i < streams.size(); i++) {
                current = streams.get(i);
                footer.draw(this, i + 1, streams.size());
            }
        } finally {
            for (PDPageContentStream stream : streams) {
                stream.close();
            }
            streams.clear();
        }
    }

    /** What {@link #finish} draws on each page. */
    @FunctionalInterface
    interface PageFooter {
        void draw(PageFlow flow, int pageNumber, int pageCount) throws IOException;
    }

    // Drawing on the current page.

    PDPageContentStream stream() {
        return current;
    }

    void text(Face face, float size, float x, float baseline, String text) throws IOException {
        text(face, size, x, baseline, text, BLACK);
    }

    void text(Face face, float size, float x, float baseline, String text, float[] colour) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        current.beginText();
        current.setFont(face.font(), size);
        if (colour != BLACK) {
            current.setNonStrokingColor(colour[0], colour[1], colour[2]);
        }
        current.newLineAtOffset(x, baseline);
        current.showText(text);
        current.endText();
        if (colour != BLACK) {
            current.setNonStrokingColor(0f, 0f, 0f);
        }
    }

    void textRight(Face face, float size, float right, float baseline, String text, float[] colour)
            throws IOException {
        text(face, size, right - face.width(text, size), baseline, text, colour);
    }

    void textCentred(Face face, float size, float centre, float baseline, String text, float[] colour)
            throws IOException {
        text(face, size, centre - face.width(text, size) / 2, baseline, text, colour);
    }

    void line(float x1, float y1, float x2, float y2, float width, float[] colour) throws IOException {
        current.setStrokingColor(colour[0], colour[1], colour[2]);
        current.setLineWidth(width);
        current.moveTo(x1, y1);
        current.lineTo(x2, y2);
        current.stroke();
    }

    void fill(float x, float bottom, float width, float height, float[] colour) throws IOException {
        current.setNonStrokingColor(colour[0], colour[1], colour[2]);
        current.addRect(x, bottom, width, height);
        current.fill();
        current.setNonStrokingColor(0f, 0f, 0f);
    }

    void frame(float x, float bottom, float width, float height, float lineWidth, float[] colour)
            throws IOException {
        current.setStrokingColor(colour[0], colour[1], colour[2]);
        current.setLineWidth(lineWidth);
        current.addRect(x, bottom, width, height);
        current.stroke();
    }

    /** Short marks in the left margin where the sheet is folded in three for a DL envelope. */
    void foldMarks() throws IOException {
        for (double fold : new double[] {EnvelopeLayout.FIRST_FOLD_MM, EnvelopeLayout.SECOND_FOLD_MM}) {
            float at = PAGE_HEIGHT - Mm.pt(fold);
            line(Mm.pt(4), at, Mm.pt(9), at, 0.4f, RULE);
        }
    }
}
