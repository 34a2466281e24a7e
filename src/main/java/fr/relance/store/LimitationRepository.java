package fr.relance.store;

import static fr.relance.store.jooq.Tables.DEBTOR;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.InvoiceLimitation;
import fr.relance.domain.dunning.LimitationWatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** The limitation dates of debtors' open invoices on an as-of date (see {@link LimitationWatch}). */
public final class LimitationRepository {

    private final DSLContext dsl;
    private final ReceivablesRepository receivables;

    public LimitationRepository(Database database) {
        this.dsl = database.dsl();
        this.receivables = new ReceivablesRepository(database);
    }

    /** The debtor's open invoices' limitation dates, by invoice id, oldest due first. */
    public Map<Long, InvoiceLimitation> ofDebtor(long debtorId, LocalDate asOf) {
        return ofDebtors(List.of(debtorId), asOf);
    }

    /**
     * The open invoices' limitation dates of several debtors, by invoice id: from one scan of the ledger (one query
     * per debtor would cost seconds on a large ledger).
     */
    public Map<Long, InvoiceLimitation> ofDebtors(Collection<Long> debtorIds, LocalDate asOf) {
        if (debtorIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> wanted = Set.copyOf(debtorIds);
        Map<Long, List<OpenItem>> items = new HashMap<>();
        if (wanted.size() == 1) {
            long debtorId = wanted.iterator().next();
            items.put(debtorId, receivables.openItemsOf(debtorId, asOf));
        } else {
            for (OpenItem item : new LedgerScan(dsl).asOf(asOf, 1).items()) {
                if (wanted.contains(item.debtorId())) {
                    items.computeIfAbsent(item.debtorId(), id -> new ArrayList<>()).add(item);
                }
            }
        }
        Map<Long, DebtorKind> kinds = new HashMap<>();
        dsl.select(DEBTOR.ID, DEBTOR.KIND).from(DEBTOR).where(DEBTOR.ID.in(wanted))
                .forEach(r -> kinds.put(r.value1(), DebtorKind.valueOf(r.value2())));
        LimitationScan.Result scan = new LimitationScan(dsl).read(asOf, wanted);
        Map<Long, InvoiceLimitation> all = new LinkedHashMap<>();
        kinds.forEach((debtorId, kind) -> all.putAll(LimitationWatch.of(kind,
                items.getOrDefault(debtorId, List.of()), scan.acknowledgementsOf(debtorId))));
        return all;
    }
}
