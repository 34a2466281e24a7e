package fr.relance.store;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Bulk inserts inside a transaction, for the ledger writer and the importer. */
final class BatchInsert {

    static final int BATCH_SIZE = 2_000;

    private BatchInsert() {
    }

    /**
     * jOOQ renders the statement; the rows go through one plain JDBC prepared statement in batches, on the
     * transaction's connection. jOOQ's per-bind pipeline tripled the time of a 100,000-invoice load.
     */
    @SafeVarargs
    static <T> void rows(DSLContext tx, Table<?> table, List<T> rows, Counter counter,
                                   Function<T, Object[]> values, TableField<?, ?>... fields) {
        String sql = tx.render(tx.insertInto(table).columns(fields).values(new Object[fields.length]));
        tx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    Object[] bound = values.apply(row);
                    for (int index = 0; index < bound.length; index++) {
                        statement.setObject(index + 1, bound[index]);
                    }
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        statement.executeBatch();
                        counter.advance(pending);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                    counter.advance(pending);
                }
            }
        });
    }

    /** Tables whose rows bulk writers insert with ids handed out by {@link #nextId}. */
    static final List<Table<?>> BULK_TABLES = List.of(fr.relance.store.jooq.Tables.DEBTOR,
            fr.relance.store.jooq.Tables.CONTACT, fr.relance.store.jooq.Tables.INVOICE,
            fr.relance.store.jooq.Tables.PAYMENT, fr.relance.store.jooq.Tables.ALLOCATION);

    /**
     * Explicit ids do not move H2's identity sequences: restart them past the highest id. This is DDL, which
     * commits in H2, so it runs after a bulk transaction, never inside one (and at every opening, in case the
     * app stopped in between).
     */
    static void realignIdentities(DSLContext dsl) {
        for (Table<?> table : BULK_TABLES) {
            dsl.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN ID RESTART WITH " + nextId(dsl, table));
        }
    }

    /** The next id to hand out by hand in {@code table}. */
    static long nextId(DSLContext tx, Table<?> table) {
        Long max = tx.select(DSL.max(table.field("ID", Long.class))).from(table).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** Counts rows written, tells progress, and stops on cancellation (the transaction then rolls back). */
    static final class Counter {
        private final long total;
        private final LedgerWriter.Progress progress;
        private final BooleanSupplier cancelled;
        private long done;

        Counter(long total, LedgerWriter.Progress progress, BooleanSupplier cancelled) {
            this.total = total;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        boolean isCancelled() {
            return cancelled.getAsBoolean();
        }

        void advance(int rows) {
            done += rows;
            progress.advanced(done, total);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Ledger import cancelled");
            }
        }
    }
}
