package fr.relance.domain.registered;

import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The worklist's "suivre le recommandé" lines: a registered letter posted with no news of it. La Poste presents a
 * registered letter on the day after posting or the next (D+1/D+2); when nobody is in, it leaves a notice and keeps
 * the letter 15 days at the post office, then sends it back. So a letter neither delivered nor returned
 * {@value RegisteredLetter#OVERDUE_AFTER_DAYS} days after its posting has news the controller has not recorded (or
 * is lost): look up the tracking number on La Poste's site and record the delivery or the return. The line goes as
 * soon as one of them is recorded (or when the posting itself is reversed).
 */
public final class RegisteredMailFollowUp {

    private RegisteredMailFollowUp() {
    }

    /** Whether the letter is posted, with no delivery and no return, and its posting is old enough to ask. */
    public static boolean due(RegisteredLetter letter, LocalDate asOf) {
        return letter.overdue(asOf);
    }

    /**
     * One line per letter to follow up, the oldest posting first.
     *
     * @param debtorName the debtor's name by id
     */
    public static List<WorklistItem> lines(Collection<RegisteredLetter> letters, LongFunction<String> debtorName,
                                           LocalDate asOf) {
        List<RegisteredLetter> due = new ArrayList<>(letters.stream().filter(l -> due(l, asOf)).toList());
        due.sort(Comparator.comparing((RegisteredLetter l) -> l.posting().postedOn())
                .thenComparingLong(RegisteredLetter::letterId));
        return due.stream().map(letter -> line(letter, debtorName.apply(letter.debtorId()), asOf)).toList();
    }

    /**
     * The line: the tracking number as printed, posted on (shown as the last contact), days without news since (in
     * the days column); no amount and no invoice, nothing to execute.
     */
    static WorklistItem line(RegisteredLetter letter, String debtorName, LocalDate asOf) {
        RegisteredLetter.Posting posting = letter.posting();
        return new WorklistItem(letter.debtorId(), debtorName, WorklistKind.REGISTERED_LETTER_TRACKING, null, 0, null,
                BigDecimal.ZERO, ChronoUnit.DAYS.between(posting.postedOn(), asOf), posting.postedOn(), null,
                List.of(), Set.of(), posting.trackingNumber().display());
    }
}
