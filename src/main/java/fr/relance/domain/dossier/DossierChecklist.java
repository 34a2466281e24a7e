package fr.relance.domain.dossier;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Siren;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.dossier.DossierFacts.FactDocument;
import fr.relance.domain.dossier.DossierFacts.FactEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dossier checklist of one case: every enabled item, present or missing, and how it was found. Items are
 * ticked from the case's data first (documents by kind, timeline events, debtor data, disputes); an item the data
 * does not show can be ticked by hand, except "no open dispute", which only resolving the dispute ticks.
 */
public record DossierChecklist(List<ChecklistItem> items, DossierGauge gauge) {

    public DossierChecklist {
        items = List.copyOf(items);
    }

    /** The required items still missing: they block the handover unless overridden with a reason. */
    public List<ChecklistItem> missingRequired() {
        return items.stream().filter(i -> i.required() && i.status() == ItemStatus.MISSING).toList();
    }

    public static DossierChecklist evaluate(List<DossierItemDefinition> definitions, DossierFacts facts,
                                            List<ManualTick> ticks) {
        // The latest tick per item is in force (ticks come in the order they were written).
        Map<Long, ManualTick> latest = ticks.stream().collect(Collectors.toMap(ManualTick::itemId,
                Function.identity(), (older, newer) -> newer));
        List<ChecklistItem> items = new ArrayList<>();
        definitions.stream().filter(DossierItemDefinition::enabled)
                .sorted(Comparator.comparingInt(DossierItemDefinition::position))
                .forEach(definition -> items.add(evaluate(definition, facts, latest.get(definition.id()))));
        int requiredTotal = 0;
        int requiredPresent = 0;
        int total = 0;
        int present = 0;
        for (ChecklistItem item : items) {
            if (item.status() == ItemStatus.NOT_APPLICABLE) {
                continue;
            }
            total++;
            present += item.present() ? 1 : 0;
            if (item.required()) {
                requiredTotal++;
                requiredPresent += item.present() ? 1 : 0;
            }
        }
        return new DossierChecklist(items, new DossierGauge(requiredPresent, requiredTotal, present, total));
    }

    private static ChecklistItem evaluate(DossierItemDefinition definition, DossierFacts facts, ManualTick tick) {
        if (definition.custom()) {
            boolean ticked = tick != null && tick.ticked();
            return new ChecklistItem(definition, ticked ? ItemStatus.PRESENT : ItemStatus.MISSING,
                    ticked ? TickSource.MANUAL : TickSource.NONE, null, List.of(), tick);
        }
        Found found = automatic(definition.code(), facts);
        if (found.status() != ItemStatus.MISSING) {
            return new ChecklistItem(definition, found.status(),
                    found.status() == ItemStatus.PRESENT ? TickSource.AUTOMATIC : TickSource.NONE, found.key(),
                    found.args(), tick);
        }
        boolean byHand = tick != null && tick.ticked() && definition.code().manualTickAllowed();
        return new ChecklistItem(definition, byHand ? ItemStatus.PRESENT : ItemStatus.MISSING,
                byHand ? TickSource.MANUAL : TickSource.NONE, found.key(), found.args(), tick);
    }

    /** What the data shows for a default item: the status and the sentence (key and arguments) that says why. */
    record Found(ItemStatus status, String key, List<Object> args) {
        static Found present(String key, Object... args) {
            return new Found(ItemStatus.PRESENT, key, List.of(args));
        }

        static Found missing(String key, Object... args) {
            return new Found(ItemStatus.MISSING, key, List.of(args));
        }
    }

    static Found automatic(DossierItemCode code, DossierFacts facts) {
        return switch (code) {
            case INVOICE_COPIES -> invoiceCopies(facts);
            case STATEMENT_OF_ACCOUNT -> facts.claimed().isEmpty()
                    ? Found.missing("dossier.evidence.statement.nothingClaimed")
                    : Found.present("dossier.evidence.statement.fromLedger", facts.claimed().size());
            case REMINDERS_SENT -> latest(facts, Set.of(CaseEvent.REMINDER_SENT, CaseEvent.EMAIL_SENT))
                    .map(on -> Found.present("dossier.evidence.reminders.sent",
                            count(facts, Set.of(CaseEvent.REMINDER_SENT, CaseEvent.EMAIL_SENT)), on))
                    .orElse(Found.missing("dossier.evidence.reminders.none"));
            case FORMAL_NOTICE_WITH_PROOF -> formalNotice(facts);
            case CORRESPONDENCE -> documents(facts, Set.of(DocumentKind.CORRESPONDENCE),
                    "dossier.evidence.documents.found", "dossier.evidence.correspondence.none");
            case TERMS_WITH_PENALTY_CLAUSE -> documents(facts, Set.of(DocumentKind.CONTRACT_OR_TERMS),
                    "dossier.evidence.documents.found", "dossier.evidence.terms.none");
            case ORDER_OR_DELIVERY_PROOF -> documents(facts,
                    Set.of(DocumentKind.PURCHASE_ORDER, DocumentKind.DELIVERY_PROOF),
                    "dossier.evidence.documents.found", "dossier.evidence.orderOrDelivery.none");
            case DEBTOR_IDENTITY -> identity(facts);
            case NO_OPEN_DISPUTE -> {
                List<String> disputed = facts.claimed().stream().filter(DossierFacts.ClaimedInvoice::disputed)
                        .map(DossierFacts.ClaimedInvoice::number).toList();
                yield disputed.isEmpty() ? Found.present("dossier.evidence.dispute.none")
                        : Found.missing("dossier.evidence.dispute.open", String.join(", ", disputed));
            }
        };
    }

    /**
     * Every claimed invoice needs its copy: an INVOICE_COPY document whose file name or note names the invoice
     * number (so "facture FA-2025-0944.pdf" covers FA-2025-0944).
     */
    private static Found invoiceCopies(DossierFacts facts) {
        if (facts.claimed().isEmpty()) {
            return Found.missing("dossier.evidence.invoiceCopies.nothingClaimed");
        }
        List<FactDocument> copies = facts.documents().stream().filter(d -> d.kind() == DocumentKind.INVOICE_COPY)
                .toList();
        List<String> uncovered = facts.claimed().stream().map(DossierFacts.ClaimedInvoice::number)
                .filter(number -> copies.stream().noneMatch(copy -> names(copy, number))).toList();
        if (uncovered.isEmpty()) {
            return Found.present("dossier.evidence.invoiceCopies.all", facts.claimed().size());
        }
        return Found.missing("dossier.evidence.invoiceCopies.missing", String.join(", ", uncovered),
                facts.claimed().size() - uncovered.size(), facts.claimed().size());
    }

    private static boolean names(FactDocument document, String number) {
        String wanted = number.strip().toLowerCase(Locale.ROOT);
        return contains(document.fileName(), wanted) || contains(document.note(), wanted);
    }

    private static boolean contains(String text, String wanted) {
        return text != null && !wanted.isEmpty() && text.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /**
     * The formal notice counts with its registered-letter proof: the delivery, or the return of a letter not
     * collected ("avisé non réclamé" still counts, domain reference section 5), or the scanned receipt.
     */
    private static Found formalNotice(DossierFacts facts) {
        Optional<LocalDate> notice = latest(facts, Set.of(CaseEvent.FORMAL_NOTICE_SENT));
        if (notice.isEmpty()) {
            return Found.missing("dossier.evidence.formalNotice.none");
        }
        Optional<LocalDate> proof = latest(facts, Set.of(CaseEvent.REGISTERED_LETTER_DELIVERED,
                CaseEvent.REGISTERED_LETTER_RETURNED));
        if (proof.isPresent()) {
            return Found.present("dossier.evidence.formalNotice.withProof", notice.get(), proof.get());
        }
        boolean receipt = facts.documents().stream().anyMatch(d -> d.kind() == DocumentKind.REGISTERED_RECEIPT);
        return receipt ? Found.present("dossier.evidence.formalNotice.withReceipt", notice.get())
                : Found.missing("dossier.evidence.formalNotice.noProof", notice.get());
    }

    private static Found identity(DossierFacts facts) {
        if (facts.kind() == DebtorKind.CONSUMER) {
            // A consumer has no SIREN: the name and the postal address identify it.
            return facts.addressComplete() ? Found.present("dossier.evidence.identity.consumer")
                    : Found.missing("dossier.evidence.identity.noAddress");
        }
        if (facts.siren() == null || facts.siren().isBlank()) {
            return Found.missing("dossier.evidence.identity.noSiren");
        }
        if (!Siren.isValidSiren(facts.siren())) {
            return Found.missing("dossier.evidence.identity.badSiren", facts.siren());
        }
        return facts.addressComplete() ? Found.present("dossier.evidence.identity.company", facts.siren())
                : Found.missing("dossier.evidence.identity.noAddress");
    }

    private static Found documents(DossierFacts facts, Set<DocumentKind> kinds, String foundKey, String noneKey) {
        List<FactDocument> found = facts.documents().stream().filter(d -> kinds.contains(d.kind())).toList();
        return found.isEmpty() ? Found.missing(noneKey) : Found.present(foundKey, found.size(),
                found.stream().map(FactDocument::fileName).collect(Collectors.joining(", ")));
    }

    private static Optional<LocalDate> latest(DossierFacts facts, Set<String> kinds) {
        return facts.events().stream().filter(e -> kinds.contains(e.kind())).map(FactEvent::on)
                .max(Comparator.naturalOrder());
    }

    private static long count(DossierFacts facts, Set<String> kinds) {
        return facts.events().stream().filter(e -> kinds.contains(e.kind())).count();
    }
}
