package fr.relance.store;

import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DOCUMENT;
import static fr.relance.store.jooq.Tables.INVOICE;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * What a backup needs from the open data file: H2's online backup, the schema version, a mark that moves whenever
 * something is written, and a short description of the contents for the restore confirmation.
 */
public final class DatabaseBackup {

    /** What a data file holds, in the words of the restore confirmation. */
    public record Contents(int debtors, int invoices, int documents) {
    }

    private final Database database;

    public DatabaseBackup(Database database) {
        this.database = database;
    }

    /**
     * H2's {@code BACKUP TO}: a zip holding {@code relance.mv.db}, copied while the app keeps working. H2 stops
     * reusing file space during the copy, so the copy is the file as of one committed state (H2 documents the
     * command as transactionally consistent); the stored documents are BLOBs inside that file.
     *
     * @throws DataAccessException with H2's reason when the zip cannot be written
     */
    public void backupTo(Path zip) {
        // BACKUP TO copies the file as it is: a transaction of another session caught half-way would be in the copy
        // (seen in BackupServiceTest). So the copy is taken in exclusive mode (other sessions pause) at a moment no
        // other session holds uncommitted changes; when one does, exclusive mode is left so it can commit, and the
        // backup tries again a moment later. One connection throughout: exclusive mode belongs to its session.
        String target = database.h2Path(zip);
        database.dsl().connection(connection -> {
            DSLContext session = DSL.using(connection, org.jooq.SQLDialect.H2);
            for (int attempt = 1; ; attempt++) {
                session.execute("SET EXCLUSIVE 1");
                try {
                    if (!othersHoldUncommitted(session) || attempt >= MAX_ATTEMPTS) {
                        session.execute("BACKUP TO ?", target);
                        return;
                    }
                } finally {
                    session.execute("SET EXCLUSIVE 0");
                }
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DataAccessException("Backup interrupted", e);
                }
            }
        });
    }

    private static final int MAX_ATTEMPTS = 500;
    private static final long PAUSE_MILLIS = 10;

    private static boolean othersHoldUncommitted(DSLContext session) {
        Integer others = session.fetchOne("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS "
                + "WHERE CONTAINS_UNCOMMITTED AND SESSION_ID <> SESSION_ID()").get(0, Integer.class);
        return others != null && others > 0;
    }

    /** The version of the newest migration applied ("4"), from Flyway's history table. */
    public String schemaVersion() {
        return schemaVersion(database.dsl());
    }

    static String schemaVersion(DSLContext dsl) {
        return dsl.select(DSL.field(DSL.name("version"), String.class))
                .from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue())
                .and(DSL.field(DSL.name("version")).isNotNull())
                .orderBy(DSL.field(DSL.name("installed_rank")).desc())
                .limit(1)
                .fetchOptional(0, String.class)
                .orElse("0");
    }

    /**
     * A number that changes whenever a row of any table is written (H2's modification counter per table; reads
     * leave it alone). It starts again at each opening of the file, so it is only compared within one session.
     */
    public long modificationMark() {
        Long mark = database.dsl().fetchOne("SELECT MAX(LAST_MODIFICATION) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC'").get(0, Long.class);
        return mark == null ? 0 : mark;
    }

    public Contents contents() {
        DSLContext dsl = database.dsl();
        return new Contents(dsl.fetchCount(DEBTOR), dsl.fetchCount(INVOICE), dsl.fetchCount(DOCUMENT));
    }
}
