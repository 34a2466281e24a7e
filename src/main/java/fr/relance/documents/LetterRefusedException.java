package fr.relance.documents;

import java.util.List;

/**
 * A letter the renderer refuses to draw, before anything is written: the blocking problems of
 * {@link LetterPdfRenderer#check}. In a batch it names the first refused letter and how many were refused.
 */
public final class LetterRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<LetterProblem> problems;
    private final String reference;
    private final int refusedLetters;

    public LetterRefusedException(String reference, List<LetterProblem> problems, int refusedLetters) {
        super("Letter " + reference + " refused: " + problems.stream().map(p -> p.code().name()).toList());
        this.problems = List.copyOf(problems);
        this.reference = reference;
        this.refusedLetters = refusedLetters;
    }

    /** The blocking problems of the (first) refused letter. */
    public List<LetterProblem> problems() {
        return problems;
    }

    /** The refused letter's reference, or its position in the batch when it has none. */
    public String reference() {
        return reference;
    }

    /** 1 for a single letter; in a batch, how many letters have blocking problems. */
    public int refusedLetters() {
        return refusedLetters;
    }
}
