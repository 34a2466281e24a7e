package fr.relance.domain.letters;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Looks placeholders up by what the user typed, and suggests the nearest name for a typo. */
public final class PlaceholderCatalogue {

    /** Beyond this many edits a suggestion would be a guess rather than a typo fixed. */
    static final int MAX_SUGGESTION_DISTANCE = 3;

    private static final Map<String, Placeholder> BY_KEY = Arrays.stream(Placeholder.values())
            .collect(Collectors.toUnmodifiableMap(Placeholder::key, Function.identity()));
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_SUGGESTION_DISTANCE);

    private PlaceholderCatalogue() {
    }

    /** The placeholders usable in a letter of this kind, in catalogue order. */
    public static List<Placeholder> availableIn(LetterKind kind) {
        return Arrays.stream(Placeholder.values()).filter(p -> p.availableIn(kind)).toList();
    }

    public static Optional<Placeholder> find(String typed) {
        return Optional.ofNullable(BY_KEY.get(normalize(typed)));
    }

    /**
     * What was typed, as a catalogue name: lower case, no accents, no spaces around the dots, inner spaces as
     * underscores ("Débiteur . Nom" → "debiteur.nom", "date limite" → "date_limite").
     */
    public static String normalize(String typed) {
        String plain = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .strip()
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("\\s*\\.\\s*", ".").replaceAll("\\s+", "_");
    }

    /** The nearest catalogue name within a few typing mistakes, for "did you mean". */
    public static Optional<Placeholder> suggestionFor(String typed) {
        String name = normalize(typed);
        return Arrays.stream(Placeholder.values())
                .map(p -> Map.entry(p, DISTANCE.apply(name, p.key())))
                .filter(e -> e.getValue() >= 0)
                .min(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
