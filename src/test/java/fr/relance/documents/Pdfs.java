package fr.relance.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reading the generated PDFs back: text per page (PDFBox), glyph positions, veraPDF validation. */
final class Pdfs {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {
    }

    /** The extracted text of each page. */
    static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("\f", pageTexts(pdf));
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One extracted line of page 1 with its glyphs, in millimetres from the sheet's top-left corner. */
    record Line(String text, List<Glyph> glyphs) {

        double left() {
            return glyphs.stream().mapToDouble(Glyph::left).min().orElseThrow();
        }

        double right() {
            return glyphs.stream().mapToDouble(Glyph::right).max().orElseThrow();
        }

        double top() {
            return glyphs.stream().mapToDouble(Glyph::top).min().orElseThrow();
        }

        double bottom() {
            return glyphs.stream().mapToDouble(Glyph::bottom).max().orElseThrow();
        }
    }

    /** A glyph's box: from its left edge to its advance, from the font's ascent to its descent. */
    record Glyph(String text, double left, double right, double top, double bottom) {
    }

    /** The lines of one page with the position of every glyph. */
    static List<Line> lines(byte[] pdf, int page) {
        List<Line> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    List<Glyph> glyphs = new ArrayList<>();
                    for (TextPosition p : positions) {
                        float size = p.getFontSizeInPt();
                        float ascent = p.getFont().getFontDescriptor().getAscent() / 1000f * size;
                        float descent = -p.getFont().getFontDescriptor().getDescent() / 1000f * size;
                        double baseline = p.getYDirAdj();
                        glyphs.add(new Glyph(p.getUnicode(), mm(p.getXDirAdj()), mm(p.getXDirAdj() + p.getWidthDirAdj()),
                                mm(baseline - ascent), mm(baseline + descent)));
                    }
                    if (!glyphs.isEmpty()) {
                        lines.add(new Line(text, glyphs));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** veraPDF's failed PDF/A-2b rules, as "clause-test: message"; empty when the file conforms. */
    static List<String> pdfA2bFailures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }

    /** The flavour veraPDF reads from the file's own metadata. */
    static PDFAFlavour declaredFlavour(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            return parser.getFlavour();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double mm(double points) {
        return points * 25.4 / 72.0;
    }
}
