package fr.relance.ui.dossier;

import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.domain.agency.NextStep;
import fr.relance.domain.agency.WriteOffVat;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.text.ChecklistTexts;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.agencies.AgencyTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** How the dossier checklist, the fee estimate, the next steps and the write-off's VAT wording read. */
public final class DossierTexts {

    private final Messages messages;
    private final Formats formats;
    private final ChecklistTexts checklist;

    public DossierTexts(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
        this.checklist = new ChecklistTexts(messages, formats);
    }

    public String label(DossierItemDefinition item) {
        return checklist.label(item);
    }

    public String status(ChecklistItem item) {
        return checklist.status(item);
    }

    /** What was found, who ticked it by hand, or what is missing and what to do. */
    public String evidence(ChecklistItem item) {
        return checklist.evidence(item);
    }

    public String estimate(AgencyFeeEstimate estimate, BigDecimal maxShare) {
        String fee = estimate.fee() == null ? "" : messages.get("handover.estimate", formats.money(estimate.fee()),
                formats.percent(estimate.share()), AgencyTexts.feeModel(estimate.agency(), messages, formats));
        return fee + (fee.isEmpty() ? "" : " · ") + AgencyTexts.warnings(estimate, maxShare, messages, formats);
    }

    public String stepTitle(NextStep step) {
        return messages.get("dossier.next." + step.kind().name())
                + (step.recommended() ? " " + messages.get("dossier.next.recommended") : "");
    }

    public String stepReason(NextStep step) {
        return messages.get(step.reasonKey(), step.reasonArgs().stream().map(this::format).toArray());
    }

    /** The VAT recovery wording of a write-off (CGI 272-1, domain reference section 9), ready to copy. */
    public String vatWording(String debtorName, WriteOffVat vat, LocalDate on) {
        String lines = vat.lines().stream().map(line -> messages.get("dossier.vat.line", line.number(),
                formats.money(line.balance()), formats.money(line.vat()))).collect(Collectors.joining("\n"));
        return messages.get("dossier.vat.wording", debtorName, formats.date(on), formats.money(vat.totalBalance()),
                formats.money(vat.totalVat()), lines);
    }

    private Object format(Object value) {
        if (value instanceof LocalDate date) {
            return formats.date(date);
        }
        if (value instanceof BigDecimal amount) {
            return formats.money(amount);
        }
        return value;
    }
}
