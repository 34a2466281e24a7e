package fr.relance.domain.agency;

import fr.relance.domain.CaseStage;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case handed over to a collection agency, as stored: the dossier sent (its SHA-256), the stage the case left
 * (a recall puts it back), then the recall or the outcome.
 *
 * @param overrideReason why the handover went ahead with required items missing; null when the dossier was complete
 * @param outcome        null while the agency holds the case
 * @param nextStep       what the controller decided after the agency, null until then
 */
public record AgencyHandover(long id, long caseId, long debtorId, long agencyId, String agencyName,
                             LocalDate handedOverOn, CaseStage previousStage, BigDecimal balance, String dossierSha256,
                             String dossierFile, String overrideReason, LocalDate recalledOn, String recallReason,
                             LocalDate endedOn, AgencyOutcome outcome, NextStepKind nextStep) {

    /** The agency holds the case: neither recalled nor ended. */
    public boolean active() {
        return recalledOn == null && endedOn == null;
    }

    public boolean recalled() {
        return recalledOn != null;
    }

    /** Ended with an outcome, the next step not decided yet. */
    public boolean awaitingNextStep() {
        return endedOn != null && nextStep == null;
    }
}
