package fr.relance.ui.aging;

import fr.relance.domain.CaseStage;

/** The aging list's filter on the debtor's open collection case. */
public enum CaseFilter {
    ANY(null), NO_CASE(null), AMICABLE(CaseStage.AMICABLE), FORMAL_NOTICE(CaseStage.FORMAL_NOTICE),
    PAYMENT_PLAN(CaseStage.PAYMENT_PLAN), AGENCY(CaseStage.AGENCY), LEGAL(CaseStage.LEGAL);

    private final CaseStage stage;

    CaseFilter(CaseStage stage) {
        this.stage = stage;
    }

    public boolean accepts(CaseStage openCaseStage) {
        return switch (this) {
            case ANY -> true;
            case NO_CASE -> openCaseStage == null;
            default -> stage == openCaseStage;
        };
    }
}
