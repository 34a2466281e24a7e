package fr.relance.documents;

import fr.relance.documents.Faces.FontPair;
import java.util.ArrayList;
import java.util.List;

/**
 * The recipient's address as it shows in the envelope window: the debtor's name in bold, wrapped within the
 * window's width when it is long, then the postal lines (NF Z10-011 order), 10 pt on a 12 pt leading.
 */
final class AddressBlock {

    static final float SIZE = 10f;
    static final float LEADING = 12f;

    private AddressBlock() {
    }

    /** One printed line of the block. */
    record Line(String text, boolean bold) {
    }

    /** The printed lines, for a block of the given layout. */
    static List<Line> lines(List<String> recipient, FontPair fonts, EnvelopeLayout envelope) {
        List<Line> lines = new ArrayList<>();
        if (recipient.isEmpty()) {
            return lines;
        }
        float width = Mm.pt(envelope.addressWidthMm());
        for (String part : TextLines.wrap(recipient.get(0).strip(), fonts.bold(), SIZE, width)) {
            lines.add(new Line(part, true));
        }
        for (String postal : recipient.subList(1, recipient.size())) {
            for (String part : TextLines.wrap(postal.strip(), fonts.regular(), SIZE, width)) {
                lines.add(new Line(part, false));
            }
        }
        return lines;
    }

    /** How many lines the window holds: the first line's top at the block's top, the last one's foot above its bottom. */
    static int capacity(EnvelopeLayout envelope, FontPair fonts) {
        float height = Mm.pt(envelope.addressHeightMm());
        float firstLine = fonts.bold().ascent(SIZE) + fonts.regular().descent(SIZE);
        return height < firstLine ? 0 : 1 + (int) Math.floor((height - firstLine) / LEADING);
    }
}
