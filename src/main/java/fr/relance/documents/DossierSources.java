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
import fr.relance.domain.dossier.ClaimSummary;
import fr.relance.domain.dossier.DossierContent;
import fr.relance.domain.dossier.DossierContent.ChecklistLine;
import fr.relance.domain.dossier.DossierContent.ChecklistStatus;
import fr.relance.domain.dossier.DossierContent.ChronologyLine;
import fr.relance.domain.dossier.DossierContent.DossierAttachment;
import fr.relance.domain.dossier.DossierOrder;
import fr.relance.domain.letters.LetterItems;
import fr.relance.domain.letters.LetterKind;
import fr.relance.dunning.CaseHistoryService;
import fr.relance.store.AgencyRepository;
import fr.relance.store.CompanyRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.store.DossierSourcesRepository;
import fr.relance.store.LetterSourcesRepository;
import fr.relance.store.RatesRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        List<ChronologyLine> chronology = new ArrayList<>(events.size());
        for (int i = events.size() - 1; i >= 0; i--) {
            CaseEvent event = events.get(i);
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
                checklist(attachments, events, reversed, agency, messages, new Formats(messages.locale())),
                chronology, AccountStatement.of(dossiers.accountEntries(debtorId, asOf)), attachments);
    }

    private static DossierAttachment attachment(StoredDocument document) {
        return new DossierAttachment(document.id(), document.fileName(), document.kind(), document.mimeType(),
                document.sizeBytes(), document.documentDate(), document.note(), document.sha256());
    }

    /**
     * The evidence an agency or a court expects (domain reference, sections 6 and 7), ticked from the documents
     * attached and the timeline. The agencyflow checklist, when the case has one, replaces this list.
     */
    static List<ChecklistLine> checklist(List<DossierAttachment> attachments, List<CaseEvent> events,
                                         Set<Long> reversed, CollectionAgency agency, Messages messages,
                                         Formats formats) {
        Map<DocumentKind, List<DossierAttachment>> byKind = attachments.stream()
                .collect(Collectors.groupingBy(DossierAttachment::kind));
        List<ChecklistLine> lines = new ArrayList<>();
        lines.add(byKind(byKind, DocumentKind.CONTRACT_OR_TERMS, true, messages));
        lines.add(byKind(byKind, DocumentKind.PURCHASE_ORDER, false, messages));
        lines.add(byKind(byKind, DocumentKind.DELIVERY_PROOF, true, messages));
        lines.add(byKind(byKind, DocumentKind.INVOICE_COPY, true, messages));
        List<CaseEvent> notices = events.stream()
                .filter(e -> CaseEvent.FORMAL_NOTICE_SENT.equals(e.kind()) && !reversed.contains(e.id()))
                .sorted(Comparator.comparing(CaseEvent::occurredOn)).toList();
        lines.add(new ChecklistLine(messages.get("dossier.check.formalNotice"),
                notices.isEmpty() ? ChecklistStatus.MISSING : ChecklistStatus.PRESENT,
                notices.isEmpty() ? messages.get("dossier.check.formalNotice.missing")
                        : messages.get("dossier.check.sentOn", formats.date(notices.get(0).occurredOn())), true));
        lines.add(byKind(byKind, DocumentKind.REGISTERED_RECEIPT, false, messages));
        lines.add(byKind(byKind, DocumentKind.CORRESPONDENCE, false, messages));
        lines.add(byKind(byKind, DocumentKind.DEBT_ACKNOWLEDGEMENT, false, messages));
        lines.add(new ChecklistLine(messages.get("dossier.check.statement"), ChecklistStatus.PRESENT,
                messages.get("dossier.check.statement.inDossier"), true));
        ChecklistStatus agreement = agency == null ? ChecklistStatus.NOT_APPLICABLE
                : agency.agreementOnFile() ? ChecklistStatus.PRESENT : ChecklistStatus.MISSING;
        lines.add(new ChecklistLine(messages.get("dossier.check.agreement"), agreement,
                agency == null ? messages.get("dossier.check.agreement.noAgency")
                        : agency.agreementOnFile() ? (agency.agreementSignedOn() == null ? agency.name()
                        : messages.get("dossier.check.signedOn", agency.name(), formats.date(agency.agreementSignedOn())))
                        : messages.get("dossier.check.agreement.missing", agency.name()), agency != null));
        return lines;
    }

    private static ChecklistLine byKind(Map<DocumentKind, List<DossierAttachment>> byKind, DocumentKind kind,
                                        boolean required, Messages messages) {
        List<DossierAttachment> found = byKind.getOrDefault(kind, List.of());
        String label = messages.get("document.kind." + kind.name());
        if (found.isEmpty()) {
            return new ChecklistLine(label, required ? ChecklistStatus.MISSING : ChecklistStatus.NOT_APPLICABLE,
                    messages.get(required ? "dossier.check.missing" : "dossier.check.none"), required);
        }
        return new ChecklistLine(label, ChecklistStatus.PRESENT,
                found.stream().map(DossierAttachment::fileName).collect(Collectors.joining(", ")), required);
    }
}
