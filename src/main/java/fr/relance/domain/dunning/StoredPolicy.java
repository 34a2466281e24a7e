package fr.relance.domain.dunning;

/**
 * A saved policy and who follows it.
 *
 * @param assignedDebtors  debtors given this policy in their case file (debtor.policy_id)
 * @param followingDebtors debtors whose dunning it drives: the assigned ones, plus, for the default of a kind,
 *                         the debtors of that kind without a policy of their own
 */
public record StoredPolicy(PolicyDefinition definition, int assignedDebtors, int followingDebtors) {

    public long id() {
        return definition.id();
    }

    public String name() {
        return definition.name();
    }
}
