package fr.relance.store;

import java.nio.file.Path;

/** Test helper run in a child JVM: opens a data file, says "ready", and holds it until its input closes. */
public final class HoldDataFile {

    private HoldDataFile() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.open(Path.of(args[0]))) {
            database.dsl().fetchCount(fr.relance.store.jooq.Tables.DEBTOR);
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
