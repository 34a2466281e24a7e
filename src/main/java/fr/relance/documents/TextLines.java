package fr.relance.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Text as the letter prints it: cleaned, and broken into lines that fit a width. */
final class TextLines {

    private TextLines() {
    }

    /**
     * Composed accents (a decomposed "é" would print as "e" and a floating accent), one kind of line break, tabs
     * as spaces; null as empty.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    }

    /**
     * Breaks at ordinary spaces only: the no-break spaces of French amounts ("10 000,00 €") and before ":" keep
     * their words together. A word wider than the line is cut. The line breaks of the text are kept; an empty
     * line stays an empty line.
     */
    static List<String> wrap(String text, LetterFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        float space = font.width(" ", size);
        for (String paragraph : clean(text).split("\n", -1)) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                lines.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : trimmed.split(" +")) {
                float wordWidth = font.width(word, size);
                if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (font.width(rest, size) > width && rest.length() > 1) {
                    int cut = longestPrefixThatFits(rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
                lineWidth = font.width(rest, size);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int longestPrefixThatFits(String word, LetterFont font, float size, float width) {
        int cut = 1;
        while (cut < word.length() && font.width(word.substring(0, cut + 1), size) <= width) {
            cut++;
        }
        if (Character.isHighSurrogate(word.charAt(cut - 1)) && cut > 1) {
            cut--;
        }
        return cut;
    }
}
