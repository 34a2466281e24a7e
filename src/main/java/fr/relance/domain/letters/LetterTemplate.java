package fr.relance.domain.letters;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One version of a letter template (one letter_template row). Versions are never changed once stored: saving
 * an edited text stores the next version, so a letter made from an older version keeps the text it was made with.
 *
 * @param id        letter_template.id, what a stored letter points at; 0 before it is stored
 * @param title     what the template list shows ("Première relance (courtoise)")
 * @param subject   the letter's subject line, with placeholders
 * @param body      the letter's body, with placeholders; blank lines separate paragraphs
 * @param createdAt when this version was stored; null before
 */
public record LetterTemplate(long id, TemplateKey key, int version, String title, String subject, String body,
                             boolean active, OffsetDateTime createdAt) {

    public LetterTemplate {
        Objects.requireNonNull(key, "key");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        title = title == null ? "" : title;
    }

    public LetterKind kind() {
        return key.kind();
    }

    /** The same text as a new, not yet stored, version. */
    public LetterTemplate withText(String newSubject, String newBody) {
        return new LetterTemplate(0, key, version, title, newSubject, newBody, true, null);
    }
}
