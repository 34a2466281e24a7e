package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsAndMigratesTheDataFileThenReopensIt() {
        try (Database database = Database.open(dir)) {
            assertThat(database.file()).exists();
            assertThat(new RatesRepository(database).all()).hasSize(7);
        }
        try (Database again = Database.open(dir)) {
            assertThat(new RatesRepository(again).all()).hasSize(7);
        }
    }

    @Test
    void refusesAFileWrittenByANewerRelanceAndLeavesItUntouched() throws Exception {
        try (Database database = Database.open(dir)) {
            database.dsl().execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type",
                        "script", "checksum", "installed_by", "execution_time", "success")
                    VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE)""");
        }
        String before = sha256(dir.resolve("relance.mv.db"));

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.NEWER_SCHEMA))
                .hasMessageContaining("999");
        assertThat(sha256(dir.resolve("relance.mv.db"))).isEqualTo(before);
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> Database.open(missing))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DataFileException.Reason.FOLDER_MISSING);
                    assertThat(e.location()).isEqualTo(missing);
                });
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.NOT_A_FOLDER));
    }

    @Test
    void aReadOnlyFolderIsRefused() throws Exception {
        // Permission bits do not stop an administrator (CI runs as root): /proc refuses new files to anyone.
        Path readOnly = Path.of("/proc/self");
        if (!Files.isDirectory(readOnly)) {
            readOnly = Files.createDirectory(dir.resolve("ro"));
            readOnly.toFile().setWritable(false, false);
        }
        Path target = readOnly;
        assertThatThrownBy(() -> Database.open(target))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.READ_ONLY));
    }

    @Test
    void aDamagedFileIsReportedAsUnreadable() throws Exception {
        Files.write(dir.resolve("relance.mv.db"), "this is not an H2 file at all".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.UNREADABLE));
        assertThat(Files.readString(dir.resolve("relance.mv.db"))).startsWith("this is not an H2 file");
    }

    @Test
    void aFileOpenInAnotherProcessIsReportedAsLocked() throws Exception {
        Database.open(dir).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDataFile.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");

            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOfSatisfying(DataFileException.class,
                            e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.LOCKED));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        // Once the other process has let go, the file opens again with its data.
        try (Database database = Database.open(dir)) {
            assertThat(new RatesRepository(database).all()).isNotEmpty();
        }
    }

    @Test
    void noQueryRunsOnTheJavaFxApplicationThread() throws Exception {
        try (Database database = Database.open(dir)) {
            Throwable[] failure = new Throwable[1];
            Thread fxNamed = new Thread(() -> {
                try {
                    database.dsl().fetchCount(fr.relance.store.jooq.Tables.DEBTOR);
                } catch (Throwable t) {
                    failure[0] = t;
                }
            }, NotOnFxThreadListener.FX_THREAD_NAME);
            fxNamed.start();
            fxNamed.join();
            assertThat(failure[0]).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("JavaFX application thread");
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
