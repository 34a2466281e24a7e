package fr.relance.domain.letters;

import fr.relance.domain.DebtorKind;

/**
 * Days a letter gives the debtor to pay, counted from the letter's date.
 * <ul>
 *   <li>Formal notice: the deadline of the policy's formal-notice step (dunning_step.deadline_days); when the
 *       policy has none, 8 days for a business and 15 for a consumer, the defaults of the seeded policies
 *       (domain reference, section 5: "commonly 8 or 15 days").</li>
 *   <li>Reminders: 8 days, a reasonable new term the reminder names.</li>
 *   <li>Statement of account, payment-plan agreement (its instalments carry the dates), agency handover: none.</li>
 * </ul>
 */
public final class PaymentDeadlines {

    public static final int REMINDER_DAYS = 8;
    public static final int NOTICE_DAYS_B2B = 8;
    public static final int NOTICE_DAYS_CONSUMER = 15;

    private PaymentDeadlines() {
    }

    /**
     * @param stepDeadlineDays the policy step's deadline days, 0 when the step sets none
     * @return days to pay, 0 for a letter without deadline
     */
    public static int days(LetterKind kind, DebtorKind debtorKind, int stepDeadlineDays) {
        return switch (kind) {
            case FORMAL_NOTICE -> stepDeadlineDays > 0 ? stepDeadlineDays
                    : debtorKind == DebtorKind.CONSUMER ? NOTICE_DAYS_CONSUMER : NOTICE_DAYS_B2B;
            case FIRST_REMINDER, SECOND_REMINDER -> stepDeadlineDays > 0 ? stepDeadlineDays : REMINDER_DAYS;
            case STATEMENT, PAYMENT_PLAN_AGREEMENT, AGENCY_HANDOVER -> 0;
        };
    }
}
