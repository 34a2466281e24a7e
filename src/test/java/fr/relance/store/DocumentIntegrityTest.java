package fr.relance.store;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.AttachmentService;
import fr.relance.documents.TestFiles;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored document's SHA-256 is checked before its bytes are used: a tampered copy is reported, never served. */
class DocumentIntegrityTest {

    @TempDir
    Path dir;
    Database database;
    DocumentRepository documents;
    StoredDocument stored;
    final byte[] original = DocumentRepositoryTest.bytes(300_000, 7);

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        documents = new DocumentRepository(database);
        stored = documents.attach(DURAND, new AttachmentDetails(DocumentKind.INVOICE_COPY, TODAY, null),
                DocumentRepositoryTest.content("facture FA-1.pdf", original), TODAY, "claire", (d, t) -> { },
                () -> false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** What an administrator with the database console could do: lift the rule, change a byte, put it back. */
    private void tamper(byte[] replacement) {
        Tampering.replaceDocumentContent(database, stored.id(), replacement);
    }

    @Test
    void intactBytesAreServed() {
        assertThat(documents.isIntact(stored.id())).isTrue();
        byte[] read = documents.read(stored.id(), java.io.InputStream::readAllBytes);
        assertThat(read).isEqualTo(original);
    }

    @Test
    void aTamperedDocumentIsReportedAndItsBytesAreNeverHandedOver() throws Exception {
        byte[] changed = original.clone();
        changed[150_000] ^= 1;
        tamper(changed);

        AtomicBoolean readerCalled = new AtomicBoolean();
        assertThatThrownBy(() -> documents.read(stored.id(), in -> {
            readerCalled.set(true);
            return in.readAllBytes();
        })).isInstanceOfSatisfying(DocumentTamperedException.class, e -> {
            assertThat(e.documentId()).isEqualTo(stored.id());
            assertThat(e.fileName()).isEqualTo("facture FA-1.pdf");
            assertThat(e.expected()).isEqualTo(stored.sha256());
            assertThat(e.getMessage()).contains("no longer matches").contains("backup");
        });
        assertThat(readerCalled).isFalse();
        assertThat(documents.isIntact(stored.id())).isFalse();

        String message = new ErrorMessages(new Messages(Locale.FRANCE)).describe(
                new java.util.concurrent.ExecutionException(new IllegalStateException(
                        new DocumentTamperedException(stored.id(), "facture FA-1.pdf", "a", "b"))));
        assertThat(message).contains("facture FA-1.pdf").contains("empreinte").contains("sauvegarde");
    }

    @Test
    void aTamperedDocumentIsNotCopiedOutForPreviewOrTheSystemViewer() throws Exception {
        tamper(DocumentRepositoryTest.bytes(300_000, 8));
        Path copies = dir.resolve("copies");
        List<Path> opened = new ArrayList<>();
        AttachmentService service = new AttachmentService(documents, new AgencyRepository(database), opened::add,
                copies);

        assertThatThrownBy(() -> service.openWithSystemViewer(stored))
                .isInstanceOf(DocumentTamperedException.class);
        assertThatThrownBy(() -> service.localCopy(stored)).isInstanceOf(DocumentTamperedException.class);
        assertThat(opened).isEmpty();
        try (var left = Files.list(copies)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theSessionCopiesAreDeletedAtClose() throws Exception {
        Path copies = dir.resolve("copies");
        AttachmentService service = new AttachmentService(documents, new AgencyRepository(database), p -> { },
                copies);
        Path copy = service.localCopy(stored);
        assertThat(copy).exists().hasBinaryContent(original);

        assertThat(service.deleteLocalCopies()).isZero();
        assertThat(copy).doesNotExist();
        assertThat(copies).doesNotExist();
    }
}
