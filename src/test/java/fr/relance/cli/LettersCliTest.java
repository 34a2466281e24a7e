package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.LetterFixtures;
import fr.relance.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code relance letters}: the day's letters headless, through picocli as the shell runs it. */
class LettersCliTest {

    static final String DAY = LetterFixtures.LETTERS_DAY.toString();

    @TempDir
    Path dir;
    Path data;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void ledger() throws Exception {
        data = Files.createDirectory(dir.resolve("data"));
        try (Database database = LetterFixtures.open(data)) {
            LetterFixtures.walkToLetters(database);
        }
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = RelanceCommand.commandLine(() -> { }, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    static List<String> pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    @Test
    void theDaysLettersGoIntoOnePdfWithTheDepositListAndTheExcludedOneIsNamedWithItsReason() throws Exception {
        Path pdf = dir.resolve("Courriers.pdf");

        assertThat(run("letters", "--as-of", DAY, "--out", pdf.toString())).isZero();

        String printed = out.toString();
        assertThat(printed).contains("4 ligne(s) de courrier", "OK  Dupont SARL – Deuxième relance",
                "OK  Martin SA – Mise en demeure", "Recommandé AR", "OK  Jeanne Petit",
                "EXCLU  Sans Adresse SAS – Deuxième relance", "adresse", "3 courrier(s)",
                "Liste de dépôt (1 recommandé(s))", "Courriers-depot.pdf");
        List<String> pages = pages(pdf);
        assertThat(String.join("", pages)).contains("Dupont SARL", "Martin SA", "Jeanne Petit", "Mise en demeure")
                .doesNotContain("Sans Adresse");
        for (int p = 0; p < pages.size(); p++) {
            for (String debtor : List.of("Dupont SARL", "Martin SA", "Jeanne Petit")) {
                boolean startsHere = pages.get(p).contains(debtor) && (p == 0 || !pages.get(p - 1).contains(debtor));
                if (startsHere) {
                    assertThat(p % 2).as("%s starts on page %d", debtor, p + 1).isZero();
                }
            }
        }
        String deposit = String.join("", pages(dir.resolve("Courriers-depot.pdf")));
        assertThat(deposit).contains("Liste de dépôt des lettres recommandées", "Martin SA", "18 quai Perrache",
                "N° de recommandé", "Poids / tarif").doesNotContain("Dupont SARL");

        // Nothing was recorded: the same letters are still due.
        assertThat(run("worklist", "--as-of", DAY)).isZero();
        assertThat(out.toString()).contains("Dupont SARL", "Martin SA");
    }

    @Test
    void recordKeepsTheLettersAsSentThenOnlyTheExcludedLineIsLeftAndTheCommandFails() throws Exception {
        Path pdf = dir.resolve("Courriers.pdf");

        assertThat(run("letters", "--as-of", DAY, "--out", pdf.toString(), "--record")).isZero();
        assertThat(out.toString()).contains("3 courrier(s) enregistré(s) comme envoyé(s).");
        try (Database database = Database.open(data)) {
            assertThat(database.dsl().fetchOne("SELECT COUNT(*) FROM letter").get(0, Integer.class)).isEqualTo(3);
        }

        Files.delete(pdf);
        assertThat(run("letters", "--as-of", DAY, "--out", pdf.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("1 ligne(s) de courrier", "EXCLU  Sans Adresse SAS");
        assertThat(err.toString()).contains("Aucun courrier ne peut être imprimé");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedWithAClearMessageAndNoFile() throws Exception {
        Path file = Files.writeString(dir.resolve("pas-un-dossier"), "x");

        assertThat(run("letters", "--as-of", DAY, "--out", file.resolve("Courriers.pdf").toString())).isEqualTo(1);

        assertThat(err.toString()).contains("n’accepte pas l’écriture", "pas-un-dossier");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data",
                    "pas-un-dossier");
        }
    }

    @Test
    void aDayWithoutLettersSaysSoAndWritesNothing() {
        assertThat(run("letters", "--as-of", LetterFixtures.DUE.minusDays(20).toString(), "--out",
                dir.resolve("x.pdf").toString())).isZero();
        assertThat(out.toString()).contains("Aucun courrier à produire");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
