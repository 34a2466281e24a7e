package fr.relance.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.DossierExporter;
import fr.relance.documents.DossierFixture;
import fr.relance.documents.DossierFormat;
import fr.relance.documents.TestFiles;
import fr.relance.domain.Debtor;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Exporter le dossier…" without a window: the file chosen, the export in the background, the result opened. */
class DossierExportViewModelTest {

    @TempDir
    Path dir;
    Database database;
    Debtor durand;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<Path> opened = new ArrayList<>();
    final Messages messages = new Messages(Locale.FRANCE);

    @BeforeEach
    void open() throws Exception {
        database = DossierFixture.open(Files.createDirectories(dir.resolve("data")));
        DossierFixture.store(database, DossierFixture.DURAND, DocumentKind.DELIVERY_PROOF,
                TestFiles.png(Files.createDirectories(dir.resolve("files")), "livraison.png", 300, 200), "image/png",
                DossierFixture.TODAY.minusDays(80));
        DossierFixture.store(database, DossierFixture.DURAND, DocumentKind.OTHER, "vide.pdf", "application/pdf",
                new byte[0], null);
        durand = new DebtorRepository(database).find(DossierFixture.DURAND).orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private DossierExportViewModel model(BackgroundTasks tasks) {
        DossierExportViewModel model = new DossierExportViewModel(
                new DossierExporter(database, () -> DossierFixture.TODAY, Locale.FRANCE), opened::add, tasks,
                dialogs, messages);
        model.open(durand);
        return model;
    }

    @Test
    void theDossierIsWrittenWhereChosenThenOpened() {
        DossierExportViewModel model = model(BackgroundTasks.sameThread());
        dialogs.saveFileAnswer = dir.resolve("dossier-durand");
        model.export(DossierFormat.PDF);

        Path written = dir.resolve("dossier-durand.pdf");
        assertThat(dialogs.fileChoosers).containsExactly("Enregistrer le dossier de Durand SARL: dossier-411DURAND.pdf pdf");
        assertThat(written).exists();
        assertThat(opened).containsExactly(written);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.exportedProperty().get().pages()).isEqualTo(7);
        assertThat(model.statusProperty().get())
                .isEqualTo("Dossier enregistré : « dossier-durand.pdf », 7 pages ; 1 pièce(s) non reproduite(s), "
                        + "chacune signalée par une page qui dit pourquoi.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aChooserClosedWritesNothing() throws Exception {
        DossierExportViewModel model = model(BackgroundTasks.sameThread());
        dialogs.saveFileAnswer = null;
        model.export(DossierFormat.ZIP);
        assertThat(model.statusProperty().get()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "files");
        }
    }

    @Test
    void aFolderThatDoesNotExistIsSaidInADialog() {
        DossierExportViewModel model = model(BackgroundTasks.sameThread());
        dialogs.saveFileAnswer = dir.resolve("nowhere/dossier.zip");
        model.export(DossierFormat.ZIP);
        assertThat(dialogs.errors).containsExactly("Export du dossier impossible: Le dossier où enregistrer "
                + "« dossier.zip » n’existe pas : choisissez un dossier existant.");
        assertThat(opened).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aCancelledExportSaysSoAndLeavesNoFile() throws Exception {
        BackgroundTasks cancelling = new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                BackgroundTasks.sameThread().run(work, onSuccess, onError);
            }

            @Override
            public <T> Handle runLong(LongWork<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                                      Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.run(new Progress() {
                        int steps;

                        @Override
                        public void advanced(long done, long total) {
                            steps++;
                        }

                        @Override
                        public boolean isCancelled() {
                            return steps >= 2; // the user pressed "Annuler" during the export
                        }
                    });
                } catch (Exception e) {
                    onError.accept(e);
                    return () -> { };
                }
                onSuccess.accept(result);
                return () -> { };
            }
        };
        DossierExportViewModel model = model(cancelling);
        dialogs.saveFileAnswer = dir.resolve("dossier.pdf");
        model.export(DossierFormat.PDF);
        assertThat(model.statusProperty().get()).isEqualTo("Export annulé : aucun fichier n’a été écrit.");
        assertThat(dir.resolve("dossier.pdf")).doesNotExist();
        assertThat(dialogs.errors).isEmpty();
        assertThat(opened).isEmpty();
    }
}
