package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The opening of the data folder every command shares ({@link DataFileAccess}): each command says in one sentence
 * what is wrong with the folder and exits with 1, and a password file that cannot serve is named.
 */
class DataFileCliTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = RelanceCommand.commandLine(() -> { }, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aging", "worklist", "demo", "backup", "purge", "import balance.csv",
            "export-debtor 411DURAND --out debiteur.zip", "dossier 411DURAND --out dossier.pdf",
            "letters --out courriers.pdf"})
    void everyCommandOnAMissingDataFolderSaysWhichAndExitsWithOne(String command) throws Exception {
        Files.writeString(dir.resolve("balance.csv"), "Code client;Raison sociale;N° facture;Montant TTC\n");
        Path missing = dir.resolve("absent");
        List<String> args = new ArrayList<>(List.of("--data-dir", missing.toString()));
        for (String word : command.split(" ")) {
            args.add(word.contains(".") ? dir.resolve(word).toString() : word);
        }

        assertThat(run(args.toArray(String[]::new))).isEqualTo(1);

        assertThat(err.toString()).contains("Le dossier de données " + missing + " n’existe pas")
                .contains("--data-dir").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @Test
    void aPasswordFileThatIsEmptyOrUnreadableIsNamedAndNothingIsOpened() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        try (Database database = Database.open(data)) {
            database.changeEncryption("Relance-2026!".toCharArray());
        }

        Path empty = Files.writeString(dir.resolve("vide.txt"), "\n");
        assertThat(run("--data-dir", data.toString(), "--password-file", empty.toString(), "aging")).isEqualTo(1);
        assertThat(err.toString()).contains("Le fichier de mot de passe " + empty + " est vide")
                .doesNotContain("Exception");

        err.getBuffer().setLength(0);
        Path absent = dir.resolve("absent.txt");
        assertThat(run("--data-dir", data.toString(), "--password-file", absent.toString(), "worklist"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Le fichier de mot de passe " + absent + " ne peut pas être lu")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
