package fr.relance.documents;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.LatePenaltyCalculator;
import fr.relance.domain.OpenItem;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.domain.dossier.AccountStatement;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.ClaimSummary;
import fr.relance.domain.dossier.DossierChecklist;
import fr.relance.domain.dossier.DossierContent.ChecklistLine;
import fr.relance.domain.dossier.DossierContent.ChecklistStatus;
import fr.relance.domain.dossier.DossierContent.ChronologyLine;
import fr.relance.domain.dossier.DossierContent.DossierAttachment;
import fr.relance.domain.dossier.DossierContent;
import fr.relance.domain.dossier.DossierFacts;
import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.domain.dossier.DossierOrder;
import fr.relance.domain.dossier.ManualTick;
import fr.relance.domain.letters.LetterItems;
import fr.relance.domain.letters.LetterKind;
import fr.relance.dunning.CaseHistoryService;
import fr.relance.store.AgencyRepository;
import fr.relance.store.CompanyRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.store.DossierRepository;
import fr.relance.store.DossierSourcesRepository;
import fr.relance.store.LetterSourcesRepository;
import fr.relance.store.RatesRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.ChecklistTexts;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what a dossier holds from the store, as of a date: the creditor, the debtor with its contacts, the case and
 * its agency, the claim (the overdue invoices neither disputed nor on hold, less the open credit notes, with their
 * penalties or interest and indemnities), the checklist of evidence, the chronology, the statement of account and
 * the attachments that still count (withdrawn ones are left out). Runs off the JavaFX thread.
 */
public final class DossierSources {

    private final DebtorRepository debtors;
    private final CompanyRepository companies;
    private final RatesRepository rates;
    private final ReceivablesRepository receivables;
    private final LetterSourcesRepository letterSources;
    private final AgencyRepository agencies;
    private final DocumentRepository documents;
    private final DossierSourcesRepository dossiers;
    private final CaseHistoryService history;
    private final DossierRepository checklists;

    public DossierSources(Database database) {
        this.debtors = new DebtorRepository(database);
        this.companies = new CompanyRepository(database);
        this.rates = new RatesRepository(database);
        this.receivables = new ReceivablesRepository(database);
        this.letterSources = new LetterSourcesRepository(database);
        this.agencies = new AgencyRepository(database);
        this.documents = new DocumentRepository(database);
        this.dossiers = new DossierSourcesRepository(database);
        this.history = new CaseHistoryService(database, "dossier");
        this.checklists = new DossierRepository(database);
    }

    /**
     * @throws IllegalArgumentException when there is no such debtor
     * @throws fr.relance.domain.MissingRateException naming the half-year whose rate is missing
     */
    public DossierContent content(long debtorId, LocalDate asOf, Messages messages) {
        Debtor debtor = debtors.find(debtorId).orElseThrow(() -> new IllegalArgumentException("No debtor " + debtorId));
        Company creditor = companies.find().orElse(Company.empty());
        DossierSourcesRepository.OpenCase openCase = dossiers.openCase(debtorId).orElse(null);
        CollectionAgency agency = openCase == null || openCase.agencyId() == null ? null
                : agencies.find(openCase.agencyId()).orElse(null);
        LetterSourcesRepository.DebtorContext context = letterSources.context(debtorId).orElseThrow();

        List<OpenItem> claimed = LetterItems.select(LetterKind.FORMAL_NOTICE, receivables.openItemsOf(debtorId, asOf),
                asOf, letterSources.heldInvoiceIds(debtorId, asOf));
        ClaimSummary claim = ClaimSummary.of(new LatePenaltyCalculator(rates.table()), debtor.kind(), claimed,
                letterSources.paymentsByInvoice(debtorId, asOf), asOf,
                letterSources.formalNoticePresentedOn(debtorId, asOf).orElse(null), context.insolvencyOpenedOn());

        List<CaseEvent> events = history.history(debtorId, asOf);
        Set<Long> reversed = events.stream().filter(e -> e.reversesEventId() != null)
                .map(CaseEvent::reversesEventId).collect(Collectors.toSet());
        // The chronology tells the collection efforts. Of the ledger's own movements it keeps those of the claimed
        // invoices (issued, fell due, paid in part, the payments applied to them): the settled history of a large
        // account would bury the efforts, and the statement of account carries the whole ledger.
        Set<Long> claimedIds = claim.lines().stream().map(ClaimSummary.ClaimLine::invoiceId)
                .collect(Collectors.toSet());
        List<String> claimedNumbers = claim.lines().stream().map(ClaimSummary.ClaimLine::number).toList();
        LocalDate claimFrom = claim.lines().stream().map(ClaimSummary.ClaimLine::issueDate)
                .min(LocalDate::compareTo).orElse(null);
        List<ChronologyLine> chronology = new ArrayList<>(events.size());
        for (int i = events.size() - 1; i >= 0; i--) {
            CaseEvent event = events.get(i);
            if (event.isFromLedger() && !concernsTheClaim(event, claimedIds, claimedNumbers, claimFrom)) {
                continue;
            }
            chronology.add(new ChronologyLine(event.occurredOn(), event.kind(), event.summary(), event.author(),
                    event.amount(), event.id() != null && reversed.contains(event.id())));
        }

        List<DossierAttachment> attachments = documents.ofDebtor(debtorId).stream()
                .filter(document -> !document.withdrawn() && document.kind() != DocumentKind.DOSSIER)
                .map(DossierSources::attachment)
                .sorted(DossierOrder.ORDER)
                .toList();

        return new DossierContent(asOf, creditor, debtor, debtors.contactsOf(debtorId),
                openCase == null ? null : openCase.stage(), agency, claim,
                checklist(checklists.items(), checklists.facts(debtorId, asOf).orElseThrow(), checklists.ticks(debtorId),
                        messages),
                chronology, AccountStatement.of(dossiers.accountEntries(debtorId, asOf)), attachments);
    }

    private static boolean concernsTheClaim(CaseEvent event, Set<Long> claimedIds, List<String> claimedNumbers,
                                            LocalDate claimFrom) {
        if (event.invoiceId() != null) {
            return claimedIds.contains(event.invoiceId());
        }
        // A payment split over several invoices names them in its summary ("… affecté à FA-1, FA-3").
        String summary = event.summary() == null ? "" : event.summary();
        return CaseEvent.PAYMENT_RECEIVED.equals(event.kind()) && claimFrom != null
                && !event.occurredOn().isBefore(claimFrom)
                && claimedNumbers.stream().anyMatch(number -> mentions(summary, number));
    }

    private static boolean mentions(String text, String number) {
        int at = text.indexOf(number);
        while (at >= 0) {
            int end = at + number.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = text.indexOf(number, at + 1);
        }
        return false;
    }

    private static DossierAttachment attachment(StoredDocument document) {
        return new DossierAttachment(document.id(), document.fileName(), document.kind(), document.mimeType(),
                document.sizeBytes(), document.documentDate(), document.note(), document.sha256());
    }

    /**
     * The checklist configured in Paramètres › Dossier, evaluated as the Dossier tab shows it: automatic ticks from
     * the case's data, ticks by hand with who, when and the note, and each item's required flag.
     */
    static List<ChecklistLine> checklist(List<DossierItemDefinition> items, DossierFacts facts,
                                         List<ManualTick> ticks, Messages messages) {
        return checklistLines(DossierChecklist.evaluate(items, facts, ticks), messages);
    }

    /** The evaluated checklist worded for the dossier, in the tab's order. */
    public static List<ChecklistLine> checklistLines(DossierChecklist checklist, Messages messages) {
        ChecklistTexts texts = new ChecklistTexts(messages, new Formats(messages.locale()));
        List<ChecklistLine> lines = new ArrayList<>(checklist.items().size());
        for (ChecklistItem item : checklist.items()) {
            lines.add(new ChecklistLine(texts.label(item.item()), ChecklistStatus.valueOf(item.status().name()),
                    texts.evidence(item), item.required()));
        }
        return lines;
    }
}
