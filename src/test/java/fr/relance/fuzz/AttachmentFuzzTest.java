package fr.relance.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.relance.documents.AttachmentRefusedException;
import fr.relance.documents.FileInspector;
import fr.relance.documents.InspectedFile;
import fr.relance.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files offered as attachments: the seed corpus ({@code src/test/resources/fuzz/attachments}: PDF, PNG,
 * JPEG, e-mail, Word, Excel, ZIP, OLE2, and their truncated, giant-dimension and zip-bomb variants) and seeded
 * mutants of it, each under the names of every accepted type (the type is read from the bytes, the name only refines
 * it). Property: {@link FileInspector} accepts the file or refuses it with a reason the bundles word; nothing else
 * escapes, neither an exception nor an error (the suite runs with a 256 MB heap).
 */
class AttachmentFuzzTest {

    static final long SEED = 20261124L;
    static final String[] NAMES = {".pdf", ".png", ".jpg", ".eml", ".xlsx", ".docx", ".doc", ".zip", ".bin"};
    static final Messages FRENCH = new Messages(Locale.FRENCH);
    static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    final FileInspector inspector = new FileInspector();

    @Test
    void theSeedCorpus() throws IOException {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Path seed : Corpus.files("attachments")) {
            byte[] input = Files.readAllBytes(seed);
            for (String extension : NAMES) {
                String outcome = check(input, "seed" + extension, seed.getFileName() + extension);
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
        // Good files are accepted whatever their name; the nasty ones are refused for what they are.
        assertThat(outcomes).containsKeys("accepted", "PDF_CORRUPT", "IMAGE_CORRUPT", "OFFICE_CORRUPT",
                "UNSUPPORTED_TYPE", "PDF_ENCRYPTED");
    }

    @Test
    void mutants() throws IOException {
        Mutator mutator = new Mutator(SEED, Corpus.bytes("attachments"));
        Map<String, Integer> outcomes = new TreeMap<>();
        int cases = 1000;
        for (int i = 0; i < cases; i++) {
            byte[] input = mutator.next();
            String extension = NAMES[mutator.random().nextInt(NAMES.length)];
            outcomes.merge(check(input, "mutant" + extension, SEED + "-" + i + extension), 1, Integer::sum);
        }
        System.out.println("Fuzz attachments: " + cases + " mutants " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cases);
    }

    private String check(byte[] input, String fileName, String keptName) throws IOException {
        Path file = Files.write(dir.resolve(fileName), input);
        try {
            InspectedFile inspected = inspector.inspect(file);
            assertThat(inspected.size()).isEqualTo(input.length);
            return "accepted";
        } catch (AttachmentRefusedException refused) {
            assertThat(FRENCH.has(refused.messageKey())).as(refused.messageKey()).isTrue();
            assertThat(ENGLISH.has(refused.messageKey())).as(refused.messageKey()).isTrue();
            return refused.reason().name();
        } catch (Throwable t) {
            Path kept = Corpus.keep("attachments", keptName, input);
            t.printStackTrace();
            fail("Input " + kept + " escaped as " + t, t);
            return null;
        }
    }
}
