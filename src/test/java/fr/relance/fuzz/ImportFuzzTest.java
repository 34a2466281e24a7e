package fr.relance.fuzz;

import static fr.relance.imports.ImportService.Progress.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.relance.domain.RejectedLine;
import fr.relance.imports.ImportException;
import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.store.LedgerImport;
import fr.relance.store.PayerDirectory;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input for the importers: the seed corpus ({@code src/test/resources/fuzz/csv|fec|xlsx}) and thousands of
 * seeded mutants of it go through the wizard's path (detect, preview, read, then the import into a real data file).
 * Property: every input is imported or refused with a sentence (an {@link ImportException} whose key is in the
 * bundles, rejected lines with worded reasons); nothing else may escape, neither an exception nor an error. A
 * failing input is kept under {@code target/fuzz-failures} with its seed and case number.
 *
 * <p>Runs in its own JVM with a 256 MB heap (see the pom's {@code fuzz} execution): an input that needs more memory
 * than that is a failure too.
 */
class ImportFuzzTest {

    static final long SEED = 20261123L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    enum Outcome { IMPORTED, NOTHING_TO_IMPORT, REFUSED }

    @TempDir
    static Path dir;
    static Database database;
    static ImportService imports;
    static final Messages MESSAGES = new Messages(Locale.FRENCH);
    static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @BeforeAll
    static void open() throws IOException {
        database = Database.open(Files.createDirectories(dir.resolve("data")));
        imports = new ImportService(new LedgerImport(database), new AppSettingsRepository(database),
                new PayerDirectory(database));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theCsvSeedCorpus() throws IOException {
        corpus("csv", ".csv", null);
    }

    @Test
    void theFecSeedCorpus() throws IOException {
        corpus("fec", ".txt", ImportFormat.FEC);
    }

    @Test
    void theXlsxSeedCorpus() throws IOException {
        corpus("xlsx", ".xlsx", ImportFormat.XLSX);
    }

    @Test
    void csvMutants() throws IOException {
        mutants("csv", ".csv", null, 1200, false);
    }

    @Test
    void fecMutants() throws IOException {
        mutants("fec", ".txt", ImportFormat.FEC, 800, false);
    }

    @Test
    void xlsxMutants() throws IOException {
        mutants("xlsx", ".xlsx", ImportFormat.XLSX, 250, true);
    }

    /** Lines of tens of megabytes, with and without an unbalanced quote: refused with a sentence, no memory blown. */
    @Test
    void hugeLines() throws IOException {
        byte[] header = (SeedCorpus.CSV_HEADER + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path endless = dir.resolve("endless-line.csv");
        try (var out = Files.newOutputStream(endless)) {
            out.write(header);
            out.write("411A;".getBytes());
            byte[] chunk = "x".repeat(1 << 16).getBytes();
            for (int i = 0; i < 600; i++) {
                out.write(chunk); // 40 MB without a line break
            }
        }
        assertThat(run(endless, null)).isEqualTo(Outcome.REFUSED);

        Path open = dir.resolve("open-quote.csv");
        try (var out = Files.newOutputStream(open)) {
            out.write(header);
            out.write("411A;\"Durand;FA-1;01/09/2026;01/10/2026;10;10\n".getBytes());
            byte[] line = "411B;Petit;FA-2;01/09/2026;01/10/2026;10;10\n".getBytes();
            for (int i = 0; i < 800_000; i++) {
                out.write(line); // 36 MB swallowed by one quoted field
            }
        }
        assertThat(run(open, null)).isEqualTo(Outcome.REFUSED);

        Path fec = dir.resolve("endless-fec.txt");
        try (var out = Files.newOutputStream(fec)) {
            out.write((SeedCorpus.FEC_HEADER + "\nVT\t").getBytes());
            byte[] chunk = "y".repeat(1 << 16).getBytes();
            for (int i = 0; i < 600; i++) {
                out.write(chunk);
            }
        }
        assertThat(run(fec, ImportFormat.FEC)).isEqualTo(Outcome.REFUSED);
    }

    private void corpus(String target, String extension, ImportFormat format) throws IOException {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Path seed : Corpus.files(target)) {
            Path copy = Files.copy(seed, dir.resolve(target + "-" + seed.getFileName()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            outcomes.merge(check(target, copy, format, Files.readAllBytes(seed), seed.getFileName().toString()), 1,
                    Integer::sum);
        }
        // The corpus holds good files that import and bad ones that are refused.
        assertThat(outcomes).containsKeys(Outcome.IMPORTED, Outcome.REFUSED);
    }

    private void mutants(String target, String extension, ImportFormat format, int cases, boolean zip)
            throws IOException {
        Mutator mutator = new Mutator(SEED + target.hashCode(), Corpus.bytes(target));
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Path file = dir.resolve("mutant-" + target + extension);
        for (int i = 0; i < cases; i++) {
            byte[] input = zip ? mutator.nextInZip() : mutator.next();
            Files.write(file, input);
            outcomes.merge(check(target, file, format, input, SEED + "-" + i + extension), 1, Integer::sum);
        }
        System.out.println("Fuzz " + target + ": " + cases + " mutants " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cases);
    }

    private Outcome check(String target, Path file, ImportFormat format, byte[] input, String name) {
        try {
            return run(file, format);
        } catch (Throwable t) {
            Path kept = Corpus.keep(target, name, input);
            t.printStackTrace();
            fail("Input " + kept + " escaped as " + t, t);
            return null;
        }
    }

    /** The wizard's path, then the import itself. */
    static Outcome run(Path file, ImportFormat forced) {
        try {
            ImportFormat format = forced != null ? forced : imports.detect(file);
            ImportService.Preview preview = imports.preview(file, format, null);
            ImportService.ReadResult read = imports.read(file, format, preview.mapping(), preview.sheet(), NONE);
            for (RejectedLine line : read.rejected()) {
                explained(line.reasonKey(), new ErrorMessages(MESSAGES).rejection(line));
            }
            if (read.entries().isEmpty()) {
                return Outcome.NOTHING_TO_IMPORT;
            }
            imports.importEntries(read, TODAY, NONE);
            return Outcome.IMPORTED;
        } catch (ImportException refused) {
            explained(refused.reasonKey(), new ErrorMessages(MESSAGES).importError(refused));
            return Outcome.REFUSED;
        }
    }

    private static void explained(String key, String sentence) {
        assertThat(MESSAGES.has(key)).as("French sentence for " + key).isTrue();
        assertThat(ENGLISH.has(key)).as("English sentence for " + key).isTrue();
        assertThat(sentence).isNotBlank().doesNotContain("{0}");
    }
}
