package fr.relance.domain;

/**
 * What the aging list shows and filters on besides amounts.
 *
 * @param openCaseStage stage of the debtor's open collection case, null when it has none
 */
public record DebtorProfile(long debtorId, DebtorKind kind, CaseStage openCaseStage) {
}
