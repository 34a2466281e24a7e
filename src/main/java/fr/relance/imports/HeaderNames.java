package fr.relance.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Header text reduced to what identifies a column whatever the software: no accents, case, punctuation. */
final class HeaderNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private HeaderNames() {
    }

    /** "N° d'échéance " -> "n d echeance"; "E-mail" -> "e mail". */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header.replace('\uFEFF', ' '), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("°", " ").replace("º", " ");
        return NOT_ALNUM.matcher(s).replaceAll(" ").strip();
    }
}
