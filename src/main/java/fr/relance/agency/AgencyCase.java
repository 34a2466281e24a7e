package fr.relance.agency;

import fr.relance.domain.agency.AgencyAccount;
import fr.relance.domain.agency.AgencyHandover;
import fr.relance.domain.agency.AgencyReport;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.agency.NextStep;
import fr.relance.domain.agency.WriteOffVat;
import fr.relance.domain.dossier.DossierChecklist;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the case file's "Dossier" tab shows for one debtor.
 *
 * @param balance   what the ledger says the debtor owes (invoices, credit notes counted)
 * @param agencies  the agencies a case may be handed over to (not archived)
 * @param current   the handover of the open case (in progress, or ended awaiting or past its next step); null
 * @param account   collected vs fees vs remaining, when there is a current handover
 * @param nextSteps what to do after the agency, once it ended with something still owed
 * @param vat       the VAT in what a write-off would give up, when a write-off is proposed
 */
public record AgencyCase(long debtorId, String debtorName, DossierChecklist checklist, BigDecimal balance,
                         List<CollectionAgency> agencies, BigDecimal maxFeeShare, AgencyHandover current,
                         List<AgencyReport> reports, AgencyAccount account, List<NextStep> nextSteps, WriteOffVat vat,
                         List<AgencyHandover> history) {

    public AgencyCase {
        agencies = List.copyOf(agencies);
        reports = List.copyOf(reports);
        nextSteps = List.copyOf(nextSteps);
        history = List.copyOf(history);
    }
}
