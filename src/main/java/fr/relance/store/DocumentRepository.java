package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DOCUMENT;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/**
 * Stored documents: attachments of a debtor's case and agency agreements. Documents are immutable: no code path
 * updates or deletes one. A mistaken attachment is withdrawn by reversing its "document added" timeline event; its
 * bytes stay. The content is streamed into the BLOB and hashed on the way, never held in memory.
 */
public final class DocumentRepository {

    /** Receives the bytes stored so far out of the total. */
    @FunctionalInterface
    public interface Progress {
        void advanced(long done, long total);
    }

    /** Opens the bytes to store, once. */
    @FunctionalInterface
    public interface ContentSource {
        InputStream open() throws IOException;
    }

    /** Reads a stored document's bytes; the stream is open only during the call. */
    @FunctionalInterface
    public interface ContentReader<T> {
        T read(InputStream content) throws IOException;
    }

    /**
     * The file to store.
     *
     * @param size the size announced before reading; the bytes read must match it exactly
     */
    public record Content(String fileName, String mimeType, long size, ContentSource source) {
    }

    /** The content changed while it was read (its size is not the one announced): nothing was stored. */
    public static final class ContentChangedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ContentChangedException(String message) {
            super(message);
        }
    }

    private static final int PROGRESS_STEP = 1 << 20;
    private static final fr.relance.store.jooq.tables.CaseEvent ADDED = CASE_EVENT.as("added");
    private static final fr.relance.store.jooq.tables.CaseEvent REVERSAL = CASE_EVENT.as("reversal");

    private final DSLContext dsl;
    private final TimelineRepository timeline;

    public DocumentRepository(Database database) {
        this.dsl = database.dsl();
        this.timeline = new TimelineRepository(database);
    }

    /**
     * Attaches a file to the debtor (and to the case open now, if any) with its "document added" timeline event,
     * in one transaction. The SHA-256 is computed while the bytes stream into the BLOB.
     *
     * @throws DuplicateDocumentException when the debtor already has a document (not withdrawn) with these bytes;
     *                                    nothing is stored then
     * @throws CancellationException      when {@code cancelled} turns true; nothing is stored then
     * @throws ContentChangedException    when the bytes read are not the size announced
     */
    public StoredDocument attach(long debtorId, AttachmentDetails details, Content content, LocalDate on,
                                 String author, Progress progress, BooleanSupplier cancelled) {
        InvalidInputException.refuseIfAny(details.validate(on));
        refuseOnFxThread();
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Long caseId = tx.select(COLLECTION_CASE.ID).from(COLLECTION_CASE)
                    .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId)).fetchOne(COLLECTION_CASE.ID);
            long documentId = insert(tx, debtorId, caseId, details.kind(), details.documentDate(), details.cleanNote(),
                    content, author, progress, cancelled);
            StoredDocument stored = find(tx, documentId).orElseThrow();
            tx.insertInto(CASE_EVENT, CASE_EVENT.DEBTOR_ID, CASE_EVENT.CASE_ID, CASE_EVENT.OCCURRED_ON,
                            CASE_EVENT.KIND, CASE_EVENT.AUTHOR, CASE_EVENT.DOCUMENT_ID, CASE_EVENT.SUMMARY,
                            CASE_EVENT.DETAILS)
                    .values(debtorId, caseId, on, CaseEvent.DOCUMENT_ADDED, author, documentId,
                            summary(stored), "SHA-256 " + stored.sha256())
                    .execute();
            return documentId;
        });
        return find(id).orElseThrow();
    }

    /**
     * Stores a document of no debtor (an agency's signed agreement), without timeline event, inside the caller's
     * transaction. Agreements are not refused as duplicates: two agencies may sign the same framework agreement.
     */
    static long insertUnattached(DSLContext tx, DocumentKind kind, LocalDate documentDate, Content content,
                                 String author, Progress progress, BooleanSupplier cancelled) {
        refuseOnFxThread();
        return insert(tx, null, null, kind, documentDate, null, content, author, progress, cancelled);
    }

    /**
     * Stores a document the app generated for the debtor (a letter), inside the caller's transaction, without
     * timeline event: the caller writes the event that says what the document is.
     *
     * @throws DuplicateDocumentException when the debtor already has a document (not withdrawn) with these bytes
     */
    static long insertGenerated(DSLContext tx, long debtorId, Long caseId, DocumentKind kind, LocalDate documentDate,
                                Content content, String author) {
        refuseOnFxThread();
        return insert(tx, debtorId, caseId, kind, documentDate, null, content, author, (done, total) -> { },
                () -> false);
    }

    private static long insert(DSLContext tx, Long debtorId, Long caseId, DocumentKind kind, LocalDate documentDate,
                               String note, Content content, String author, Progress progress,
                               BooleanSupplier cancelled) {
        return tx.connectionResult(connection -> {
            try (InputStream raw = content.source().open()) {
                HashingStream hashing = new HashingStream(raw, content.size(), progress, cancelled);
                return insertStreaming(tx, connection, hashing, debtorId, caseId, kind, documentDate, note, content,
                        author);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static long insertStreaming(DSLContext tx, Connection connection, HashingStream hashing, Long debtorId,
                                        Long caseId, DocumentKind kind, LocalDate documentDate, String note,
                                        Content content, String author) throws SQLException, IOException {
        String sql = "INSERT INTO document (debtor_id, case_id, kind, file_name, mime_type, size_bytes, content, "
                + "document_date, note, added_by, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, debtorId);
            insert.setObject(2, caseId);
            insert.setString(3, kind.name());
            insert.setString(4, content.fileName());
            insert.setString(5, content.mimeType());
            insert.setLong(6, content.size());
            try {
                // H2 reads the whole stream into its LOB storage here, in blocks: the hash is complete afterwards.
                insert.setBinaryStream(7, hashing, content.size());
            } catch (SQLException e) {
                hashing.rethrowIfCancelled();
                throw e;
            }
            hashing.rethrowIfCancelled();
            hashing.requireFullyRead();
            insert.setObject(8, documentDate);
            insert.setString(9, note);
            insert.setString(10, author);
            String sha256 = hashing.hex();
            insert.setString(11, sha256);
            if (debtorId != null) {
                Optional<StoredDocument> existing = activeWithHash(tx, debtorId, sha256);
                if (existing.isPresent()) {
                    throw new DuplicateDocumentException(existing.get());
                }
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The debtor's documents, newest first, the withdrawn ones included (marked). */
    public List<StoredDocument> ofDebtor(long debtorId) {
        return select(dsl).where(DOCUMENT.DEBTOR_ID.eq(debtorId))
                .orderBy(DOCUMENT.ADDED_AT.desc(), DOCUMENT.ID.desc())
                .fetch(DocumentRepository::toDocument);
    }

    public Optional<StoredDocument> find(long documentId) {
        return find(dsl, documentId);
    }

    static Optional<StoredDocument> find(DSLContext tx, long documentId) {
        return select(tx).where(DOCUMENT.ID.eq(documentId)).fetchOptional(DocumentRepository::toDocument);
    }

    /** The debtor's document with these bytes that still counts, if any. */
    private static Optional<StoredDocument> activeWithHash(DSLContext tx, long debtorId, String sha256) {
        return select(tx).where(DOCUMENT.DEBTOR_ID.eq(debtorId).and(DOCUMENT.SHA256.eq(sha256))
                        .and(REVERSAL.ID.isNull()))
                .orderBy(DOCUMENT.ID).limit(1).fetchOptional(DocumentRepository::toDocument);
    }

    /**
     * Reads the document's bytes through {@code reader}; the stream comes straight from the BLOB.
     *
     * @throws IllegalArgumentException when there is no such document
     */
    public <T> T read(long documentId, ContentReader<T> reader) {
        refuseOnFxThread();
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT content FROM document WHERE id = ?")) {
                select.setLong(1, documentId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("No document " + documentId);
                    }
                    try (InputStream content = rs.getBinaryStream(1)) {
                        return reader.read(content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    /**
     * Withdraws a document attached by mistake: its "document added" event is reversed with the reason. The
     * document and its bytes stay, marked withdrawn.
     *
     * @throws InvalidInputException when the reason is blank, or the document is already withdrawn or has no event
     */
    public long withdraw(long documentId, String reason, LocalDate on, String author) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "document.withdraw.reasonRequired");
        }
        StoredDocument document = find(documentId)
                .orElseThrow(() -> new IllegalArgumentException("No document " + documentId));
        if (document.addedEventId() == null || document.withdrawn()) {
            throw new InvalidInputException("document", "document.withdraw.notAllowed");
        }
        return timeline.reverse(document.addedEventId(), author, reason.strip(), on);
    }

    private static SelectOnConditionStep<? extends Record> select(DSLContext tx) {
        return tx.select(DOCUMENT.ID, DOCUMENT.DEBTOR_ID, DOCUMENT.CASE_ID, DOCUMENT.KIND, DOCUMENT.FILE_NAME,
                        DOCUMENT.MIME_TYPE, DOCUMENT.SIZE_BYTES, DOCUMENT.SHA256, DOCUMENT.DOCUMENT_DATE, DOCUMENT.NOTE,
                        DOCUMENT.ADDED_AT, DOCUMENT.ADDED_BY, ADDED.ID, REVERSAL.OCCURRED_ON, REVERSAL.SUMMARY)
                .from(DOCUMENT)
                .leftJoin(ADDED).on(ADDED.DOCUMENT_ID.eq(DOCUMENT.ID).and(ADDED.KIND.eq(CaseEvent.DOCUMENT_ADDED)))
                .leftJoin(REVERSAL).on(REVERSAL.REVERSES_EVENT_ID.eq(ADDED.ID));
    }

    private static StoredDocument toDocument(Record r) {
        String reversal = r.get(REVERSAL.SUMMARY);
        // The reversal's summary is "DOCUMENT_ADDED: reason" (TimelineRepository.reverse).
        String reason = reversal == null ? null
                : reversal.startsWith(CaseEvent.DOCUMENT_ADDED + ": ")
                ? reversal.substring(CaseEvent.DOCUMENT_ADDED.length() + 2) : reversal;
        return new StoredDocument(r.get(DOCUMENT.ID), r.get(DOCUMENT.DEBTOR_ID), r.get(DOCUMENT.CASE_ID),
                DocumentKind.valueOf(r.get(DOCUMENT.KIND)), r.get(DOCUMENT.FILE_NAME), r.get(DOCUMENT.MIME_TYPE),
                r.get(DOCUMENT.SIZE_BYTES), r.get(DOCUMENT.SHA256), r.get(DOCUMENT.DOCUMENT_DATE), r.get(DOCUMENT.NOTE),
                r.get(DOCUMENT.ADDED_AT), r.get(DOCUMENT.ADDED_BY), r.get(ADDED.ID), r.get(REVERSAL.OCCURRED_ON),
                reason);
    }

    /** "INVOICE_COPY · facture-2026-118.pdf": the kind stays a code, the timeline shows it in the user's language. */
    private static String summary(StoredDocument document) {
        return document.kind().name() + " · " + document.fileName();
    }

    private static void refuseOnFxThread() {
        if (NotOnFxThreadListener.FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Document bytes read or written on the JavaFX application thread");
        }
    }

    /** Hashes and counts what the database reads, reports progress and stops when cancelled. */
    private static final class HashingStream extends FilterInputStream {

        private final long total;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private long count;
        private long reported;
        private boolean wasCancelled;

        HashingStream(InputStream in, long total, Progress progress, BooleanSupplier cancelled) {
            super(new DigestInputStream(in, sha256()));
            this.total = total;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public int read() throws IOException {
            checkCancelled();
            int b = super.read();
            if (b >= 0) {
                advanced(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            checkCancelled();
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advanced(n);
            }
            return n;
        }

        private void advanced(int n) {
            count += n;
            if (count - reported >= PROGRESS_STEP || count == total) {
                reported = count;
                progress.advanced(count, total);
            }
        }

        private void checkCancelled() throws IOException {
            if (cancelled.getAsBoolean()) {
                wasCancelled = true;
                throw new IOException("Cancelled");
            }
        }

        void rethrowIfCancelled() {
            if (wasCancelled) {
                throw new CancellationException("Document not stored: cancelled");
            }
        }

        /** Every announced byte read, and no more behind them: else the file changed since it was checked. */
        void requireFullyRead() throws IOException {
            if (count != total || in.read() != -1) {
                throw new ContentChangedException("Read " + count + " bytes of " + total + " announced");
            }
        }

        String hex() {
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
