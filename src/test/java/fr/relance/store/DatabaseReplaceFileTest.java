package fr.relance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restore swaps the data file under the open Database: whatever goes wrong, it ends open on a good file. */
class DatabaseReplaceFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatDoesNotOpenIsTakenBackAndThePreviousOneReopened() throws Exception {
        try (Database database = Database.open(dir)) {
            AppSettingsRepository settings = new AppSettingsRepository(database);
            settings.put("mine", "yes");
            Path aside = dir.resolve("aside.mv.db");

            assertThatThrownBy(() -> database.replaceFile(new Database.FileSwap() {
                @Override
                public void apply(Path dataFile) throws IOException {
                    Files.move(dataFile, aside);
                    Files.writeString(dataFile, "not an H2 file ".repeat(500));
                }

                @Override
                public void undo(Path dataFile) throws IOException {
                    Files.move(aside, dataFile, StandardCopyOption.REPLACE_EXISTING);
                }
            })).isInstanceOfSatisfying(DataFileException.class,
                    e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.UNREADABLE));

            assertThat(settings.get("mine")).contains("yes");
        }
    }

    @Test
    void aSwapThatFailsLeavesTheDatabaseOpenOnTheSameFile() {
        try (Database database = Database.open(dir)) {
            AppSettingsRepository settings = new AppSettingsRepository(database);
            settings.put("mine", "yes");

            assertThatThrownBy(() -> database.replaceFile(new Database.FileSwap() {
                @Override
                public void apply(Path dataFile) throws IOException {
                    throw new IOException("No space left on device");
                }

                @Override
                public void undo(Path dataFile) {
                    throw new AssertionError("nothing to undo");
                }
            })).isInstanceOf(UncheckedIOException.class);

            assertThat(settings.get("mine")).contains("yes");
            settings.put("still", "writable");
            assertThat(settings.get("still")).contains("writable");
        }
    }
}
