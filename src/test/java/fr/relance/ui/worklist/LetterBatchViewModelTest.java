package fr.relance.ui.worklist;

import static fr.relance.documents.LetterFixtures.LETTERS_DAY;
import static fr.relance.documents.LetterFixtures.MARTIN;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterFixtures;
import fr.relance.documents.PdfPrinter;
import fr.relance.dunning.LetterRun;
import fr.relance.dunning.WorklistService;
import fr.relance.store.Database;
import fr.relance.store.LetterRepository;
import fr.relance.text.Formats;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch of the day's letters without a window: review, choose, generate, cancel, print, record. */
class LetterBatchViewModelTest {

    @TempDir
    Path dir;
    Database database;
    RecordingDialogs dialogs = new RecordingDialogs();
    final List<Path> opened = new ArrayList<>();
    final List<Path> printed = new ArrayList<>();
    LetterRun run;

    @BeforeEach
    void open() throws Exception {
        database = LetterFixtures.open(Files.createDirectory(dir.resolve("data")));
        LetterFixtures.walkToLetters(database);
        run = new LetterRun(new WorklistService(database, "claire"), new LetterComposer(database),
                new LetterArchive(new LetterRepository(database), () -> EnvelopeLayout.DL), () -> EnvelopeLayout.DL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    LetterBatchViewModel model(BackgroundTasks tasks) {
        PdfPrinter printer = (pdf, job) -> {
            printed.add(pdf);
            return true;
        };
        return new LetterBatchViewModel(run, tasks, dialogs, new Messages(Locale.FRANCE), new Formats(Locale.FRANCE),
                opened::add, printer, "claire", LETTERS_DAY);
    }

    int letters() {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM letter").get(0, Integer.class);
    }

    LetterBatchViewModel.Row row(LetterBatchViewModel model, String debtor) {
        return model.rows().stream().filter(r -> r.line().item().debtorName().equals(debtor)).findFirst()
                .orElseThrow();
    }

    @Test
    void theReviewListsTheDaysLettersAndKeepsTheOneWithoutAddressOutWithItsReason() {
        LetterBatchViewModel model = model(BackgroundTasks.sameThread());

        model.review(List.of());

        assertThat(model.stepProperty().get()).isEqualTo(LetterBatchViewModel.Step.REVIEWED);
        assertThat(model.rows()).hasSize(4);
        assertThat(model.summaryProperty().get())
                .isEqualTo("3 courriers à imprimer dont 1 recommandé(s) ; 1 exclu(s).");
        LetterBatchViewModel.Row nowhere = row(model, "Sans Adresse SAS");
        assertThat(nowhere.includedProperty().get()).isFalse();
        assertThat(nowhere.toCheck()).startsWith("Exclu : ").contains("adresse");
        nowhere.includedProperty().set(true);
        assertThat(nowhere.includedProperty().get()).as("a refused letter cannot be put back").isFalse();

        row(model, "Dupont SARL").includedProperty().set(false);
        assertThat(model.includedProperty().get()).isEqualTo(2);
        assertThat(model.canGenerate().get()).isTrue();
        assertThat(model.canMarkSent().get()).isFalse();
    }

    @Test
    void aSelectedLineAloneIsReviewedAlone() {
        LetterBatchViewModel model = model(BackgroundTasks.sameThread());
        var martin = new WorklistService(database, "claire").worklist(LETTERS_DAY).stream()
                .filter(i -> i.debtorId() == MARTIN).toList();

        model.review(martin);

        assertThat(model.rows()).extracting(r -> r.line().item().debtorName()).containsExactly("Martin SA");
    }

    @Test
    void generatingWritesTheChosenLettersThenPrintOpenAndMarkAsSentRecordEachOnce() throws Exception {
        LetterBatchViewModel model = model(BackgroundTasks.sameThread());
        model.review(List.of());
        row(model, "Dupont SARL").includedProperty().set(false);
        Path target = dir.resolve("Courriers 2026-09-21.pdf");
        dialogs.saveFileAnswer = target;

        model.generate();

        assertThat(dialogs.fileChoosers).containsExactly("Enregistrer les courriers du jour: Courriers "
                + LETTERS_DAY + ".pdf pdf");
        assertThat(model.stepProperty().get()).isEqualTo(LetterBatchViewModel.Step.GENERATED);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.batchProperty().get().letterCount()).isEqualTo(2);
        assertThat(model.statusProperty().get()).contains("2 courrier(s)", target.getFileName().toString(),
                "Liste de dépôt des 1 recommandé(s)");
        assertThat(target).exists();
        assertThat(dir.resolve("Courriers 2026-09-21-depot.pdf")).exists();
        assertThat(letters()).as("nothing is recorded before the controller confirms").isZero();

        model.print();
        model.openLetters();
        model.openDepositList();
        assertThat(printed).containsExactly(target.toAbsolutePath());
        assertThat(opened).containsExactly(target.toAbsolutePath(),
                dir.resolve("Courriers 2026-09-21-depot.pdf").toAbsolutePath());
        assertThat(model.statusProperty().get()).isEqualTo("Les courriers sont partis vers l’imprimante.");

        dialogs.confirmAnswer = false;
        model.markSent();
        assertThat(letters()).isZero();

        dialogs.confirmAnswer = true;
        model.markSent();
        assertThat(dialogs.confirmations.get(1)).contains("Les 2 courriers imprimés sont-ils partis ?");
        assertThat(letters()).isEqualTo(2);
        assertThat(model.recordedProperty().get()).isEqualTo(2);
        assertThat(model.stepProperty().get()).isEqualTo(LetterBatchViewModel.Step.RECORDED);
        assertThat(model.statusProperty().get()).isEqualTo("2 courrier(s) enregistré(s) comme envoyé(s) le 21/09/2026.");
        assertThat(model.canMarkSent().get()).isFalse();
        assertThat(run.letterLines(LETTERS_DAY)).extracting(i -> i.debtorName())
                .containsExactlyInAnyOrder("Dupont SARL", "Sans Adresse SAS");
    }

    @Test
    void aWrongLabelNumberIsShownUnderItsFieldAndARightOneGoesOnTheDepositListAndIsRecordedAsPosted()
            throws Exception {
        LetterBatchViewModel model = model(BackgroundTasks.sameThread());
        model.review(List.of());
        LetterBatchViewModel.Row martin = row(model, "Martin SA");
        assertThat(martin.registered()).isTrue();
        assertThat(row(model, "Dupont SARL").registered()).isFalse();
        Path target = dir.resolve("Courriers.pdf");
        dialogs.saveFileAnswer = target;

        martin.trackingNumberProperty().set("1A 123 456 7890");
        assertThat(martin.trackingProblemProperty().get()).startsWith("Le numéro de suivi compte 13 caractères");
        model.generate();
        assertThat(model.errorProperty().get()).startsWith("Un numéro de recommandé est incorrect");
        assertThat(dialogs.fileChoosers).as("refused before asking where to save").isEmpty();
        assertThat(target).doesNotExist();

        martin.trackingNumberProperty().set("1a 123 456 7890 1");
        assertThat(martin.trackingProblemProperty().get()).isEmpty();
        model.generate();
        assertThat(model.stepProperty().get()).isEqualTo(LetterBatchViewModel.Step.GENERATED);
        Path deposit = dir.resolve("Courriers-depot.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(deposit.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Martin SA", "1A 123 456 7890 1");
        }

        // A number changed after generating makes the deposit list out of date: generate again before printing.
        martin.trackingNumberProperty().set("RR 123 456 785 FR");
        assertThat(model.stepProperty().get()).isEqualTo(LetterBatchViewModel.Step.REVIEWED);
        assertThat(model.canMarkSent().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Numéros de recommandé modifiés");
        model.generate();
        try (var document = org.apache.pdfbox.Loader.loadPDF(deposit.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("RR 123 456 785 FR").doesNotContain("1A 123 456 7890 1");
        }

        model.markSent();
        assertThat(model.stepProperty().get()).isEqualTo(LetterBatchViewModel.Step.RECORDED);
        assertThat(database.dsl().fetchOne("SELECT tracking_number FROM registered_mail_fact").get(0, String.class))
                .isEqualTo("RR123456785FR");
    }

    @Test
    void aCancelledGenerationLeavesNoFileAndAFolderThatCannotBeWrittenIsSaidSo() throws Exception {
        LetterBatchViewModel model = model(cancelledAfterFirstStep());
        model.review(List.of());
        assertThat(model.rows()).hasSize(4);
        cancelling = true;
        Path target = dir.resolve("Courriers.pdf");
        dialogs.saveFileAnswer = target;

        model.generate();

        assertThat(model.statusProperty().get()).isEqualTo(
                "Annulé : aucun fichier n’a été écrit, rien n’a été enregistré.");
        assertThat(model.stepProperty().get()).isEqualTo(LetterBatchViewModel.Step.REVIEWED);
        assertThat(model.batchProperty().get()).isNull();
        assertThat(target).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }

        LetterBatchViewModel again = model(BackgroundTasks.sameThread());
        again.review(List.of());
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        dialogs.saveFileAnswer = file.resolve("Courriers.pdf");
        again.generate();
        assertThat(again.errorProperty().get()).contains(file.toString(), "n’accepte pas l’écriture");
        assertThat(again.batchProperty().get()).isNull();

        dialogs.saveFileAnswer = null; // the user closes the file chooser
        again.generate();
        assertThat(again.batchProperty().get()).isNull();
        assertThat(letters()).isZero();
    }

    boolean cancelling;

    /** Runs at once, as the same-thread executor; once {@link #cancelling}, the user clicks Cancel after a step. */
    BackgroundTasks cancelledAfterFirstStep() {
        BackgroundTasks same = BackgroundTasks.sameThread();
        return new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                same.run(work, onSuccess, onError);
            }

            @Override
            public <T> Handle runLong(LongWork<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                                      Consumer<Throwable> onError) {
                boolean[] cancelled = {false};
                same.run(() -> work.run(new Progress() {
                    @Override
                    public void advanced(long done, long total) {
                        cancelled[0] = cancelling;
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled[0];
                    }
                }), onSuccess, onError);
                return () -> cancelled[0] = true;
            }
        };
    }
}
