package fr.relance.domain.documents;

import fr.relance.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the controller says of a file being attached: its kind, the date it bears and a note.
 *
 * @param documentDate null when unknown
 * @param note         null or blank for none
 */
public record AttachmentDetails(DocumentKind kind, LocalDate documentDate, String note) {

    public static final int NOTE_MAX = 1000;
    public static final String KIND_REQUIRED = "document.kind.required";
    public static final String KIND_NOT_ATTACHABLE = "document.kind.notAttachable";
    public static final String DATE_AFTER_TODAY = "document.date.future";
    public static final String NOTE_TOO_LONG = "document.note.tooLong";

    /** The note stripped, null when blank. */
    public String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** A document cannot bear a date after the day it is attached on. */
    public List<FieldProblem> validate(LocalDate asOf) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", KIND_REQUIRED));
        } else if (!kind.attachable()) {
            problems.add(new FieldProblem("kind", KIND_NOT_ATTACHABLE));
        }
        if (documentDate != null && documentDate.isAfter(asOf)) {
            problems.add(new FieldProblem("documentDate", DATE_AFTER_TODAY));
        }
        String clean = cleanNote();
        if (clean != null && clean.length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", NOTE_TOO_LONG));
        }
        return problems;
    }
}
