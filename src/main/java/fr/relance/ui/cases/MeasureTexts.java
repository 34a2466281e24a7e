package fr.relance.ui.cases;

import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.CaseMeasures;
import fr.relance.domain.dunning.CaseMeasures.DisputeEntry;
import fr.relance.domain.dunning.CaseMeasures.PolicyOption;
import fr.relance.domain.dunning.CaseMeasures.PromiseEntry;
import fr.relance.domain.dunning.Hold;
import fr.relance.domain.dunning.InsolvencyWatch;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The sentences of the follow-up tab, in the user's language and formats. */
public final class MeasureTexts {

    private final Messages messages;
    private final Formats formats;
    private final LocalDate today;

    MeasureTexts(Messages messages, Formats formats, LocalDate today) {
        this.messages = messages;
        this.formats = formats;
        this.today = today;
    }

    /** "Mise en demeure depuis le 01/10/2026 · dossier ouvert le 08/09/2026", or why there is no case. */
    public String stage(CaseMeasures measures) {
        if (measures == null) {
            return "";
        }
        CaseMeasures.OpenCase open = measures.openCase();
        if (open == null) {
            return messages.get("measures.case.none");
        }
        return messages.get("measures.case.stage", messages.get("measures.stage." + open.stage().name()),
                formats.date(open.stageSince()), formats.date(open.openedOn()));
    }

    public String policy(PolicyOption policy) {
        if (policy == null) {
            return "";
        }
        return policy.isDefault() ? messages.get("measures.policy.default", policy.name()) : policy.name();
    }

    public String balance(CaseMeasures measures) {
        return measures == null ? "" : messages.get("measures.balance", formats.money(measures.balance()));
    }

    public String holdTarget(CaseMeasuresViewModel.HoldLine line) {
        return line.invoiceId() == null ? messages.get("measures.hold.debtor")
                : messages.get("measures.hold.invoice", line.invoiceNumber());
    }

    /** "du 23/11/2026 au 31/12/2026", or "jusqu'au 31/12/2026" when the first day is unknown. */
    public String period(Hold hold) {
        return hold.from() == null ? messages.get("measures.hold.until", formats.date(hold.until()))
                : messages.get("measures.hold.period", formats.date(hold.from()), formats.date(hold.until()));
    }

    /** The invoice a hold or a dispute will be about, or how to choose one. */
    public String selectedInvoice(OpenItem item) {
        if (item == null) {
            return messages.get("measures.invoice.none");
        }
        if (item.kind() != fr.relance.domain.InvoiceKind.INVOICE) {
            return messages.get("measures.invoice.creditNote", item.number());
        }
        return messages.get("measures.invoice.selected", item.number(), formats.money(item.balance(),
                item.currency()));
    }

    public String disputeCategory(DisputeEntry dispute) {
        return dispute.fromLedger() ? messages.get("measures.dispute.fromLedger")
                : messages.get("measures.dispute.category." + dispute.category().name());
    }

    public String disputeStatus(DisputeEntry dispute) {
        return dispute.isOpen() ? messages.get("measures.dispute.open")
                : messages.get("measures.dispute.resolution." + dispute.resolution().name());
    }

    /** "En cours", or the outcome with its date: "Avoir émis le 23/11/2026". */
    public String disputeOutcome(DisputeEntry dispute) {
        return dispute.isOpen() ? disputeStatus(dispute)
                : messages.get("measures.dispute.outcomeOn", disputeStatus(dispute), formats.date(dispute.resolvedOn()));
    }

    public String promiseStatus(PromiseEntry promise) {
        return promise.cancelled() ? messages.get("measures.promise.cancelled")
                : messages.get("measures.promise.status." + promise.status().name());
    }

    /** "Liquidation judiciaire · jugement d'ouverture du … · BODACC du …". */
    public String insolvency(CaseMeasures.Insolvency insolvency) {
        if (insolvency == null) {
            return messages.get("measures.insolvency.none");
        }
        String kind = insolvency.proceeding() == null ? messages.get("measures.insolvency.kindUnknown")
                : messages.get("measures.insolvency.kind." + insolvency.proceeding().name());
        return messages.get("measures.insolvency.summary", kind, formats.date(insolvency.openedOn()),
                insolvency.publishedOn() == null ? messages.get("measures.insolvency.notPublished")
                        : formats.date(insolvency.publishedOn()));
    }

    /** Where the claim filing stands: declared, to declare by the deadline (days left), or too late. */
    public String claim(CaseMeasures.Insolvency insolvency) {
        if (insolvency == null) {
            return "";
        }
        InsolvencyWatch watch = insolvency.watch();
        LocalDate deadline = watch.claimFilingDeadline();
        return switch (watch.status(today)) {
            case FILED -> messages.get("measures.claim.filed", formats.date(insolvency.claimDeclaredOn()));
            case TO_FILE -> messages.get("measures.claim.toFile", formats.date(deadline),
                    ChronoUnit.DAYS.between(today, deadline));
            case OVERDUE -> messages.get("measures.claim.overdue", formats.date(deadline));
        };
    }

    /** What the follow-up column of the open items says of one: disputed, on hold until a date. */
    public String followUp(OpenItem item, CaseMeasures measures) {
        if (item == null || item.kind() != fr.relance.domain.InvoiceKind.INVOICE) {
            return "";
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        boolean disputed = item.disputed() || measures != null && measures.disputes().stream()
                .anyMatch(d -> d.isOpen() && d.invoiceId() == item.invoiceId());
        if (disputed) {
            parts.add(messages.get("measures.column.disputed"));
        }
        if (measures != null) {
            measures.invoiceHolds().stream().filter(h -> h.invoiceId() == item.invoiceId()).findFirst()
                    .ifPresent(h -> parts.add(messages.get("measures.column.onHold", formats.date(h.hold().until()))));
        }
        return String.join(" · ", parts);
    }
}
