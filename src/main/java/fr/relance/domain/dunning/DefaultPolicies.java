package fr.relance.domain.dunning;

import static fr.relance.domain.dunning.DunningAction.AGENCY_PROPOSAL;
import static fr.relance.domain.dunning.DunningAction.EMAIL_REMINDER;
import static fr.relance.domain.dunning.DunningAction.FORMAL_NOTICE;
import static fr.relance.domain.dunning.DunningAction.LEGAL_REVIEW;
import static fr.relance.domain.dunning.DunningAction.PHONE_CALL;
import static fr.relance.domain.dunning.DunningAction.REMINDER_LETTER;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.Money;
import java.util.List;

/**
 * The policies Relance ships. The minimum amounts keep the costly steps (registered letter, agency, lawyer)
 * for sums worth them; the gaps keep two contacts from landing the same week after a hold or a payment.
 */
public final class DefaultPolicies {

    public static final String B2B_NAME = "B2B";
    public static final String CONSUMER_NAME = "CONSUMER";
    /** Template codes of the consumer policy end with this: softer wording and no collection costs (CPCE L111-8). */
    public static final String CONSUMER_SUFFIX = "_CONSUMER";

    private DefaultPolicies() {
    }

    /** D+7 e-mail, D+15 letter, D+21 call, D+30 formal notice (8 days to pay), D+60 agency, D+120 legal review. */
    public static DunningPolicy b2b() {
        return new DunningPolicy(B2B_NAME, DebtorKind.B2B, List.of(
                new DunningStep(1, 7, EMAIL_REMINDER, "FIRST_REMINDER", Money.of("0"), 0),
                new DunningStep(2, 15, REMINDER_LETTER, "SECOND_REMINDER", Money.of("0"), 7),
                new DunningStep(3, 21, PHONE_CALL, "PHONE_CALL", Money.of("150"), 5),
                new DunningStep(4, 30, FORMAL_NOTICE, "FORMAL_NOTICE", Money.of("100"), 7, 8),
                // after the notice's 8 days, posting and presentation of the registered letter
                new DunningStep(5, 60, AGENCY_PROPOSAL, "AGENCY_PROPOSAL", Money.of("300"), 20),
                new DunningStep(6, 120, LEGAL_REVIEW, "LEGAL_REVIEW", Money.of("750"), 30)));
    }

    /**
     * D+10 e-mail, D+20 letter, D+30 call, D+45 formal notice (15 days to pay), D+90 agency proposal. No legal
     * review step: for a consumer it is a decision taken case by case.
     */
    public static DunningPolicy consumer() {
        return new DunningPolicy(CONSUMER_NAME, DebtorKind.CONSUMER, List.of(
                new DunningStep(1, 10, EMAIL_REMINDER, "FIRST_REMINDER" + CONSUMER_SUFFIX, Money.of("0"), 0),
                new DunningStep(2, 20, REMINDER_LETTER, "SECOND_REMINDER" + CONSUMER_SUFFIX, Money.of("0"), 7),
                new DunningStep(3, 30, PHONE_CALL, "PHONE_CALL" + CONSUMER_SUFFIX, Money.of("100"), 7),
                new DunningStep(4, 45, FORMAL_NOTICE, "FORMAL_NOTICE" + CONSUMER_SUFFIX, Money.of("80"), 10, 15),
                new DunningStep(5, 90, AGENCY_PROPOSAL, "AGENCY_PROPOSAL" + CONSUMER_SUFFIX, Money.of("300"), 30)));
    }

    /** The template codes the shipped policies use, both kinds. */
    public static List<String> templateCodes() {
        return java.util.stream.Stream.concat(b2b().steps().stream(), consumer().steps().stream())
                .map(DunningStep::templateCode).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The template the shipped policy of that kind uses for the action, if it has a step doing it. */
    public static java.util.Optional<String> templateFor(DebtorKind kind, DunningAction action) {
        return forKind(kind).steps().stream().filter(step -> step.action() == action)
                .map(DunningStep::templateCode).filter(java.util.Objects::nonNull).findFirst();
    }

    public static DunningPolicy forKind(DebtorKind kind) {
        return kind == DebtorKind.CONSUMER ? consumer() : b2b();
    }
}
