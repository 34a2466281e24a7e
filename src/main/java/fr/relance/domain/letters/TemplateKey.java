package fr.relance.domain.letters;

import fr.relance.domain.DebtorKind;
import java.util.Objects;

/**
 * Which template a letter uses: its kind, the kind of debtor (consumer variants carry no penalty, indemnity or
 * collection cost) and the language. One key has many versions (letter_template rows).
 */
public record TemplateKey(LetterKind kind, DebtorKind debtorKind, LetterLanguage language) {

    public TemplateKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(debtorKind, "debtorKind");
        Objects.requireNonNull(language, "language");
    }
}
