package fr.relance.documents;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.AttachmentRefusedException.Reason;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.FileType;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import fr.relance.store.DuplicateDocumentException;
import fr.relance.store.LedgerWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file a controller may drop on a case, good and bad, on a real data file. */
class AttachmentServiceTest {

    @TempDir
    Path dir;
    Path files;
    Database database;
    AttachmentService service;
    final List<Path> opened = new ArrayList<>();
    final AttachmentDetails details = new AttachmentDetails(DocumentKind.DELIVERY_PROOF, TODAY.minusDays(80), null);

    @BeforeEach
    void open() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        files = Files.createDirectories(dir.resolve("files"));
        database = Database.open(data);
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        service = new AttachmentService(new DocumentRepository(database), new AgencyRepository(database),
                opened::add, dir.resolve("copies"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private StoredDocument attach(Path file) {
        return service.attach(DURAND, file, details, TODAY, "claire", (d, t) -> { }, () -> false);
    }

    private void assertRefused(Path file, Reason reason) {
        assertThatThrownBy(() -> service.inspect(file))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.fileName()).isEqualTo(file.getFileName().toString());
                });
        assertThatThrownBy(() -> attach(file))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(database.dsl().fetchCount(DOCUMENT)).isZero();
        assertThat(database.dsl().fetchCount(CASE_EVENT)).isZero();
    }

    @Test
    void aCorruptPdfIsRefused() throws Exception {
        assertRefused(TestFiles.corruptPdf(files, "facture-abimee.pdf"), Reason.PDF_CORRUPT);
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws Exception {
        assertRefused(TestFiles.encryptedPdf(files, "releve-protege.pdf"), Reason.PDF_ENCRYPTED);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused(Files.createFile(files.resolve("vide.pdf")), Reason.EMPTY);
    }

    @Test
    void aFileOver100MegabytesIsRefusedWithItsSize() throws Exception {
        Path huge = TestFiles.sparse(files, "scan-200mo.pdf", 200L * 1024 * 1024);
        assertRefused(huge, Reason.TOO_LARGE);
        assertThatThrownBy(() -> service.inspect(huge)).isInstanceOfSatisfying(AttachmentRefusedException.class,
                e -> assertThat(e.detail()).isEqualTo(200L * 1024 * 1024));
    }

    @Test
    void unsupportedTypesAreRefusedWithTheTypeFound() throws Exception {
        Path text = Files.writeString(files.resolve("notes.txt"), "Rappeler lundi");
        assertRefused(text, Reason.UNSUPPORTED_TYPE);
        assertThatThrownBy(() -> service.inspect(text)).isInstanceOfSatisfying(AttachmentRefusedException.class,
                e -> assertThat(e.detail()).isEqualTo("text/plain"));
        assertRefused(TestFiles.zip(files, "archive.zip"), Reason.UNSUPPORTED_TYPE);
        assertRefused(TestFiles.random(files, "programme.exe", 2048, 7), Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void aFileDeletedAfterBeingChosenIsRefusedAndNothingIsStored() throws Exception {
        Path pdf = TestFiles.pdf(files, "bon-de-livraison.pdf", 1, "BL 2026-118");
        InspectedFile inspected = service.inspect(pdf);
        assertThat(inspected.type()).isEqualTo(FileType.PDF);
        Files.delete(pdf);

        assertThatThrownBy(() -> attach(pdf)).isInstanceOfSatisfying(AttachmentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
        assertNothingStored();
    }

    @Test
    void anImageWithAWrongExtensionIsStoredAsWhatItReallyIs() throws Exception {
        Path png = TestFiles.png(files, "scan-livraison.pdf", 800, 1100);

        InspectedFile inspected = service.inspect(png);
        assertThat(inspected.type()).isEqualTo(FileType.PNG);
        assertThat(inspected.misnamed()).isTrue();

        StoredDocument stored = attach(png);
        assertThat(stored.mimeType()).isEqualTo("image/png");
        assertThat(stored.fileName()).isEqualTo("scan-livraison.pdf");
        assertThat(service.localCopy(stored).getFileName().toString()).endsWith("scan-livraison.pdf.png");
        DocumentPreview preview = service.preview(stored, 400);
        assertThat(preview).isInstanceOfSatisfying(DocumentPreview.Picture.class, picture -> {
            assertThat(picture.width()).isEqualTo(800);
            assertThat(picture.argb()).hasSize(800 * 1100);
            assertThat(picture.pageCount()).isZero();
        });
    }

    @Test
    void aPdfIsStoredWithItsPagesCountedAndItsFirstPageRendered() throws Exception {
        Path pdf = TestFiles.pdf(files, "facture FA-1.pdf", 3, "Facture FA-1");

        assertThat(service.inspect(pdf).pageCount()).isEqualTo(3);
        StoredDocument stored = attach(pdf);

        assertThat(stored.mimeType()).isEqualTo("application/pdf");
        assertThat(service.preview(stored, 600)).isInstanceOfSatisfying(DocumentPreview.Picture.class, page -> {
            assertThat(page.width()).isBetween(595, 605);
            assertThat(page.height()).isGreaterThan(page.width());
            assertThat(page.pageCount()).isEqualTo(3);
            // Not a blank page: the text left dark pixels.
            assertThat(java.util.Arrays.stream(page.argb()).anyMatch(p -> (p & 0xFF) < 100)).isTrue();
        });
        Path copy = service.openWithSystemViewer(stored);
        assertThat(opened).containsExactly(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(pdf));
        assertThat(copy.getFileName().toString()).isEqualTo(stored.id() + "-facture FA-1.pdf");
    }

    @Test
    void theSameFileTwiceIsRefusedAsADuplicate() throws Exception {
        Path jpeg = TestFiles.jpeg(files, "photo-colis.jpg", 640, 480);
        StoredDocument first = attach(jpeg);
        Path copy = Files.copy(jpeg, files.resolve("photo-colis (2).jpeg"));

        assertThatThrownBy(() -> attach(copy)).isInstanceOfSatisfying(DuplicateDocumentException.class,
                e -> assertThat(e.existing().id()).isEqualTo(first.id()));
        assertThat(database.dsl().fetchCount(DOCUMENT)).isEqualTo(1);
    }

    @Test
    void anEmailShowsItsHeadersTextAndAttachments() throws Exception {
        StoredDocument mail = service.attach(DURAND, TestFiles.eml(files, "promesse.eml"),
                new AttachmentDetails(DocumentKind.CORRESPONDENCE, TODAY.minusDays(7), "Promesse écrite"), TODAY,
                "claire", (d, t) -> { }, () -> false);

        assertThat(mail.mimeType()).isEqualTo("message/rfc822");
        assertThat(service.preview(mail, 600)).isInstanceOfSatisfying(DocumentPreview.Mail.class, preview -> {
            assertThat(preview.from()).isEqualTo("Hélène Durand <helene@durand-sarl.fr>");
            assertThat(preview.to()).isEqualTo("compta@ateliers-rhone.fr");
            assertThat(preview.subject()).isEqualTo("Réf. FA-1 : règlement");
            assertThat(preview.sentAt()).isNotNull();
            assertThat(preview.body()).contains("nous réglerons la facture FA-1 le 30 novembre");
            assertThat(preview.attachmentNames()).containsExactly("bon-de-commande.pdf");
        });
    }

    @Test
    void aTextFileNamedEmlIsRefused() throws Exception {
        assertRefused(Files.writeString(files.resolve("faux.eml"), "juste du texte\nsans en-tête\n"),
                Reason.EMAIL_CORRUPT);
    }

    @Test
    void officeDocumentsAreCheckedAndOpenedOutsideTheApp() throws Exception {
        StoredDocument terms = attach(TestFiles.docx(files, "CGV 2026.docx"));
        assertThat(terms.mimeType()).isEqualTo(FileType.WORD_OOXML.mediaType());
        assertThat(service.preview(terms, 600)).isEqualTo(new DocumentPreview.Unavailable("document.preview.office"));

        Path fakeDocx = Files.copy(TestFiles.zip(files, "a.zip"), files.resolve("faux.docx"));
        assertThatThrownBy(() -> service.inspect(fakeDocx)).isInstanceOfSatisfying(AttachmentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.OFFICE_CORRUPT));
        Path fakeDoc = TestFiles.random(files, "faux.doc", 4096, 9);
        assertThatThrownBy(() -> service.inspect(fakeDoc)).isInstanceOf(AttachmentRefusedException.class);
    }

    @Test
    void aTruncatedImageIsRefused() throws Exception {
        Path jpeg = TestFiles.jpeg(files, "photo.jpg", 1200, 900);
        byte[] bytes = Files.readAllBytes(jpeg);
        Path truncated = Files.write(files.resolve("photo-coupee.jpg"), java.util.Arrays.copyOf(bytes, 200));
        assertRefused(truncated, Reason.IMAGE_CORRUPT);
    }

    @Test
    void anAgencyAgreementIsStoredAndLinked() throws Exception {
        AgencyRepository agencies = new AgencyRepository(database);
        CollectionAgency agency = agencies.save(new CollectionAgency(null, "Recouvra Lyon", null, null, null, null,
                null, null, null, null, new BigDecimal("12"), null, null, null, null, null, null, false), TODAY);
        assertThat(agency.agreementOnFile()).isFalse();

        CollectionAgency linked = service.attachAgreement(agency.id(), TestFiles.pdf(files, "convention.pdf", 2,
                "Convention"), TODAY.minusDays(3), "claire", (d, t) -> { }, () -> false);

        assertThat(linked.agreementOnFile()).isTrue();
        assertThat(linked.agreementSignedOn()).isEqualTo(TODAY.minusDays(3));
        StoredDocument agreement = new DocumentRepository(database).find(linked.agreementDocumentId()).orElseThrow();
        assertThat(agreement.kind()).isEqualTo(DocumentKind.CONTRACT_OR_TERMS);
        assertThat(agreement.debtorId()).isNull();
        assertThatThrownBy(() -> service.attachAgreement(agency.id(), TestFiles.encryptedPdf(files, "p.pdf"),
                null, "claire", (d, t) -> { }, () -> false)).isInstanceOf(AttachmentRefusedException.class);
        assertThat(agencies.find(agency.id()).orElseThrow().agreementDocumentId()).isEqualTo(agreement.id());
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = "x".repeat(600) + ".pdf";
        assertThat(AttachmentService.storedName(name)).hasSize(500).endsWith("….pdf");
        assertThat(AttachmentService.storedName("court.pdf")).isEqualTo("court.pdf");
    }
}
