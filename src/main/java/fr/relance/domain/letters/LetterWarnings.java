package fr.relance.domain.letters;

import fr.relance.domain.DebtorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The case warnings of a letter about to go out (see {@link LetterWarning.Code}): insolvency, a hold, a consumer
 * charged fees, invoices left out because they are disputed or held. Pure: the composer's service loads the
 * {@link LetterSituation}, the controller's edits are in the {@link LetterContent}.
 */
public final class LetterWarnings {

    /**
     * The fixed indemnity or collection costs as a letter words them: the article that creates the indemnity, or
     * "40 €" / "€40" next to an indemnity. The consumer templates mention costs only to say none are claimed, and
     * never cite D441-5.
     */
    private static final Pattern FEE_WORDING = Pattern.compile(
            "D\\s*441-5|(indemnit[ée]|indemnity|compensation)[^.]{0,80}(40\\s*(€|eur)|€\\s*40)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private LetterWarnings() {
    }

    /** @param variant the kind of debtor whose template the letter uses */
    public static List<LetterWarning> of(LetterSituation situation, DebtorKind variant, LetterContent letter) {
        List<LetterWarning> warnings = new ArrayList<>();
        if (situation.insolvencyOpenedOn() != null) {
            warnings.add(LetterWarning.of(LetterWarning.Code.INSOLVENCY, situation.insolvencyOpenedOn()));
        }
        if (situation.holdUntil() != null) {
            String reason = situation.holdReason() == null ? "" : situation.holdReason().strip();
            warnings.add(LetterWarning.of(isDunning(letter.kind()) ? LetterWarning.Code.DEBTOR_ON_HOLD
                    : LetterWarning.Code.DEBTOR_ON_HOLD_INFO, situation.holdUntil(), reason));
        }
        if (situation.debtorKind() == DebtorKind.CONSUMER && chargesFees(variant, letter)) {
            warnings.add(LetterWarning.of(LetterWarning.Code.CONSUMER_FEES));
        }
        if (situation.debtorKind() == DebtorKind.B2B && variant == DebtorKind.CONSUMER) {
            warnings.add(LetterWarning.of(LetterWarning.Code.CONSUMER_VARIANT_FOR_BUSINESS));
        }
        if (!situation.disputedInvoices().isEmpty() && letter.kind() != LetterKind.STATEMENT) {
            warnings.add(LetterWarning.of(LetterWarning.Code.DISPUTED_LEFT_OUT,
                    String.join(", ", situation.disputedInvoices())));
        }
        if (!situation.heldInvoices().isEmpty() && letter.kind() != LetterKind.STATEMENT) {
            warnings.add(LetterWarning.of(LetterWarning.Code.HELD_LEFT_OUT,
                    String.join(", ", situation.heldInvoices())));
        }
        return warnings;
    }

    /** Letters that ask for payment, which a hold or insolvency proceedings stop. */
    static boolean isDunning(LetterKind kind) {
        return switch (kind) {
            case FIRST_REMINDER, SECOND_REMINDER, FORMAL_NOTICE, AGENCY_HANDOVER -> true;
            case STATEMENT, PAYMENT_PLAN_AGREEMENT -> false;
        };
    }

    /** The business variant, an indemnity in the claim, or fee wording in the text the controller may have typed. */
    static boolean chargesFees(DebtorKind variant, LetterContent letter) {
        if (variant == DebtorKind.B2B) {
            return true;
        }
        PenaltyStatement penalties = letter.penalties();
        if (penalties != null && (penalties.indemnityCount() > 0
                || (penalties.indemnities() != null && penalties.indemnities().signum() > 0))) {
            return true;
        }
        List<String> texts = new ArrayList<>();
        texts.add(letter.subject());
        for (LetterBlock block : letter.body()) {
            if (block instanceof LetterBlock.Paragraph paragraph) {
                texts.add(paragraph.text());
            }
        }
        return texts.stream().anyMatch(text -> text != null
                && FEE_WORDING.matcher(text.toLowerCase(Locale.ROOT)).find());
    }
}
