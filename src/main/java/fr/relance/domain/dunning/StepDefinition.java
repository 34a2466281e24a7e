package fr.relance.domain.dunning;

import java.math.BigDecimal;

/**
 * One step of a {@link PolicyDefinition}: a {@link DunningStep} without its position (the list order gives it)
 * and with its identity.
 *
 * @param id           the stored step (dunning_step.id), kept across edits so that the decisions naming it still
 *                     find it after steps are inserted or moved; null for a step not saved yet
 * @param offsetDays   days from the due date; negative = before it
 * @param action       what the step does
 * @param templateCode the template it uses; null for none
 * @param minAmount    the step waits while the debtor owes less than this
 * @param minGapDays   days since the previous action before the step is due
 * @param deadlineDays for a formal notice, the days given to pay; 0 for other actions
 */
public record StepDefinition(Long id, int offsetDays, DunningAction action, String templateCode,
                             BigDecimal minAmount, int minGapDays, int deadlineDays) {

    public StepDefinition {
        templateCode = templateCode == null || templateCode.isBlank() ? null : templateCode.strip();
        minAmount = minAmount == null ? BigDecimal.ZERO : minAmount;
    }

    /** A new step (no identity yet) with the values of {@code step}. */
    public static StepDefinition of(DunningStep step) {
        return new StepDefinition(null, step.offsetDays(), step.action(), step.templateCode(), step.minAmount(),
                step.minGapDays(), step.deadlineDays());
    }

    public DunningStep toStep(int position) {
        return new DunningStep(position, offsetDays, action, templateCode, minAmount, minGapDays, deadlineDays);
    }

    public StepDefinition withoutId() {
        return new StepDefinition(null, offsetDays, action, templateCode, minAmount, minGapDays, deadlineDays);
    }
}
