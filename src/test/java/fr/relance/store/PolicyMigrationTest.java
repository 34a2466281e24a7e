package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V5 on a data file from before policies could be edited: each decision is tied to the step it carried out. */
class PolicyMigrationTest {

    @TempDir
    Path dir;

    @Test
    void decisionsRecordedBeforeV5NameTheStepOfTheirDebtorsPolicy() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME), "sa",
                "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("4").load().migrate();
            var dsl = DSL.using(pool, org.jooq.SQLDialect.H2);
            dsl.execute("INSERT INTO debtor (id, account_code, name, kind) VALUES (1, '411A', 'A', 'B2B'), "
                    + "(2, 'C2', 'B', 'CONSUMER')");
            dsl.execute("INSERT INTO worklist_decision (debtor_id, as_of, action, step_position, decision, author) "
                    + "VALUES (1, DATE '2026-03-01', 'REMINDER_LETTER', 2, 'EXECUTED', 'claire'), "
                    + "(2, DATE '2026-03-02', 'FORMAL_NOTICE', 4, 'SKIPPED', 'claire'), "
                    + "(1, DATE '2026-03-03', NULL, 0, 'EXECUTED', 'claire')");
        } finally {
            pool.dispose();
        }

        try (Database database = Database.open(dir)) {
            var rows = database.dsl().fetch("SELECT d.debtor_id, s.action, s.position, d.step_offset_days, p.name "
                    + "FROM worklist_decision d LEFT JOIN dunning_step s ON s.id = d.step_id "
                    + "LEFT JOIN dunning_policy p ON p.id = s.policy_id ORDER BY d.id");
            assertThat(rows.map(r -> r.intoList().toString())).containsExactly(
                    "[1, REMINDER_LETTER, 2, 15, B2B]",
                    "[2, FORMAL_NOTICE, 4, 45, CONSUMER]",
                    "[1, null, null, null, null]");
        }
    }
}
