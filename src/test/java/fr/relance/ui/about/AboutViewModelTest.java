package fr.relance.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** About: what it says of this build, the folders it opens, and the diagnostic it copies. */
class AboutViewModelTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;
    Path dataFolder;
    Path logFolder;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<Path> opened = new ArrayList<>();
    final List<String> clipboard = new ArrayList<>();

    @BeforeEach
    void folders() throws IOException {
        dataFolder = Files.createDirectories(dir.resolve("données"));
        logFolder = Files.createDirectories(dataFolder.resolve("logs"));
    }

    AboutViewModel model(Optional<Instant> built, Locale locale) {
        AboutFacts facts = new AboutFacts("1.4.0", built, dataFolder, dataFolder.resolve("relance.mv.db"),
                logFolder, logFolder.resolve("relance.log"), "Linux 6.1 (amd64)", "17.0.15 (Eclipse Adoptium)",
                "/opt/relance/lib/runtime");
        return new AboutViewModel(facts, opened::add, BackgroundTasks.sameThread(), dialogs, new Messages(locale),
                new Formats(locale), clipboard::add, PARIS);
    }

    @Test
    void showsTheVersionAndTheBuildTimeInLocalTimeOrSaysTheBuildIsLocal() {
        // 23:30 UTC on 23 November is already the 24th in Paris
        AboutViewModel model = model(Optional.of(Instant.parse("2026-11-23T23:30:00Z")), Locale.FRANCE);
        assertThat(model.versionText()).isEqualTo("Version 1.4.0");
        assertThat(model.buildText()).isEqualTo("Compilée le 24/11/2026 00:30 (heure locale)");
        assertThat(model.dataFolderText()).isEqualTo(dataFolder.toString());
        assertThat(model.logFolderText()).isEqualTo(logFolder.toString());
        assertThat(model.javaText()).isEqualTo("Java 17.0.15 (Eclipse Adoptium), Linux 6.1 (amd64)");

        assertThat(model(Optional.empty(), Locale.FRANCE).buildText()).startsWith("Compilation locale");
        assertThat(model(Optional.empty(), Locale.ENGLISH).buildText()).startsWith("Local build");
    }

    @Test
    void opensTheDataAndTheLogFoldersThroughTheSystemViewer() {
        AboutViewModel model = model(Optional.empty(), Locale.FRANCE);
        model.openDataFolder();
        model.openLogFolder();
        assertThat(opened).containsExactly(dataFolder, logFolder);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aMissingOrUnopenableFolderIsExplainedNotIgnored() throws IOException {
        Files.delete(logFolder);
        AboutViewModel model = model(Optional.empty(), Locale.FRANCE);
        model.openLogFolder();
        assertThat(opened).isEmpty();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Dossier non ouvert: Le dossier " + logFolder + " n’existe pas (encore)");

        AboutViewModel refusing = new AboutViewModel(new AboutFacts("1.4.0", Optional.empty(), dataFolder,
                dataFolder.resolve("relance.mv.db"), logFolder, logFolder.resolve("relance.log"), "os", "java", "home"),
                folder -> {
                    throw new IOException("no file manager");
                }, BackgroundTasks.sameThread(), dialogs, new Messages(Locale.FRANCE), new Formats(Locale.FRANCE),
                clipboard::add, PARIS);
        refusing.openDataFolder();
        assertThat(dialogs.errors).hasSize(2).last().asString()
                .contains("n’a pas pu être ouvert par le système", dataFolder.toString());
    }

    @Test
    void copiesVersionSystemJavaDataPathAndTheLastLogLines() throws IOException {
        List<String> log = IntStream.rangeClosed(1, 200).mapToObj(i -> "2026-11-23 09:00:00.000 INFO line " + i)
                .toList();
        Files.write(logFolder.resolve("relance.log"), log, StandardCharsets.UTF_8);
        AboutViewModel model = model(Optional.of(Instant.parse("2026-11-20T10:00:00Z")), Locale.FRANCE);

        model.copyDiagnostic();

        assertThat(clipboard).hasSize(1);
        String text = clipboard.get(0);
        assertThat(text).contains("Relance 1.4.0", "Compilée le 20/11/2026 11:00",
                "Système : Linux 6.1 (amd64)", "Java : 17.0.15 (Eclipse Adoptium), /opt/relance/lib/runtime",
                "Langue : fr-FR", "Fichier de données : " + dataFolder.resolve("relance.mv.db"),
                "Journal : " + logFolder.resolve("relance.log"),
                "Les 60 dernières lignes du journal :", "INFO line 141" + System.lineSeparator(), "INFO line 200");
        assertThat(text).doesNotContain("INFO line 140" + System.lineSeparator());
        assertThat(model.statusProperty().get()).startsWith("Diagnostic copié dans le presse-papiers");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void withoutALogTheDiagnosticSaysSo() {
        AboutViewModel model = model(Optional.empty(), Locale.ENGLISH);
        model.copyDiagnostic();
        assertThat(clipboard).singleElement().asString().contains("Data file: ", "No log lines");
        assertThat(model.statusProperty().get()).startsWith("Diagnostic copied");
    }
}
