package fr.relance.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The two faces of the letters, embedded in one document (one subset each, however many letters it holds). */
final class Faces {

    final Face regular;
    final Face bold;
    private final FontPair fonts;

    Faces(FontPair fonts, PDDocument document) {
        this.fonts = fonts;
        this.regular = new Face(fonts.regular(), fonts.regular().embedInto(document));
        this.bold = new Face(fonts.bold(), fonts.bold().embedInto(document));
    }

    FontPair regularAndBold() {
        return fonts;
    }

    /** The metrics and the embedded font of one face. */
    record Face(LetterFont metrics, PDType0Font font) {

        float width(String text, float size) {
            return metrics.width(text, size);
        }

        float ascent(float size) {
            return metrics.ascent(size);
        }
    }

    /** The faces' metrics, without a document: enough to check and lay out. */
    record FontPair(LetterFont regular, LetterFont bold) {

        static FontPair load() {
            return new FontPair(LetterFont.regular(), LetterFont.bold());
        }

        boolean canDisplay(int codePoint) {
            return regular.canDisplay(codePoint) && bold.canDisplay(codePoint);
        }
    }
}
