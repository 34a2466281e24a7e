package fr.relance.domain.dunning;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a dunning policy (one dunning_step row).
 *
 * @param position     order within the policy, from 1
 * @param offsetDays   days from the due date when the step is reached; negative = before the due date
 * @param action       what the step does
 * @param templateCode the letter or e-mail template it uses (letter_template.code); null for none
 * @param minAmount    the step is skipped while the debtor's dunnable amount is below this
 * @param minGapDays   at least this many days since the previous action before the step is due
 * @param deadlineDays for a formal notice, the days the debtor is given to pay; 0 for other actions
 */
public record DunningStep(int position, int offsetDays, DunningAction action, String templateCode,
                          BigDecimal minAmount, int minGapDays, int deadlineDays) {

    public DunningStep {
        minAmount = minAmount == null ? BigDecimal.ZERO : minAmount;
    }

    /** A step that is not a formal notice, so without a payment deadline. */
    public DunningStep(int position, int offsetDays, DunningAction action, String templateCode,
                       BigDecimal minAmount, int minGapDays) {
        this(position, offsetDays, action, templateCode, minAmount, minGapDays, 0);
    }

    public boolean isFormalNotice() {
        return Objects.equals(action, DunningAction.FORMAL_NOTICE);
    }
}
