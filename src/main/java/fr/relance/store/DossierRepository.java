package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.DISPUTE;
import static fr.relance.store.jooq.Tables.DOSSIER_ITEM;
import static fr.relance.store.jooq.Tables.DOSSIER_TICK;
import static fr.relance.store.jooq.Tables.LETTER;
import static org.jooq.impl.DSL.max;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.dossier.DossierFacts;
import fr.relance.domain.dossier.DossierItemCode;
import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.domain.dossier.ManualTick;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The dossier checklist's configuration (dossier_item), the ticks by hand (dossier_tick, append-only) and the facts
 * of a case the checklist is evaluated from.
 */
public final class DossierRepository {

    public static final String ITEM_UNKNOWN = "dossier.item.unknown";

    /** The timeline events the checklist reads. */
    /** The event a printed letter of each kind stands for in the checklist. */
    private static final java.util.Map<String, String> LETTER_EVIDENCE = java.util.Map.of(
            "FIRST_REMINDER", CaseEvent.REMINDER_SENT, "SECOND_REMINDER", CaseEvent.REMINDER_SENT,
            "FORMAL_NOTICE", CaseEvent.FORMAL_NOTICE_SENT);

    static final List<String> EVIDENCE_EVENTS = List.of(CaseEvent.REMINDER_SENT, CaseEvent.EMAIL_SENT,
            CaseEvent.FORMAL_NOTICE_SENT, CaseEvent.REGISTERED_LETTER_DELIVERED, CaseEvent.REGISTERED_LETTER_RETURNED);

    private final DSLContext dsl;
    private final DebtorRepository debtors;
    private final ReceivablesRepository receivables;
    private final DocumentRepository documents;

    public DossierRepository(Database database) {
        this.dsl = database.dsl();
        this.debtors = new DebtorRepository(database);
        this.receivables = new ReceivablesRepository(database);
        this.documents = new DocumentRepository(database);
    }

    /** Every item, the disabled ones included, in their order. */
    public List<DossierItemDefinition> items() {
        return dsl.selectFrom(DOSSIER_ITEM).orderBy(DOSSIER_ITEM.POSITION, DOSSIER_ITEM.ID)
                .fetch(r -> new DossierItemDefinition(r.getId(), r.getCode() == null ? null
                        : DossierItemCode.valueOf(r.getCode()), r.getLabel(), r.getRequired(), r.getEnabled(),
                        r.getPosition()));
    }

    /**
     * Saves the checklist's configuration in one transaction: each stored item's required and enabled flags (and a
     * custom item's label), and the new custom items (id null) at the end. Default items keep their code.
     */
    public List<DossierItemDefinition> save(List<DossierItemDefinition> items) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            int next = Optional.ofNullable(tx.select(max(DOSSIER_ITEM.POSITION)).from(DOSSIER_ITEM)
                    .fetchOne(0, Integer.class)).orElse(0) + 1;
            for (DossierItemDefinition item : items) {
                if (item.id() == null) {
                    tx.insertInto(DOSSIER_ITEM, DOSSIER_ITEM.LABEL, DOSSIER_ITEM.REQUIRED, DOSSIER_ITEM.ENABLED,
                            DOSSIER_ITEM.POSITION).values(item.label().strip(), item.required(), item.enabled(), next++)
                            .execute();
                    continue;
                }
                var update = tx.update(DOSSIER_ITEM).set(DOSSIER_ITEM.REQUIRED, item.required())
                        .set(DOSSIER_ITEM.ENABLED, item.enabled());
                int updated = (item.custom() ? update.set(DOSSIER_ITEM.LABEL, item.label().strip()) : update)
                        .where(DOSSIER_ITEM.ID.eq(item.id())).execute();
                if (updated == 0) {
                    throw new InvalidInputException("item", ITEM_UNKNOWN);
                }
            }
        });
        return items();
    }

    /** The debtor's ticks by hand, oldest first (the latest per item is in force). */
    public List<ManualTick> ticks(long debtorId) {
        return dsl.selectFrom(DOSSIER_TICK).where(DOSSIER_TICK.DEBTOR_ID.eq(debtorId)).orderBy(DOSSIER_TICK.ID)
                .fetch(r -> new ManualTick(r.getItemId(), r.getTicked(), r.getNote(), r.getTickedBy(),
                        r.getTickedAt()));
    }

    /** Appends a tick (or an untick) by hand; earlier ones stay as the item's history. */
    public void tick(long debtorId, long itemId, boolean ticked, String note, String author) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!tx.fetchExists(DOSSIER_ITEM, DOSSIER_ITEM.ID.eq(itemId))) {
                throw new InvalidInputException("item", ITEM_UNKNOWN);
            }
            tx.insertInto(DOSSIER_TICK, DOSSIER_TICK.DEBTOR_ID, DOSSIER_TICK.CASE_ID, DOSSIER_TICK.ITEM_ID,
                            DOSSIER_TICK.TICKED, DOSSIER_TICK.NOTE, DOSSIER_TICK.TICKED_BY)
                    .values(debtorId, DunningJournal.openCaseId(tx, debtorId), itemId, ticked, note, author)
                    .execute();
        });
    }

    /**
     * What the checklist reads for the debtor on {@code asOf}: its identity, the invoices it owes (and their
     * disputes), its documents not withdrawn and its evidence events not reversed.
     */
    public Optional<DossierFacts> facts(long debtorId, LocalDate asOf) {
        Optional<Debtor> found = debtors.find(debtorId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Debtor debtor = found.get();
        Set<Long> disputed = new HashSet<>(dsl.select(DISPUTE.INVOICE_ID).from(DISPUTE)
                .where(DISPUTE.DEBTOR_ID.eq(debtorId).and(DISPUTE.OPENED_ON.le(asOf))
                        .and(DISPUTE.RESOLVED_ON.isNull().or(DISPUTE.RESOLVED_ON.gt(asOf))))
                .fetch(DISPUTE.INVOICE_ID));
        List<DossierFacts.ClaimedInvoice> claimed = receivables.openItemsOf(debtorId, asOf).stream()
                .filter(i -> i.kind() == InvoiceKind.INVOICE && i.balance().signum() > 0)
                .map(i -> new DossierFacts.ClaimedInvoice(i.invoiceId(), i.number(),
                        i.disputed() || disputed.contains(i.invoiceId())))
                .toList();
        List<DossierFacts.FactDocument> kept = documents.ofDebtor(debtorId).stream()
                .filter(d -> !d.withdrawn())
                .map(d -> new DossierFacts.FactDocument(d.id(), d.kind(), d.fileName(), d.note(), d.documentDate()))
                .toList();
        var reversals = CASE_EVENT.as("reversal");
        List<DossierFacts.FactEvent> events = dsl.select(CASE_EVENT.KIND, CASE_EVENT.OCCURRED_ON).from(CASE_EVENT)
                .where(CASE_EVENT.DEBTOR_ID.eq(debtorId).and(CASE_EVENT.KIND.in(EVIDENCE_EVENTS))
                        .and(CASE_EVENT.OCCURRED_ON.le(asOf)))
                .andNotExists(dsl.selectOne().from(reversals).where(reversals.REVERSES_EVENT_ID.eq(CASE_EVENT.ID)))
                .fetch(r -> new DossierFacts.FactEvent(r.value1(), r.value2()));
        // A reminder or a formal notice composed in Courriers and sent by post or registered mail is recorded as a
        // printed letter: it is evidence as much as one sent from the worklist (the same day's twin counts once).
        List<DossierFacts.FactEvent> letters = dsl.select(LETTER.KIND, CASE_EVENT.OCCURRED_ON).from(CASE_EVENT)
                .join(LETTER).on(LETTER.ID.eq(CASE_EVENT.LETTER_ID))
                .where(CASE_EVENT.DEBTOR_ID.eq(debtorId).and(CASE_EVENT.KIND.eq(CaseEvent.LETTER_PRINTED))
                        .and(CASE_EVENT.OCCURRED_ON.le(asOf)))
                .andNotExists(dsl.selectOne().from(reversals).where(reversals.REVERSES_EVENT_ID.eq(CASE_EVENT.ID)))
                .fetch(r -> LETTER_EVIDENCE.containsKey(r.value1())
                        ? new DossierFacts.FactEvent(LETTER_EVIDENCE.get(r.value1()), r.value2()) : null);
        Set<DossierFacts.FactEvent> all = new java.util.LinkedHashSet<>(events);
        letters.stream().filter(java.util.Objects::nonNull).forEach(all::add);
        return Optional.of(new DossierFacts(debtor.kind(), debtor.siren(), debtor.address().isComplete(), claimed,
                kept, List.copyOf(all)));
    }
}
