package fr.relance.domain.letters;

/**
 * Something in a template that keeps it from being saved or used, where it is and what it is.
 *
 * @param field      "subject" or "body"
 * @param messageKey the sentence in the bundles; its arguments are {0} the text as typed, {1} the line,
 *                   {2} the column, {3} the suggestion ("{{debiteur.nom}}") or an empty string
 * @param typed      the placeholder as typed, braces included ("{{debiteur.nmo}}")
 * @param line       1-based line of the opening braces
 * @param column     1-based column of the opening braces
 * @param start      offset of the problem in the field's text (for highlighting), inclusive
 * @param end        offset after the problem, exclusive
 * @param suggestion the nearest known placeholder, or null
 */
public record TemplateProblem(String field, String messageKey, String typed, int line, int column, int start,
                              int end, Placeholder suggestion) {

    /** A placeholder the catalogue does not know. */
    public static final String UNKNOWN = "template.problem.unknown";
    /** "{{" without "}}" on the same line. */
    public static final String UNCLOSED = "template.problem.unclosed";
    /** "{{}}". */
    public static final String EMPTY = "template.problem.empty";
    /** A known placeholder this kind of letter has no value for ({{tableau_penalites}} in a first reminder). */
    public static final String NOT_FOR_KIND = "template.problem.notForKind";
    /** A table placeholder that shares its line with text. */
    public static final String TABLE_NOT_ALONE = "template.problem.tableNotAlone";
    /** A table placeholder in the subject line. */
    public static final String TABLE_IN_SUBJECT = "template.problem.tableInSubject";
    /** Nothing to write: the body or the subject is blank. */
    public static final String BLANK = "template.problem.blank";
    /** The subject is longer than letter.subject (300 characters) once stored. */
    public static final String SUBJECT_TOO_LONG = "template.problem.subjectTooLong";

    /** Every key above, for the bundle test. */
    public static final java.util.List<String> KEYS = java.util.List.of(UNKNOWN, UNCLOSED, EMPTY, NOT_FOR_KIND,
            TABLE_NOT_ALONE, TABLE_IN_SUBJECT, BLANK, SUBJECT_TOO_LONG);

    public String suggestionText() {
        return suggestion == null ? "" : suggestion.written();
    }
}
