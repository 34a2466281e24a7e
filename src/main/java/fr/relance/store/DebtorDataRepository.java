package fr.relance.store;

import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DOCUMENT;

import fr.relance.domain.privacy.DebtorData;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Reads everything held about one debtor for the personal-data export: the same tables and rows the purge would
 * delete ({@link DebtorTables}), in one read-only transaction so the rows agree with each other.
 */
public final class DebtorDataRepository {

    private final DSLContext dsl;

    public DebtorDataRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** The debtor with this account code (411DURAND), or with this id when none has it as account code. */
    public java.util.Optional<Long> debtorIdOf(String accountCodeOrId) {
        String key = accountCodeOrId.strip();
        java.util.Optional<Long> byCode = dsl.select(DEBTOR.ID).from(DEBTOR).where(DEBTOR.ACCOUNT_CODE.eq(key))
                .fetchOptional(DEBTOR.ID);
        if (byCode.isPresent() || !key.matches("\\d{1,18}")) {
            return byCode;
        }
        return dsl.select(DEBTOR.ID).from(DEBTOR).where(DEBTOR.ID.eq(Long.parseLong(key))).fetchOptional(DEBTOR.ID);
    }

    /**
     * @throws IllegalArgumentException when there is no such debtor
     */
    public DebtorData read(long debtorId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            List<DebtorTables.Part> parentsFirst = new ArrayList<>(DebtorTables.PARTS);
            Collections.reverse(parentsFirst);
            for (DebtorTables.Part part : parentsFirst) {
                String columns = part.table().equals("document")
                        ? DOCUMENT.fieldStream().filter(f -> !f.equals(DOCUMENT.CONTENT)).map(Field::getName)
                                .collect(Collectors.joining(", "))
                        : "*";
                Object[] binds = Collections.nCopies(DebtorTables.binds(part), debtorId).toArray();
                List<Map<String, Object>> rows = tx.resultQuery("SELECT " + columns + " FROM " + part.table()
                                + " WHERE " + part.condition() + " ORDER BY 1", binds)
                        .fetch().map(DebtorDataRepository::row);
                tables.put(part.table(), rows);
            }
            List<Map<String, Object>> debtor = tables.get("debtor");
            if (debtor.isEmpty()) {
                throw new IllegalArgumentException("No debtor " + debtorId);
            }
            List<Long> documents = tables.get("document").stream()
                    .map(row -> ((Number) row.get("id")).longValue()).toList();
            return new DebtorData(debtorId, (String) debtor.get(0).get("account_code"),
                    (String) debtor.get(0).get("name"), tables, documents);
        });
    }

    private static Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            Object value = record.get(field);
            if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
                value = value.toString();
            } else if (value instanceof byte[]) {
                continue;
            }
            row.put(field.getName().toLowerCase(Locale.ROOT), value);
        }
        return row;
    }
}
