package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Commands on an encrypted data file (--password-file, RELANCE_PASSWORD), export-debtor and purge. */
class EvidenceCliTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(Map<String, String> env, String... args) {
        CommandLine commandLine = RelanceCommand.commandLine(() -> { }, env);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void everyCommandOpensAnEncryptedFileWithThePasswordGivenAndSaysWhatToDoWithout() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        assertThat(run(Map.of(), "--data-dir", data.toString(), "demo", "--size", "200")).isZero();
        try (Database database = Database.open(data)) {
            database.changeEncryption("Relance-2026!".toCharArray());
        }

        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--data-dir", data.toString(), "aging", "--top", "1")).isEqualTo(1);
        assertThat(err.toString()).contains("chiffré").contains("--password-file").doesNotContain("Exception");

        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "pas-le-bon-1\n");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--data-dir", data.toString(), "--password-file", wrong.toString(), "aging"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Mot de passe incorrect").doesNotContain("Exception");

        Path right = Files.writeString(dir.resolve("right.txt"), "Relance-2026!\n");
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--data-dir", data.toString(), "--password-file", right.toString(), "aging",
                "--as-of", "2026-11-23", "--top", "1")).isZero();
        assertThat(out.toString()).contains("Total");

        Path zip = dir.resolve("export.zip");
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(RelanceCommand.PASSWORD_VARIABLE, "Relance-2026!"), "--data-dir", data.toString(),
                "export-debtor", "1", "--out", zip.toString())).isZero();
        assertThat(out.toString()).contains("exportées").contains(zip.toString());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry("donnees-debiteur.json")).isNotNull();
        }

        out.getBuffer().setLength(0);
        assertThat(run(Map.of(RelanceCommand.PASSWORD_VARIABLE, "Relance-2026!"), "--data-dir", data.toString(),
                "purge")).isZero();
        assertThat(out.toString()).contains("Durée de conservation : 10 ans");

        err.getBuffer().setLength(0);
        assertThat(run(Map.of(RelanceCommand.PASSWORD_VARIABLE, "Relance-2026!"), "--data-dir", data.toString(),
                "export-debtor", "411INCONNU", "--out", zip.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("411INCONNU");
    }
}
