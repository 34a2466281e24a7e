package fr.relance.domain.letters;

import fr.relance.domain.DebtorKind;
import java.util.Locale;
import java.util.Optional;

/**
 * Dunning steps name their template by a code (dunning_step.template_code, seeded in V4): FIRST_REMINDER,
 * SECOND_REMINDER, PHONE_CALL, FORMAL_NOTICE, AGENCY_PROPOSAL, LEGAL_REVIEW, each with a _CONSUMER variant.
 * Letter templates are stored under the {@link LetterKind} name with the debtor kind in its own column; this
 * maps one to the other. A phone call or a legal review writes no letter.
 */
public final class TemplateCodes {

    static final String CONSUMER_SUFFIX = "_CONSUMER";

    private TemplateCodes() {
    }

    /** The letter a step's template code writes, with the kind of debtor; empty for a step without letter. */
    public static Optional<StepLetter> ofStepCode(String stepCode) {
        if (stepCode == null || stepCode.isBlank()) {
            return Optional.empty();
        }
        String code = stepCode.strip().toUpperCase(Locale.ROOT);
        DebtorKind debtorKind = DebtorKind.B2B;
        if (code.endsWith(CONSUMER_SUFFIX)) {
            debtorKind = DebtorKind.CONSUMER;
            code = code.substring(0, code.length() - CONSUMER_SUFFIX.length());
        }
        LetterKind kind = switch (code) {
            case "FIRST_REMINDER" -> LetterKind.FIRST_REMINDER;
            case "SECOND_REMINDER" -> LetterKind.SECOND_REMINDER;
            case "FORMAL_NOTICE" -> LetterKind.FORMAL_NOTICE;
            case "AGENCY_PROPOSAL", "AGENCY_HANDOVER" -> LetterKind.AGENCY_HANDOVER;
            case "PAYMENT_PLAN", "PAYMENT_PLAN_AGREEMENT" -> LetterKind.PAYMENT_PLAN_AGREEMENT;
            case "STATEMENT" -> LetterKind.STATEMENT;
            default -> null; // PHONE_CALL, LEGAL_REVIEW: no letter
        };
        return kind == null ? Optional.empty() : Optional.of(new StepLetter(kind, debtorKind));
    }

    /** The template code a step would carry for this letter: FORMAL_NOTICE, FORMAL_NOTICE_CONSUMER, ... */
    public static String stepCodeOf(LetterKind kind, DebtorKind debtorKind) {
        String base = kind == LetterKind.AGENCY_HANDOVER ? "AGENCY_PROPOSAL" : kind.name();
        return debtorKind == DebtorKind.CONSUMER ? base + CONSUMER_SUFFIX : base;
    }

    /** The letter of a step: kind and kind of debtor. */
    public record StepLetter(LetterKind kind, DebtorKind debtorKind) {
    }
}
