package fr.relance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The committed seed corpus of a fuzz target, and where a failing input is kept to be added to it. */
final class Corpus {

    static final Path ROOT = Path.of("src", "test", "resources", "fuzz");
    static final Path FAILURES = Path.of("target", "fuzz-failures");

    private Corpus() {
    }

    static List<Path> files(String target) {
        try (Stream<Path> files = Files.list(ROOT.resolve(target))) {
            List<Path> sorted = new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
            assertThat(sorted).as("seed corpus of " + target).hasSizeGreaterThanOrEqualTo(10);
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<byte[]> bytes(String target) {
        return files(target).stream().map(file -> {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Keeps an input that broke the property, so it can be replayed and added to the corpus. */
    static Path keep(String target, String name, byte[] input) {
        try {
            Path dir = Files.createDirectories(FAILURES.resolve(target));
            return Files.write(dir.resolve(name), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
