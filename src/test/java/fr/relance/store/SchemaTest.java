package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema is designed for the whole product: every table later work needs is there, money is exact. */
class SchemaTest {

    @TempDir
    Path dir;
    Database database;
    DSLContext dsl;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        dsl = database.dsl();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyTableOfTheProductExists() {
        List<String> tables = dsl.fetch("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC'").getValues(0, String.class);
        assertThat(tables).contains("company", "debtor", "contact", "invoice", "payment", "allocation",
                "collection_case", "case_invoice", "case_event", "letter", "document", "dunning_policy",
                "dunning_step", "letter_template", "half_year_rate", "collection_agency", "import_batch",
                "app_setting");
    }

    @Test
    void moneyIsDecimalWithTwoPlacesEverywhere() {
        var columns = dsl.fetch("SELECT LOWER(TABLE_NAME), LOWER(COLUMN_NAME), DATA_TYPE, NUMERIC_PRECISION, "
                + "NUMERIC_SCALE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND ("
                + "COLUMN_NAME LIKE '%AMOUNT%' OR COLUMN_NAME IN ('PRINCIPAL', 'PENALTIES', 'INDEMNITIES', "
                + "'SHARE_CAPITAL', 'MIN_AMOUNT'))");
        assertThat(columns).hasSizeGreaterThanOrEqualTo(9);
        for (var column : columns) {
            assertThat(column.get(2, String.class)).as(column.get(0) + "." + column.get(1)).isEqualTo("NUMERIC");
            assertThat(column.get(3, Integer.class)).isEqualTo(15);
            assertThat(column.get(4, Integer.class)).isEqualTo(2);
        }
    }

    @Test
    void aDebtorHasAtMostOneOpenCase() {
        dsl.execute("INSERT INTO debtor (id, account_code, name, kind) VALUES (1, '411A', 'A', 'B2B')");
        dsl.execute("INSERT INTO collection_case (debtor_id, stage, opened_on) VALUES (1, 'AMICABLE', DATE '2026-01-05')");
        assertThatThrownBy(() -> dsl.execute(
                "INSERT INTO collection_case (debtor_id, stage, opened_on) VALUES (1, 'AGENCY', DATE '2026-02-05')"))
                .isInstanceOf(DataAccessException.class);
        // Once closed, a new case may open
        dsl.execute("UPDATE collection_case SET closed_on = DATE '2026-03-01', stage = 'CLOSED', "
                + "closed_reason = 'PAID' WHERE debtor_id = 1");
        dsl.execute("INSERT INTO collection_case (debtor_id, stage, opened_on) VALUES (1, 'AMICABLE', DATE '2026-04-05')");
        Record2<Integer, Integer> counts = dsl.select(DSL.count(), DSL.count().filterWhere(DSL.field("closed_on").isNull()))
                .from(DSL.table("collection_case")).fetchOne();
        assertThat(counts.value1()).isEqualTo(2);
        assertThat(counts.value2()).isEqualTo(1);
    }

    @Test
    void anAllocationComesFromExactlyOneSource() {
        dsl.execute("INSERT INTO debtor (id, account_code, name, kind) VALUES (1, '411A', 'A', 'B2B')");
        dsl.execute("INSERT INTO invoice (id, debtor_id, kind, number, issue_date, due_date, amount_excl_vat, "
                + "amount_incl_vat) VALUES (1, 1, 'INVOICE', 'F1', DATE '2026-01-01', DATE '2026-01-31', 100, 120)");
        assertThatThrownBy(() -> dsl.execute("INSERT INTO allocation (invoice_id, amount, allocated_on) "
                + "VALUES (1, 10, DATE '2026-02-01')")).isInstanceOf(DataAccessException.class);
    }
}
