package fr.relance.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheFileThatWasThereAndNoPartialFile() throws Exception {
        Path target = Files.writeString(dir.resolve("balance.csv"), "previous export");

        assertThatThrownBy(() -> SafeFile.write(target, out -> {
            out.write("half of a".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");

        assertThat(Files.readString(target)).isEqualTo("previous export");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws Exception {
        Path target = Files.writeString(dir.resolve("balance.csv"), "previous export");
        SafeFile.write(target, out -> out.write("new export".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new export");
    }
}
