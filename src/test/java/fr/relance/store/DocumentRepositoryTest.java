package fr.relance.store;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.MARTIN;
import static fr.relance.documents.TestFiles.TODAY;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.TestFiles;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents on a real data file: streamed with their SHA-256, never duplicated per debtor, never deleted. */
class DocumentRepositoryTest {

    @TempDir
    Path dir;
    Database database;
    DocumentRepository documents;
    final AttachmentDetails invoiceCopy = new AttachmentDetails(DocumentKind.INVOICE_COPY, TODAY.minusDays(90),
            "  Copie signée  ");

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        documents = new DocumentRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static DocumentRepository.Content content(String name, byte[] bytes) {
        return new DocumentRepository.Content(name, "application/pdf", bytes.length,
                () -> new ByteArrayInputStream(bytes));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aFileIsStoredWithItsHashAndItsTimelineEventAndReadsBackByteForByte() throws Exception {
        byte[] pdf = bytes(3 * 1024 * 1024 + 17, 1);
        List<Long> progress = new ArrayList<>();

        StoredDocument stored = documents.attach(DURAND, invoiceCopy, content("facture FA-1.pdf", pdf), TODAY,
                "claire", (done, total) -> progress.add(done), () -> false);

        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.kind()).isEqualTo(DocumentKind.INVOICE_COPY);
        assertThat(stored.note()).isEqualTo("Copie signée");
        assertThat(stored.documentDate()).isEqualTo(TODAY.minusDays(90));
        assertThat(stored.addedBy()).isEqualTo("claire");
        assertThat(stored.withdrawn()).isFalse();
        assertThat(progress).isNotEmpty().last().isEqualTo((long) pdf.length);
        assertThat(documents.<byte[]>read(stored.id(), java.io.InputStream::readAllBytes)).isEqualTo(pdf);

        CaseEvent added = new TimelineRepository(database).ofDebtor(DURAND, List.of(CaseEvent.DOCUMENT_ADDED)).get(0);
        assertThat(added.id()).isEqualTo(stored.addedEventId());
        assertThat(added.summary()).isEqualTo("INVOICE_COPY · facture FA-1.pdf");
        assertThat(database.dsl().select(CASE_EVENT.DOCUMENT_ID, CASE_EVENT.DETAILS).from(CASE_EVENT)
                .where(CASE_EVENT.ID.eq(added.id())).fetchOne().into(Object[].class))
                .containsExactly(stored.id(), "SHA-256 " + stored.sha256());
        assertThat(documents.ofDebtor(DURAND)).containsExactly(stored);
        assertThat(documents.ofDebtor(MARTIN)).isEmpty();
    }

    @Test
    void theSameBytesTwiceForOneDebtorAreRefusedNamingTheDocumentAlreadyThere() {
        byte[] scan = bytes(50_000, 2);
        StoredDocument first = documents.attach(DURAND, invoiceCopy, content("scan.pdf", scan), TODAY, "claire",
                (d, t) -> { }, () -> false);

        assertThatThrownBy(() -> documents.attach(DURAND, new AttachmentDetails(DocumentKind.OTHER, null, null),
                content("scan (copie).pdf", scan), TODAY, "claire", (d, t) -> { }, () -> false))
                .isInstanceOfSatisfying(DuplicateDocumentException.class,
                        e -> assertThat(e.existing().fileName()).isEqualTo("scan.pdf"));

        assertThat(documents.ofDebtor(DURAND)).containsExactly(first);
        assertThat(new TimelineRepository(database).ofDebtor(DURAND, List.of(CaseEvent.DOCUMENT_ADDED))).hasSize(1);
        // Another debtor may hold the same file (a framework contract signed by both).
        assertThat(documents.attach(MARTIN, invoiceCopy, content("scan.pdf", scan), TODAY, "claire",
                (d, t) -> { }, () -> false).sha256()).isEqualTo(first.sha256());
    }

    @Test
    void aWithdrawnDocumentStaysWithItsBytesAndItsFileMayBeAttachedAgain() {
        byte[] scan = bytes(10_000, 3);
        StoredDocument mistaken = documents.attach(DURAND, invoiceCopy, content("autre-client.pdf", scan), TODAY,
                "claire", (d, t) -> { }, () -> false);

        assertThatThrownBy(() -> documents.withdraw(mistaken.id(), "  ", TODAY, "claire"))
                .isInstanceOf(InvalidInputException.class);
        documents.withdraw(mistaken.id(), "Pièce d’un autre client", TODAY, "claire");
        assertThatThrownBy(() -> documents.withdraw(mistaken.id(), "encore", TODAY, "claire"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey()).containsExactly("document.withdraw.notAllowed"));

        StoredDocument withdrawn = documents.find(mistaken.id()).orElseThrow();
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnOn()).isEqualTo(TODAY);
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Pièce d’un autre client");
        assertThat(documents.<byte[]>read(mistaken.id(), java.io.InputStream::readAllBytes)).isEqualTo(scan);

        StoredDocument again = documents.attach(DURAND, invoiceCopy, content("bon-client.pdf", scan), TODAY,
                "claire", (d, t) -> { }, () -> false);
        assertThat(documents.ofDebtor(DURAND)).extracting(StoredDocument::id)
                .containsExactlyInAnyOrder(mistaken.id(), again.id());
    }

    @Test
    void cancellingWhileStreamingStoresNothing() {
        byte[] big = bytes(8 * 1024 * 1024, 4);
        AtomicBoolean cancel = new AtomicBoolean();

        assertThatThrownBy(() -> documents.attach(DURAND, invoiceCopy, content("gros.pdf", big), TODAY, "claire",
                (done, total) -> cancel.set(true), cancel::get))
                .isInstanceOf(CancellationException.class);

        assertThat(database.dsl().fetchCount(DOCUMENT)).isZero();
        assertThat(database.dsl().fetchCount(CASE_EVENT)).isZero();
        // The data file is usable at once: the same file goes in when not cancelled.
        assertThat(documents.attach(DURAND, invoiceCopy, content("gros.pdf", big), TODAY, "claire",
                (d, t) -> { }, () -> false).sizeBytes()).isEqualTo(big.length);
    }

    @Test
    void aFileThatChangedSizeSinceItWasCheckedIsNotStored() {
        byte[] grown = bytes(20_000, 5);
        DocumentRepository.Content announcedSmaller = new DocumentRepository.Content("grown.pdf", "application/pdf",
                10_000, () -> new ByteArrayInputStream(grown));
        DocumentRepository.Content announcedLarger = new DocumentRepository.Content("shrunk.pdf", "application/pdf",
                30_000, () -> new ByteArrayInputStream(grown));

        assertThatThrownBy(() -> documents.attach(DURAND, invoiceCopy, announcedSmaller, TODAY, "claire",
                (d, t) -> { }, () -> false)).isInstanceOf(DocumentRepository.ContentChangedException.class);
        assertThatThrownBy(() -> documents.attach(DURAND, invoiceCopy, announcedLarger, TODAY, "claire",
                (d, t) -> { }, () -> false)).isInstanceOf(RuntimeException.class);

        assertThat(database.dsl().fetchCount(DOCUMENT)).isZero();
        assertThat(database.dsl().fetchCount(CASE_EVENT)).isZero();
    }

    @Test
    void wrongDetailsAreRefusedBeforeAnyByteIsRead() {
        AtomicBoolean opened = new AtomicBoolean();
        DocumentRepository.Content watched = new DocumentRepository.Content("x.pdf", "application/pdf", 3, () -> {
            opened.set(true);
            return new ByteArrayInputStream(new byte[3]);
        });

        assertThatThrownBy(() -> documents.attach(DURAND, new AttachmentDetails(null, TODAY.plusDays(1), null),
                watched, TODAY, "claire", (d, t) -> { }, () -> false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey())
                        .containsExactly(AttachmentDetails.KIND_REQUIRED, AttachmentDetails.DATE_AFTER_TODAY));
        assertThatThrownBy(() -> documents.attach(DURAND, new AttachmentDetails(DocumentKind.LETTER, null, null),
                watched, TODAY, "claire", (d, t) -> { }, () -> false)).isInstanceOf(InvalidInputException.class);
        assertThat(opened).isFalse();
    }
}
