package fr.relance.store;

import static fr.relance.store.jooq.Tables.PURGE_LOG;

import fr.relance.domain.InvalidInputException;
import fr.relance.domain.privacy.PurgeCandidate;
import fr.relance.domain.privacy.PurgeResult;
import fr.relance.domain.privacy.RetentionPeriod;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The personal-data purge: the only code path that deletes evidence. A debtor is purged whole (contacts, ledger,
 * cases, timeline, letters, documents) once every one of their cases closed before the retention date, none is
 * open, nothing is left to pay and no payment of theirs settles another debtor's invoice (or the reverse). The
 * deletion runs in one transaction, in a session that sets {@link EvidenceGuard#PURGE_VARIABLE}, and writes a
 * purge log line that names no one.
 */
public final class PurgeRepository {

    private static final String CANDIDATES = """
            SELECT d.id, d.account_code, d.name, MAX(c.closed_on), COUNT(*),
                   (SELECT COUNT(*) FROM case_event e WHERE e.debtor_id = d.id),
                   (SELECT COUNT(*) FROM document x WHERE x.debtor_id = d.id),
                   (SELECT COUNT(*) FROM letter l WHERE l.debtor_id = d.id)
            FROM debtor d JOIN collection_case c ON c.debtor_id = d.id
            WHERE NOT EXISTS (SELECT 1 FROM allocation a JOIN invoice i ON i.id = a.invoice_id
                              LEFT JOIN payment p ON p.id = a.payment_id
                              LEFT JOIN invoice n ON n.id = a.credit_note_id
                              WHERE (i.debtor_id = d.id AND (p.debtor_id <> d.id OR n.debtor_id <> d.id))
                                 OR (i.debtor_id <> d.id AND (p.debtor_id = d.id OR n.debtor_id = d.id)))
            GROUP BY d.id, d.account_code, d.name
            HAVING COUNT(c.closed_on) = COUNT(*) AND MAX(c.closed_on) < ?
            ORDER BY MAX(c.closed_on), d.name, d.id""";

    private final DSLContext dsl;
    private final ReceivablesRepository receivables;

    public PurgeRepository(Database database) {
        this.dsl = database.dsl();
        this.receivables = new ReceivablesRepository(database);
    }

    /** The debtors a purge on {@code asOf} would delete, oldest closing first. */
    public List<PurgeCandidate> candidates(RetentionPeriod retention, LocalDate asOf) {
        return candidates(dsl, retention.closedBefore(asOf), asOf);
    }

    private List<PurgeCandidate> candidates(DSLContext tx, LocalDate closedBefore, LocalDate asOf) {
        return tx.resultQuery(CANDIDATES, closedBefore)
                .fetch(r -> new PurgeCandidate(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, LocalDate.class), r.get(4, Integer.class), r.get(5, Integer.class),
                        r.get(6, Integer.class), r.get(7, Integer.class)))
                .stream()
                // Nothing left to pay or to refund, whatever its date: a purged ledger must not hide a debt.
                .filter(c -> receivables.openItemsOf(c.debtorId(), asOf.plusYears(100)).isEmpty())
                .toList();
    }

    /**
     * Deletes the listed debtors' data, in one transaction, and logs the purge. The list is checked again inside
     * the transaction: when a debtor is no longer purgeable (a case reopened, an invoice imported since the list
     * was shown), nothing is deleted.
     *
     * @throws InvalidInputException when the list is empty or a debtor on it is no longer purgeable
     */
    public PurgeResult purge(Set<Long> debtorIds, RetentionPeriod retention, LocalDate asOf, String author) {
        if (debtorIds.isEmpty()) {
            throw new InvalidInputException("purge", "privacy.purge.nothing");
        }
        LocalDate closedBefore = retention.closedBefore(asOf);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<PurgeCandidate> chosen = candidates(tx, closedBefore, asOf).stream()
                    .filter(c -> debtorIds.contains(c.debtorId())).toList();
            Set<Long> stillPurgeable = new HashSet<>();
            chosen.forEach(c -> stillPurgeable.add(c.debtorId()));
            if (!stillPurgeable.equals(debtorIds)) {
                throw new InvalidInputException("purge", "privacy.purge.changed");
            }
            tx.execute("SET " + EvidenceGuard.PURGE_VARIABLE + " = TRUE");
            try {
                for (long debtorId : debtorIds) {
                    deleteDebtor(tx, debtorId);
                }
            } finally {
                tx.execute("SET " + EvidenceGuard.PURGE_VARIABLE + " = NULL");
            }
            PurgeResult result = new PurgeResult(asOf, retention.years(), closedBefore, chosen.size(),
                    chosen.stream().mapToInt(PurgeCandidate::cases).sum(),
                    chosen.stream().mapToInt(PurgeCandidate::events).sum(),
                    chosen.stream().mapToInt(PurgeCandidate::documents).sum(),
                    chosen.stream().mapToInt(PurgeCandidate::letters).sum());
            tx.insertInto(PURGE_LOG, PURGE_LOG.PURGED_BY, PURGE_LOG.AS_OF, PURGE_LOG.RETENTION_YEARS,
                            PURGE_LOG.CLOSED_BEFORE, PURGE_LOG.DEBTOR_COUNT, PURGE_LOG.CASE_COUNT,
                            PURGE_LOG.EVENT_COUNT, PURGE_LOG.DOCUMENT_COUNT, PURGE_LOG.LETTER_COUNT)
                    .values(author, asOf, retention.years(), closedBefore, result.debtors(), result.cases(),
                            result.events(), result.documents(), result.letters())
                    .execute();
            return result;
        });
    }

    /** The purges done so far, newest first. */
    public List<PurgeResult> log() {
        return dsl.selectFrom(PURGE_LOG).orderBy(PURGE_LOG.ID.desc())
                .fetch(r -> new PurgeResult(r.getAsOf(), r.getRetentionYears(), r.getClosedBefore(),
                        r.getDebtorCount(), r.getCaseCount(), r.getEventCount(), r.getDocumentCount(),
                        r.getLetterCount()));
    }

    private static void deleteDebtor(DSLContext tx, long debtorId) {
        for (DebtorTables.Part part : DebtorTables.PARTS) {
            Object[] binds = Collections.nCopies(DebtorTables.binds(part), debtorId).toArray();
            if (part.table().equals("case_event")) {
                // A reversal references the event it reverses: delete the events no other event points at, until none.
                String sql = "DELETE FROM case_event WHERE debtor_id = ? AND id NOT IN "
                        + "(SELECT reverses_event_id FROM case_event WHERE reverses_event_id IS NOT NULL)";
                while (tx.execute(sql, debtorId) > 0) {
                    // next layer of reversals
                }
                tx.execute("DELETE FROM case_event WHERE debtor_id = ?", debtorId);
            } else {
                tx.execute("DELETE FROM " + part.table() + " WHERE " + part.condition(), binds);
            }
        }
    }
}
