package fr.relance.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One embedded TrueType face (Liberation Sans, SIL OFL): its metrics for line breaking, whether it can draw a
 * character, and its subset embedding into a document. Not thread-safe: FontBox reads the font's tables lazily.
 */
final class LetterFont {

    static final String REGULAR = "fonts/LiberationSans-Regular.ttf";
    static final String BOLD = "fonts/LiberationSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = read(REGULAR);
    private static final byte[] BOLD_BYTES = read(BOLD);

    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float ascent;
    private final float descent;
    /** Advance widths of the Basic Multilingual Plane in 1/1000 em, read on first use; NaN until then. */
    private final float[] widths = new float[0x10000];

    private LetterFont(byte[] bytes) {
        try {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // French text needs no glyph substitution (no ligatures: "fi" stays two letters, for search and
            // extraction alike), and FontBox's Latin GSUB worker compiles regular expressions for every string
            // shown: with it on, a letter took a tenth of a second more.
            ttf.setEnableGsub(false);
            cmap = ttf.getUnicodeCmapLookup();
            unitsPerEm = ttf.getUnitsPerEm();
            ascent = ttf.getHorizontalHeader().getAscender() / unitsPerEm;
            descent = -ttf.getHorizontalHeader().getDescender() / unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded letter font cannot be read", e);
        }
        Arrays.fill(widths, Float.NaN);
    }

    static LetterFont regular() {
        return new LetterFont(REGULAR_BYTES);
    }

    static LetterFont bold() {
        return new LetterFont(BOLD_BYTES);
    }

    /** Whether the font has a glyph for this character (the letter refuses text it would draw as a box). */
    boolean canDisplay(int codePoint) {
        return codePoint <= 0xFFFF && codePoint >= 0x20 && cmap.getGlyphId(codePoint) > 0;
    }

    /** Width of the text in points at the given size. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += advance(text.charAt(i));
        }
        return units * size / 1000f;
    }

    /** Height above the baseline, in points at the given size. */
    float ascent(float size) {
        return ascent * size;
    }

    /** Depth below the baseline, in points at the given size. */
    float descent(float size) {
        return descent * size;
    }

    /** Subset-embeds the face: only the glyphs the document draws are written, when it is saved. */
    PDType0Font embedInto(PDDocument document) {
        try {
            return PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("The letter font cannot be embedded", e);
        }
    }

    private float advance(char c) {
        float width = widths[c];
        if (Float.isNaN(width)) {
            try {
                width = ttf.getAdvanceWidth(cmap.getGlyphId(c)) * 1000f / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            widths[c] = width;
        }
        return width;
    }

    private static byte[] read(String resource) {
        try (InputStream in = LetterFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
