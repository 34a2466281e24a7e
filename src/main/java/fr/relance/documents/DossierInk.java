package fr.relance.documents;

import fr.relance.documents.Faces.Face;
import java.io.IOException;
import java.util.List;

/**
 * Text on the dossier's own pages: every string from the data file goes through {@link #safe} (a character the
 * embedded font cannot draw becomes "?" rather than failing the export), paragraphs wrap and break pages through
 * {@link PageFlow}.
 */
final class DossierInk {

    static final float TITLE_SIZE = 16f;
    static final float HEADING_SIZE = 12f;
    static final float BODY_SIZE = 9.5f;
    static final float BODY_LEADING = 12.5f;
    static final float SMALL_SIZE = 8f;
    static final float SMALL_LEADING = 10f;

    final Faces faces;

    DossierInk(Faces faces) {
        this.faces = faces;
    }

    /** The text with what the font cannot draw replaced ("?"), control characters as spaces, null as "". */
    String safe(String text) {
        String clean = TextLines.clean(text).replace('\u202F', '\u00A0');
        StringBuilder out = new StringBuilder(clean.length());
        clean.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c < 0x20 || Character.isISOControl(c)) {
                out.append(' ');
            } else if (faces.regularAndBold().canDisplay(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** One line cut with "…" to the width. */
    String fit(String text, Face face, float size, float width) {
        String safe = safe(text).replace('\n', ' ');
        if (face.width(safe, size) <= width) {
            return safe;
        }
        int end = safe.length();
        while (end > 1 && face.width(safe.substring(0, end) + "…", size) > width) {
            end--;
        }
        return safe.substring(0, end) + "…";
    }

    /** A section title at the top of the flow's current position. */
    void title(PageFlow flow, String text) throws IOException {
        flow.ensure(TITLE_SIZE * 2.5f);
        flow.down(TITLE_SIZE);
        flow.text(faces.bold, TITLE_SIZE, PageFlow.LEFT, flow.y(), fit(text, faces.bold, TITLE_SIZE,
                PageFlow.TEXT_WIDTH));
        flow.down(TITLE_SIZE * 0.6f);
        flow.line(PageFlow.LEFT, flow.y(), PageFlow.RIGHT, flow.y(), 0.8f, PageFlow.RULE);
        flow.down(TITLE_SIZE * 0.8f);
    }

    void heading(PageFlow flow, String text) throws IOException {
        flow.ensure(HEADING_SIZE * 3f);
        flow.down(HEADING_SIZE * 0.6f);
        flow.down(HEADING_SIZE);
        flow.text(faces.bold, HEADING_SIZE, PageFlow.LEFT, flow.y(), fit(text, faces.bold, HEADING_SIZE,
                PageFlow.TEXT_WIDTH));
        flow.down(HEADING_SIZE * 0.6f);
    }

    /** A wrapped paragraph from {@code x} to the right margin. */
    void paragraph(PageFlow flow, Face face, float size, float leading, float x, String text, float[] colour)
            throws IOException {
        List<String> lines = TextLines.wrap(safe(text), face.metrics(), size, PageFlow.RIGHT - x);
        for (String line : lines) {
            flow.ensure(leading);
            flow.down(leading);
            flow.text(face, size, x, flow.y() + leading - size - 1f, line, colour);
        }
    }

    void paragraph(PageFlow flow, String text) throws IOException {
        paragraph(flow, faces.regular, BODY_SIZE, BODY_LEADING, PageFlow.LEFT, text, PageFlow.BLACK);
    }

    /** "Label : value" lines, the label in bold in a column of its own. */
    void field(PageFlow flow, String label, String value, float labelWidth) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        List<String> lines = TextLines.wrap(safe(value), faces.regular.metrics(), BODY_SIZE,
                PageFlow.TEXT_WIDTH - labelWidth);
        for (int i = 0; i < lines.size(); i++) {
            flow.ensure(BODY_LEADING);
            flow.down(BODY_LEADING);
            float baseline = flow.y() + BODY_LEADING - BODY_SIZE - 1f;
            if (i == 0) {
                flow.text(faces.bold, BODY_SIZE, PageFlow.LEFT, baseline,
                        fit(label, faces.bold, BODY_SIZE, labelWidth - 4));
            }
            flow.text(faces.regular, BODY_SIZE, PageFlow.LEFT + labelWidth, baseline, lines.get(i));
        }
    }
}
