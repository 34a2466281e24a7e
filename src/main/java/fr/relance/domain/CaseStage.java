package fr.relance.domain;

/** Stage of a collection case (collection_case.stage). */
public enum CaseStage {
    AMICABLE,
    FORMAL_NOTICE,
    PAYMENT_PLAN,
    AGENCY,
    LEGAL,
    CLOSED
}
