package fr.relance.ui.cases;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.AttachmentService;
import fr.relance.documents.DocumentPreview;
import fr.relance.documents.TestFiles;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.FileType;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import fr.relance.store.LedgerWriter;
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

/** The "Pièces" tab's view-model on a real data file, without a window. */
class AttachmentsViewModelTest {

    @TempDir
    Path dir;
    Path files;
    Database database;
    DocumentRepository documents;
    AttachmentService service;
    AttachmentsViewModel model;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<Path> opened = new ArrayList<>();
    final Messages messages = new Messages(Locale.FRANCE);

    @BeforeEach
    void open() throws Exception {
        files = Files.createDirectories(dir.resolve("files"));
        database = Database.open(Files.createDirectories(dir.resolve("data")));
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        documents = new DocumentRepository(database);
        service = new AttachmentService(documents, new AgencyRepository(database), opened::add, dir.resolve("copies"));
        model = model(BackgroundTasks.sameThread());
        model.open(DURAND);
    }

    private AttachmentsViewModel model(BackgroundTasks tasks) {
        return new AttachmentsViewModel(service, documents, tasks, dialogs, messages, new Formats(Locale.FRANCE),
                TODAY, "claire");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aChosenFileIsCheckedDescribedThenStoredAndPreviewed() throws Exception {
        dialogs.nextOpenFile = TestFiles.pdf(files, "facture FA-1.pdf", 2, "Facture FA-1");
        model.chooseFile();

        assertThat(model.pendingProperty().get().type()).isEqualTo(FileType.PDF);
        assertThat(model.pendingProperty().get().pageCount()).isEqualTo(2);
        assertThat(model.kindProperty().get()).isNull();

        model.attachPending();
        assertThat(model.errors()).containsOnlyKeys("kind");
        assertThat(model.errors().get("kind")).startsWith("Choisissez ce qu’est la pièce");
        assertThat(documents.ofDebtor(DURAND)).isEmpty();

        model.kindProperty().set(DocumentKind.INVOICE_COPY);
        model.documentDateProperty().set(TODAY.minusDays(90));
        model.noteProperty().set("Original signé");
        model.attachPending();

        assertThat(model.errors()).isEmpty();
        assertThat(model.pendingProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("« facture FA-1.pdf » ajouté au dossier.");
        assertThat(model.documents()).singleElement().satisfies(document -> {
            assertThat(document.kind()).isEqualTo(DocumentKind.INVOICE_COPY);
            assertThat(document.note()).isEqualTo("Original signé");
            assertThat(document.addedBy()).isEqualTo("claire");
        });
        assertThat(model.selectedProperty().get().fileName()).isEqualTo("facture FA-1.pdf");
        assertThat(model.previewProperty().get()).isInstanceOfSatisfying(DocumentPreview.Picture.class,
                page -> assertThat(page.pageCount()).isEqualTo(2));
        assertThat(dialogs.errors).isEmpty();

        model.openSelected();
        assertThat(opened).singleElement().satisfies(copy -> assertThat(copy.getFileName().toString())
                .endsWith("facture FA-1.pdf"));
    }

    private String refusalOf(Path file) {
        dialogs.errors.clear();
        model.addFiles(List.of(file));
        if (model.pendingProperty().get() != null) {
            model.kindProperty().set(DocumentKind.OTHER);
            model.attachPending();
        }
        assertThat(documents.ofDebtor(DURAND)).isEmpty();
        assertThat(model.pendingProperty().get()).isNull();
        assertThat(dialogs.errors).hasSize(1);
        return dialogs.errors.get(0);
    }

    @Test
    void badFilesAreRefusedWithASentenceSayingWhatToDo() throws Exception {
        assertThat(refusalOf(TestFiles.corruptPdf(files, "abime.pdf")))
                .startsWith("La pièce n’a pas été ajoutée: Le PDF « abime.pdf » est endommagé ou incomplet");
        assertThat(refusalOf(TestFiles.encryptedPdf(files, "protege.pdf")))
                .contains("« protege.pdf » est protégé par un mot de passe").contains("Enregistrer au format PDF");
        assertThat(refusalOf(Files.createFile(files.resolve("vide.pdf"))))
                .contains("« vide.pdf » est vide (0 octet)");
        assertThat(refusalOf(TestFiles.sparse(files, "scan.pdf", 200L * 1024 * 1024)))
                .contains("« scan.pdf » pèse 200,0\u00A0Mo : une pièce fait au plus 100 Mo");
        assertThat(refusalOf(TestFiles.zip(files, "archive.zip")))
                .contains("n’est pas d’un type accepté (type détecté : application/zip)");
        assertThat(refusalOf(Files.writeString(files.resolve("faux.eml"), "bonjour\n")))
                .contains("n’est pas un e-mail lisible");
    }

    @Test
    void aFileDeletedBetweenTheFormAndTheSaveIsRefusedAndTheFormCloses() throws Exception {
        Path pdf = TestFiles.pdf(files, "bon-de-livraison.pdf", 1, "BL");
        model.addFiles(List.of(pdf));
        assertThat(model.pendingProperty().get()).isNotNull();
        Files.delete(pdf);

        model.kindProperty().set(DocumentKind.DELIVERY_PROOF);
        model.attachPending();

        assertThat(dialogs.errors).singleElement().asString()
                .contains("« bon-de-livraison.pdf » est introuvable").contains("Choisissez-le à nouveau");
        assertThat(model.pendingProperty().get()).isNull();
        assertThat(documents.ofDebtor(DURAND)).isEmpty();
    }

    @Test
    void theSameFileTwiceIsRefusedNamingTheDocumentAlreadyThere() throws Exception {
        Path jpeg = TestFiles.jpeg(files, "photo-colis.jpg", 320, 200);
        model.addFiles(List.of(jpeg));
        model.kindProperty().set(DocumentKind.DELIVERY_PROOF);
        model.attachPending();

        model.addFiles(List.of(Files.copy(jpeg, files.resolve("photo (copie).jpg"))));
        model.kindProperty().set(DocumentKind.OTHER);
        model.attachPending();

        assertThat(dialogs.errors).singleElement().asString().contains(
                "« photo (copie).jpg » est déjà dans le dossier : c’est exactement le même fichier que "
                        + "« photo-colis.jpg » (Preuve de livraison), ajouté le ").contains("par claire");
        assertThat(documents.ofDebtor(DURAND)).hasSize(1);
    }

    @Test
    void aMisnamedImageIsFlaggedAndFilesDroppedTogetherComeOneAfterTheOther() throws Exception {
        Path png = TestFiles.png(files, "scan.pdf", 200, 300);
        Path mail = TestFiles.eml(files, "promesse.eml");
        model.addFiles(List.of(png, mail));

        assertThat(model.pendingProperty().get().misnamed()).isTrue();
        assertThat(model.pendingProperty().get().type()).isEqualTo(FileType.PNG);
        assertThat(model.waitingCountProperty().get()).isEqualTo(1);

        model.skipPending();
        assertThat(model.pendingProperty().get().fileName()).isEqualTo("promesse.eml");
        assertThat(model.kindProperty().get()).isEqualTo(DocumentKind.CORRESPONDENCE); // an e-mail is correspondence
        assertThat(model.waitingCountProperty().get()).isZero();
        model.attachPending();
        assertThat(model.previewProperty().get()).isInstanceOfSatisfying(DocumentPreview.Mail.class,
                preview -> assertThat(preview.subject()).isEqualTo("Réf. FA-1 : règlement"));
    }

    @Test
    void cancellingStoresNothingAndKeepsTheForm() throws Exception {
        BackgroundTasks cancelling = new BackgroundTasks() {
            final BackgroundTasks same = BackgroundTasks.sameThread();

            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                same.run(work, onSuccess, onError);
            }

            @Override
            public <T> Handle runLong(LongWork<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                                      Consumer<Throwable> onError) {
                // As if the controller clicked "Annuler l'ajout" at once.
                same.run(() -> work.run(new Progress() {
                    @Override
                    public void advanced(long done, long total) {
                        onProgress.accept((double) done / total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }), onSuccess, onError);
                return () -> { };
            }
        };
        AttachmentsViewModel cancelled = model(cancelling);
        cancelled.open(DURAND);
        cancelled.addFiles(List.of(TestFiles.pdf(files, "gros.pdf", 30, "Gros fichier")));
        cancelled.kindProperty().set(DocumentKind.OTHER);
        cancelled.attachPending();

        assertThat(cancelled.statusProperty().get()).isEqualTo("Ajout annulé : rien n’a été enregistré.");
        assertThat(cancelled.pendingProperty().get()).isNotNull();
        assertThat(cancelled.busyProperty().get()).isFalse();
        assertThat(documents.ofDebtor(DURAND)).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aWithdrawnDocumentStaysListedMarkedWithItsReason() throws Exception {
        model.addFiles(List.of(TestFiles.pdf(files, "autre-client.pdf", 1, "Autre")));
        model.kindProperty().set(DocumentKind.INVOICE_COPY);
        model.attachPending();

        dialogs.textAnswer = null;
        model.withdrawSelected();
        assertThat(model.documents().get(0).withdrawn()).isFalse();

        dialogs.textAnswer = " ";
        model.withdrawSelected();
        assertThat(dialogs.errors).singleElement().asString().contains("Indiquez pourquoi la pièce est retirée");

        dialogs.textAnswer = "Facture d’un autre client";
        model.withdrawSelected();
        StoredDocument withdrawn = model.documents().get(0);
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Facture d’un autre client");
        assertThat(model.selectedProperty().get().withdrawn()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("« autre-client.pdf » retiré");
    }
}
