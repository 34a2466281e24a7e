package fr.relance.documents;

import fr.relance.documents.AttachmentRefusedException.Reason;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.FileType;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.store.AgencyRepository;
import fr.relance.store.DocumentRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Case attachments and agency agreements: every file is checked ({@link FileInspector}) before a byte is written,
 * then streamed into the data file with its SHA-256 in one transaction. Stored documents are previewed and opened
 * from a local read-only copy. Everything here runs off the JavaFX thread.
 */
public final class AttachmentService {

    /** document.file_name holds 500 characters. */
    private static final int NAME_MAX = 500;

    private final DocumentRepository documents;
    private final AgencyRepository agencies;
    private final FileInspector inspector;
    private final DocumentPreviews previews = new DocumentPreviews();
    private final SystemViewer viewer;
    private final Path copiesFolder;

    /** @param copiesFolder where local copies for previews and the system viewer go (created when needed) */
    public AttachmentService(DocumentRepository documents, AgencyRepository agencies, SystemViewer viewer,
                             Path copiesFolder) {
        this.documents = documents;
        this.agencies = agencies;
        this.inspector = new FileInspector();
        this.viewer = viewer;
        this.copiesFolder = copiesFolder;
    }

    /** A fresh folder under the system's temporary folder for the local copies of one session. */
    public static Path sessionCopiesFolder() {
        try {
            Path folder = Files.createTempDirectory("relance-documents-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a file chosen by the user, writing nothing.
     *
     * @throws AttachmentRefusedException saying why it cannot be attached
     */
    public InspectedFile inspect(Path file) {
        return inspector.inspect(file);
    }

    /**
     * Checks the details and the file again (it may have changed since it was chosen), then stores it for the debtor
     * with its timeline event, in one transaction.
     *
     * @throws InvalidInputException              when the details are wrong
     * @throws AttachmentRefusedException         when the file cannot be attached
     * @throws fr.relance.store.DuplicateDocumentException when the debtor already has these bytes
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is stored
     */
    public StoredDocument attach(long debtorId, Path file, AttachmentDetails details, LocalDate on, String author,
                                 DocumentRepository.Progress progress, BooleanSupplier cancelled) {
        InvalidInputException.refuseIfAny(details.validate(on));
        InspectedFile inspected = inspector.inspect(file);
        try {
            return documents.attach(debtorId, details, content(inspected), on, author, progress, cancelled);
        } catch (RuntimeException e) {
            throw translate(e, inspected);
        }
    }

    /**
     * Stores the agency's signed agreement (CPCE R124-3) and links it to the agency.
     *
     * @throws AttachmentRefusedException when the file cannot be attached
     */
    public CollectionAgency attachAgreement(long agencyId, Path file, LocalDate signedOn, String author,
                                            DocumentRepository.Progress progress, BooleanSupplier cancelled) {
        InspectedFile inspected = inspector.inspect(file);
        try {
            return agencies.attachAgreement(agencyId, content(inspected), signedOn, author, progress, cancelled);
        } catch (RuntimeException e) {
            throw translate(e, inspected);
        }
    }

    /** What the case file shows of the document, rendered for a pane about {@code targetWidth} pixels wide. */
    public DocumentPreview preview(StoredDocument document, int targetWidth) {
        FileType type = FileType.ofMediaType(document.mimeType()).orElse(null);
        if (type == null) {
            return new DocumentPreview.Unavailable("document.preview.none");
        }
        try {
            return previews.preview(localCopy(document), type, targetWidth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a read-only local copy with the system's viewer for its type. */
    public Path openWithSystemViewer(StoredDocument document) {
        Path copy = localCopy(document);
        try {
            viewer.open(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /**
     * A local copy of the stored bytes, named after the document with the extension of its real type, made once per
     * session (stored documents never change). Written beside and moved in place: never half a file.
     */
    public Path localCopy(StoredDocument document) {
        Path target = copiesFolder.resolve(document.id() + "-" + copyName(document));
        if (Files.exists(target)) {
            return target;
        }
        try {
            Files.createDirectories(copiesFolder);
            Path partial = Files.createTempFile(copiesFolder, "copy-", ".part");
            try {
                documents.read(document.id(), in -> Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING));
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            target.toFile().setReadOnly();
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes this session's local copies (called when the app closes): with encryption at rest on, a plain copy
     * must not outlive the session. The files are read-only, which some systems refuse to delete as they are.
     *
     * @return the number of copies that could not be deleted (still open in a viewer on Windows)
     */
    public int deleteLocalCopies() {
        if (!Files.isDirectory(copiesFolder)) {
            return 0;
        }
        int left = 0;
        try (var files = Files.list(copiesFolder)) {
            for (Path file : files.toList()) {
                file.toFile().setWritable(true);
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    left++;
                }
            }
            Files.deleteIfExists(copiesFolder);
        } catch (IOException e) {
            left++;
        }
        return left;
    }

    static String copyName(StoredDocument document) {
        String name = document.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        FileType type = FileType.ofMediaType(document.mimeType()).orElse(null);
        if (type != null && !type.matchesName(name)) {
            name = name + "." + type.extension();
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private static DocumentRepository.Content content(InspectedFile inspected) {
        return new DocumentRepository.Content(storedName(inspected.fileName()), inspected.type().mediaType(),
                inspected.size(), () -> Files.newInputStream(inspected.path()));
    }

    /** Keeps the extension when a very long name must be cut. */
    static String storedName(String fileName) {
        if (fileName.length() <= NAME_MAX) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 && fileName.length() - dot <= 10 ? fileName.substring(dot) : "";
        return fileName.substring(0, NAME_MAX - extension.length() - 1) + "…" + extension;
    }

    private static RuntimeException translate(RuntimeException e, InspectedFile inspected) {
        if (e instanceof DocumentRepository.ContentChangedException) {
            return new AttachmentRefusedException(Reason.CHANGED, inspected.fileName(), null, e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException) {
                return new AttachmentRefusedException(Reason.MISSING, inspected.fileName(), null, e);
            }
        }
        if (e instanceof UncheckedIOException io && !Files.exists(inspected.path())) {
            return new AttachmentRefusedException(Reason.MISSING, inspected.fileName(), null, io);
        }
        return e;
    }

    /** "PDF", "PNG", "DOCX": how a type reads in a list of accepted types. */
    public static String label(FileType type) {
        return type.extension().toUpperCase(Locale.ROOT);
    }
}
