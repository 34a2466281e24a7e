package fr.relance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void theLastLinesOldestFirstWithoutTheTrailingEmptyLine() throws IOException {
        Path log = dir.resolve("relance.log");
        Files.writeString(log, "un\r\ndeux\ntrois é\n\n", StandardCharsets.UTF_8);
        assertThat(LogTail.lastLines(log, 2)).containsExactly("deux", "trois é");
        assertThat(LogTail.lastLines(log, 10)).containsExactly("un", "deux", "trois é");
        assertThat(LogTail.lastLines(log, 0)).isEmpty();
    }

    @Test
    void aMissingFileHasNoLines() throws IOException {
        assertThat(LogTail.lastLines(dir.resolve("absent.log"), 5)).isEmpty();
    }

    @Test
    void aBigLogIsReadFromItsEndAndTheCutLineIsDropped() throws IOException {
        Path log = dir.resolve("relance.log");
        // ~1 MB: far more than is read
        List<String> lines = IntStream.range(0, 20_000).mapToObj(i -> "ligne " + i + " " + "x".repeat(40)).toList();
        Files.write(log, lines, StandardCharsets.UTF_8);
        List<String> tail = LogTail.lastLines(log, 5_000);
        assertThat(tail).hasSizeLessThan(5_000).last().isEqualTo(lines.get(19_999));
        assertThat(lines).containsSequence(tail); // whole lines only: the cut first one is gone
    }
}
