package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table that holds rows about a debtor (references the debtor, or a table that does) is in the export and
 * the purge. A table added later fails here until it is listed in {@link DebtorTables}.
 */
class DebtorTablesTest {

    /** Tables that reference debtor data but hold none: an agency's agreement is a document without a debtor. */
    private static final Set<String> NOT_DEBTOR_DATA = Set.of("collection_agency");

    @TempDir
    Path dir;

    record Reference(String child, String parent) {
    }

    @Test
    void everyTableHoldingDebtorRowsIsExportedAndPurged() {
        try (Database database = Database.open(dir)) {
            List<Reference> references = database.dsl().resultQuery("""
                    SELECT child.TABLE_NAME, parent.TABLE_NAME
                    FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
                    JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS child ON child.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
                         AND child.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA
                    JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS parent
                         ON parent.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
                         AND parent.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
                    WHERE rc.CONSTRAINT_SCHEMA = 'PUBLIC'""")
                    .fetch(r -> new Reference(r.get(0, String.class).toLowerCase(Locale.ROOT),
                            r.get(1, String.class).toLowerCase(Locale.ROOT)));
            Set<String> holding = new HashSet<>(Set.of("debtor"));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Reference reference : references) {
                    if (holding.contains(reference.parent()) && !NOT_DEBTOR_DATA.contains(reference.child())) {
                        grew |= holding.add(reference.child());
                    }
                }
            }
            Set<String> listed = DebtorTables.PARTS.stream().map(DebtorTables.Part::table).collect(Collectors.toSet());
            assertThat(listed).as("tables in DebtorTables.PARTS").containsExactlyInAnyOrderElementsOf(holding);
        }
    }

    @Test
    void childrenComeBeforeTheirParents() {
        try (Database database = Database.open(dir)) {
            List<String> order = DebtorTables.PARTS.stream().map(DebtorTables.Part::table).toList();
            database.dsl().resultQuery("""
                    SELECT child.TABLE_NAME, parent.TABLE_NAME
                    FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
                    JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS child ON child.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
                    JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS parent ON parent.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
                    WHERE rc.CONSTRAINT_SCHEMA = 'PUBLIC'""")
                    .fetch(r -> new Reference(r.get(0, String.class).toLowerCase(Locale.ROOT),
                            r.get(1, String.class).toLowerCase(Locale.ROOT)))
                    .stream()
                    .filter(ref -> order.contains(ref.child()) && order.contains(ref.parent())
                            && !ref.child().equals(ref.parent()))
                    .forEach(ref -> assertThat(order.indexOf(ref.child())).as(ref.toString())
                            .isLessThan(order.indexOf(ref.parent())));
        }
    }
}
