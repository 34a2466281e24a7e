package fr.relance.agency;

import fr.relance.domain.CaseClosingReason;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.agency.AgencyAccount;
import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.domain.agency.AgencyHandover;
import fr.relance.domain.agency.AgencyOutcome;
import fr.relance.domain.agency.AgencyReport;
import fr.relance.domain.agency.AgencyReportStatus;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.agency.NextStep;
import fr.relance.domain.agency.NextStepKind;
import fr.relance.domain.agency.NextStepRules;
import fr.relance.domain.agency.WriteOffVat;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.DossierChecklist;
import fr.relance.domain.dunning.LimitationStatus;
import fr.relance.dunning.CaseMeasuresService;
import fr.relance.store.AgencyCaseRepository;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.LimitationRepository;
import fr.relance.store.ReceivablesRepository;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Handing a case over to a collection agency and what follows: the agency's reports, the recall, the outcome and
 * the next step (legal procedure or write-off). Every input is checked first; a refusal throws
 * {@link InvalidInputException} naming the field and the problem, and nothing is written. Each accepted action is
 * one transaction with its timeline event.
 */
public final class AgencyFlowService {

    public static final String AGENCY_REQUIRED = "handover.agencyRequired";
    public static final String AGENCY_ARCHIVED = "handover.agencyArchived";
    public static final String NOTHING_DUE = "handover.nothingDue";
    public static final String OVERRIDE_REASON_REQUIRED = "handover.overrideReasonRequired";
    public static final String TARGET_REQUIRED = "handover.targetRequired";
    public static final String REASON_REQUIRED = "handover.reasonRequired";
    public static final String STEP_NOT_PROPOSED = "handover.stepNotProposed";
    public static final String NOT_PAID = "handover.notPaid";
    public static final String TOO_LONG = "handover.tooLong";

    private final AgencyCaseRepository cases;
    private final AgencyRepository agencies;
    private final ReceivablesRepository receivables;
    private final LimitationRepository limitations;
    private final DebtorRepository debtors;
    private final DossierChecklistService checklists;
    private final CaseMeasuresService measures;
    private final DossierExport export;
    private final PendingDossiers pending;
    private final String user;

    /** @param export writes the dossier sent with the handover */
    public AgencyFlowService(Database database, String user, DossierExport export) {
        this.cases = new AgencyCaseRepository(database);
        this.agencies = new AgencyRepository(database);
        this.receivables = new ReceivablesRepository(database);
        this.limitations = new LimitationRepository(database);
        this.debtors = new DebtorRepository(database);
        this.checklists = new DossierChecklistService(database, user);
        this.measures = new CaseMeasuresService(database, user);
        this.export = export;
        this.pending = new PendingDossiers(database.folder());
        this.user = user;
    }

    public DossierChecklistService checklists() {
        return checklists;
    }

    /** The extension of the dossier file the handover writes. */
    public String dossierExtension() {
        return export.extension();
    }

    /** The case as the "Dossier" tab shows it on {@code asOf}. */
    public AgencyCase overview(long debtorId, LocalDate asOf) {
        DossierChecklist checklist = checklists.checklist(debtorId, asOf);
        List<OpenItem> items = receivables.openItemsOf(debtorId, asOf);
        BigDecimal balance = items.stream().map(OpenItem::balance).reduce(Money.ZERO, BigDecimal::add);
        Optional<AgencyHandover> current = cases.current(debtorId);
        List<AgencyReport> reports = current.map(h -> cases.reports(h.id())).orElse(List.of());
        AgencyAccount account = current.map(h -> AgencyAccount.of(h.balance(), balance, reports,
                cases.paymentsReceived(debtorId, h.handedOverOn(), asOf))).orElse(null);
        List<NextStep> steps = List.of();
        WriteOffVat vat = null;
        if (current.isPresent() && current.get().awaitingNextStep()) {
            steps = nextSteps(debtorId, account.remaining(), items, asOf);
            if (steps.stream().anyMatch(s -> s.kind() == NextStepKind.WRITE_OFF)) {
                vat = writeOffVat(items);
            }
        }
        return new AgencyCase(debtorId, debtors.find(debtorId).map(d -> d.name()).orElse(""), checklist, balance, agencies.all(false), agencies.maxFeeShare(),
                current.orElse(null), reports, account, steps, vat, cases.handovers(debtorId));
    }

    /** The fee estimate and warnings of handing the case over to {@code agency} (shown before the handover). */
    public static AgencyFeeEstimate estimate(AgencyCase overview, CollectionAgency agency) {
        return AgencyFeeEstimate.of(agency, overview.balance(), overview.maxFeeShare());
    }

    /**
     * Hands the case over: the checklist must have every required item, or the override must give its reason (it
     * goes into the timeline). The dossier is written to {@code target} first, then in one transaction the
     * AGENCY_HANDOVER event (the dossier's SHA-256 in its details), the case at the agency stage with the agency
     * and the date, and the handover row. If that transaction fails, the dossier file is deleted: no dossier goes
     * out that the timeline does not record.
     */
    public AgencyHandover handOver(long debtorId, Long agencyId, String overrideReason, Path target,
                                   LocalDate asOf) {
        return handOver(debtorId, agencyId, overrideReason, target, asOf, DossierExport.Steps.NONE);
    }

    /**
     * Hands the case over as {@link #handOver(long, Long, String, Path, LocalDate)} does, reporting the dossier's
     * progress to {@code steps}; a cancellation leaves no file and records nothing.
     */
    public AgencyHandover handOver(long debtorId, Long agencyId, String overrideReason, Path target,
                                   LocalDate asOf, DossierExport.Steps steps) {
        AgencyCase overview = overview(debtorId, asOf);
        String reason = clean(overrideReason);
        CollectionAgency agency = refuseHandover(overview, agencyId, reason, target, true);
        List<ChecklistItem> missing = overview.checklist().missingRequired();

        Path note = pending.begin(target);
        DossierExport.ExportedDossier dossier;
        try {
            dossier = export.export(debtorId, agency, asOf, overview.checklist(), target, steps);
        } catch (RuntimeException e) {
            pending.done(note); // the exporter leaves the previous file as it was
            throw e;
        }
        String missingCodes = missing.stream().map(AgencyFlowService::itemName).collect(Collectors.joining(", "));
        String summary = agency.name() + " · SHA-256 " + dossier.sha256().substring(0, 16) + "…"
                + (missing.isEmpty() ? "" : " · OVERRIDE (" + missingCodes + "): " + reason);
        String details = "dossier.sha256=" + dossier.sha256() + "\n"
                + "dossier.file=" + dossier.file().getFileName() + "\n"
                + "dossier.bytes=" + dossier.sizeBytes() + "\n"
                + "checklist=" + overview.checklist().gauge().requiredPresent() + "/"
                + overview.checklist().gauge().requiredTotal() + " required, "
                + overview.checklist().gauge().present() + "/" + overview.checklist().gauge().total() + " all\n"
                + (missing.isEmpty() ? "" : "override.missing=" + missingCodes + "\noverride.reason=" + reason + "\n");
        try {
            AgencyHandover handover = cases.handOver(new AgencyCaseRepository.HandoverWrite(debtorId, agency.id(),
                    asOf, overview.balance(), dossier.sha256(), dossier.file().getFileName().toString(),
                    missing.isEmpty() ? null : reason, summary, details, user));
            pending.done(note);
            return handover;
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(dossier.file());
                pending.done(note);
            } catch (IOException ignored) {
                // the refusal is what the controller must see; the next start deletes the file
            }
            throw e;
        }
    }

    /**
     * Checks a handover before the dossier file is asked for: the agency, the checklist or the override's reason,
     * something owed, no handover in progress.
     *
     * @throws InvalidInputException with every problem
     */
    public void checkHandover(long debtorId, Long agencyId, String overrideReason, LocalDate asOf) {
        refuseHandover(overview(debtorId, asOf), agencyId, clean(overrideReason), null, false);
    }

    private CollectionAgency refuseHandover(AgencyCase overview, Long agencyId, String reason, Path target,
                                            boolean withTarget) {
        List<FieldProblem> problems = new ArrayList<>();
        CollectionAgency agency = agencyId == null ? null
                : overview.agencies().stream().filter(a -> a.id().equals(agencyId)).findFirst()
                .orElseGet(() -> agencies.find(agencyId).orElse(null));
        if (agency == null) {
            problems.add(new FieldProblem("agency", AGENCY_REQUIRED));
        } else if (agency.archived()) {
            problems.add(new FieldProblem("agency", AGENCY_ARCHIVED));
        }
        if (overview.current() != null) {
            problems.add(new FieldProblem("agency", AgencyCaseRepository.ALREADY_HANDED_OVER));
        }
        if (overview.balance().signum() <= 0) {
            problems.add(new FieldProblem("agency", NOTHING_DUE));
        }
        List<ChecklistItem> missing = overview.checklist().missingRequired();
        if (!missing.isEmpty() && reason == null) {
            problems.add(new FieldProblem("overrideReason", OVERRIDE_REASON_REQUIRED));
        }
        if (reason != null && reason.length() > 500) {
            problems.add(new FieldProblem("overrideReason", TOO_LONG));
        }
        if (withTarget && target == null) {
            problems.add(new FieldProblem("target", TARGET_REQUIRED));
        }
        InvalidInputException.refuseIfAny(problems);
        return agency;
    }

    /** Takes the case back from the agency with the reason: it returns to its previous stage, dunning resumes. */
    public long recall(long debtorId, String reason, LocalDate asOf) {
        String text = requireReason(reason);
        return cases.recall(debtorId, text, asOf, user);
    }

    /** Records a report of the agency: date, status, amount collected, fee invoiced, note. */
    public long report(long debtorId, LocalDate reportedOn, AgencyReportStatus status, BigDecimal collected,
                       BigDecimal fee, String note, LocalDate asOf) {
        AgencyHandover active = cases.current(debtorId).filter(AgencyHandover::active)
                .orElseThrow(() -> new InvalidInputException("handover", AgencyCaseRepository.NO_ACTIVE_HANDOVER));
        List<AgencyReport> earlier = cases.reports(active.id());
        BigDecimal stillOwed = AgencyAccount.of(active.balance(), active.balance(), earlier, BigDecimal.ZERO)
                .stillToCollect();
        AgencyReport report = new AgencyReport(null, reportedOn, status, collected == null ? null : collected,
                fee == null ? BigDecimal.ZERO : fee, clean(note), user, null, false);
        InvalidInputException.refuseIfAny(report.validate(active.handedOverOn(), stillOwed, asOf));
        AgencyReport stored = new AgencyReport(null, reportedOn, status, Money.cents(report.amountCollected()),
                Money.cents(report.feeInvoiced()), report.note(), user, null, false);
        String summary = status.name() + " · " + stored.amountCollected().toPlainString() + " / fee "
                + stored.feeInvoiced().toPlainString() + (stored.note() == null ? "" : ": " + stored.note());
        return cases.addReport(debtorId, stored, summary);
    }

    /** Ends the agency's mandate: the outcome (paid, partly paid, failed) follows from what it collected. */
    public AgencyOutcome end(long debtorId, LocalDate asOf) {
        AgencyCase overview = overview(debtorId, asOf);
        if (overview.current() == null || !overview.current().active()) {
            throw new InvalidInputException("handover", AgencyCaseRepository.NO_ACTIVE_HANDOVER);
        }
        AgencyAccount account = overview.account();
        AgencyOutcome outcome = account.outcome();
        cases.end(debtorId, outcome, account.remaining(), outcome.name() + " · collected "
                + account.collected().toPlainString() + " · fees " + account.fees().toPlainString() + " · remaining "
                + account.remaining().toPlainString(), asOf, user);
        return outcome;
    }

    /** Engages the proposed legal step (small claims, order for payment, claim declaration): the case goes legal. */
    public long engage(long debtorId, NextStepKind kind, String note, LocalDate asOf) {
        AgencyCase overview = overview(debtorId, asOf);
        NextStep step = overview.nextSteps().stream().filter(s -> s.kind() == kind && kind != NextStepKind.WRITE_OFF)
                .findFirst().orElseThrow(() -> new InvalidInputException("step", STEP_NOT_PROPOSED));
        String summary = kind.name() + (step.court() == null ? ""
                : " · " + step.court().name() + " · Cerfa " + step.court().cerfa())
                + (clean(note) == null ? "" : ": " + clean(note));
        return cases.engage(debtorId, kind, summary, asOf, user);
    }

    /**
     * Writes off what the debtor still owes after the agency: the case closed WRITTEN_OFF with the reason and the
     * VAT recovery wording (worded by the caller in the user's language) recorded on the timeline.
     */
    public long writeOff(long debtorId, String reason, String vatWording, LocalDate asOf) {
        String text = requireReason(reason);
        AgencyCase overview = overview(debtorId, asOf);
        if (overview.nextSteps().stream().noneMatch(s -> s.kind() == NextStepKind.WRITE_OFF)) {
            throw new InvalidInputException("step", STEP_NOT_PROPOSED);
        }
        List<OpenItem> owed = owed(receivables.openItemsOf(debtorId, asOf));
        BigDecimal amount = owed.stream().map(OpenItem::balance).reduce(Money.ZERO, BigDecimal::add);
        WriteOffVat vat = overview.vat();
        String summary = "CGI 272-1 · VAT " + vat.totalVat().toPlainString() + " · "
                + owed.stream().map(OpenItem::number).collect(Collectors.joining(", "));
        return cases.writeOff(debtorId, text, owed.stream().map(OpenItem::invoiceId).toList(), amount,
                vat.totalVat(), summary, vatWording, asOf, user);
    }

    /** After a PAID outcome, closes the case once the accounts show nothing owed. */
    public long closePaid(long debtorId, LocalDate asOf) {
        AgencyHandover current = cases.current(debtorId)
                .orElseThrow(() -> new InvalidInputException("handover", AgencyCaseRepository.NOT_AWAITING_STEP));
        if (current.outcome() != AgencyOutcome.PAID) {
            throw new InvalidInputException("step", NOT_PAID);
        }
        return measures.closeCase(debtorId, CaseClosingReason.PAID, current.agencyName(), asOf);
    }

    private List<NextStep> nextSteps(long debtorId, BigDecimal remaining, List<OpenItem> items, LocalDate asOf) {
        List<OpenItem> owed = owed(items);
        var dates = limitations.ofDebtor(debtorId, asOf);
        boolean timeBarred = !owed.isEmpty() && owed.stream().allMatch(i -> dates.get(i.invoiceId()) != null
                && dates.get(i.invoiceId()).status(asOf) == LimitationStatus.TIME_BARRED);
        var kind = debtors.find(debtorId).orElseThrow().kind();
        return NextStepRules.propose(kind, remaining, cases.insolvent(debtorId, asOf), timeBarred);
    }

    private WriteOffVat writeOffVat(List<OpenItem> items) {
        List<OpenItem> owed = owed(items);
        Map<Long, BigDecimal> exclVat = cases.amountsExclVat(owed.stream().map(OpenItem::invoiceId).toList());
        return WriteOffVat.of(owed.stream().map(i -> new WriteOffVat.Invoice(i.number(), i.amount(),
                exclVat.get(i.invoiceId()), i.balance())).toList());
    }

    private static List<OpenItem> owed(List<OpenItem> items) {
        return items.stream().filter(i -> i.kind() == InvoiceKind.INVOICE && i.balance().signum() > 0).toList();
    }

    private static String itemName(ChecklistItem item) {
        return item.item().custom() ? item.item().label() : item.item().code().name();
    }

    private static String requireReason(String reason) {
        String text = clean(reason);
        if (text == null) {
            throw new InvalidInputException("reason", REASON_REQUIRED);
        }
        if (text.length() > 500) {
            throw new InvalidInputException("reason", TOO_LONG);
        }
        return text;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
