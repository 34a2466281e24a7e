package fr.relance.store;

import static fr.relance.store.jooq.Tables.DEBTOR;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.InvoiceLimitation;
import fr.relance.domain.dunning.LimitationWatch;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** The open invoices' limitation dates of a few debtors, by invoice id. */
    public Map<Long, InvoiceLimitation> ofDebtors(Collection<Long> debtorIds, LocalDate asOf) {
        if (debtorIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, DebtorKind> kinds = new HashMap<>();
        dsl.select(DEBTOR.ID, DEBTOR.KIND).from(DEBTOR).where(DEBTOR.ID.in(debtorIds))
                .forEach(r -> kinds.put(r.value1(), DebtorKind.valueOf(r.value2())));
        LimitationScan.Result scan = new LimitationScan(dsl).read(asOf, debtorIds);
        Map<Long, InvoiceLimitation> all = new LinkedHashMap<>();
        for (Map.Entry<Long, DebtorKind> debtor : kinds.entrySet()) {
            List<OpenItem> items = receivables.openItemsOf(debtor.getKey(), asOf);
            all.putAll(LimitationWatch.of(debtor.getValue(), items, scan.acknowledgementsOf(debtor.getKey())));
        }
        return all;
    }
}
