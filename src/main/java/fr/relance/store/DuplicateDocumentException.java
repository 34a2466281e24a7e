package fr.relance.store;

import fr.relance.domain.documents.StoredDocument;

/** The debtor already has a document with the same bytes (same SHA-256): the new copy is not stored. */
public final class DuplicateDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StoredDocument existing;

    public DuplicateDocumentException(StoredDocument existing) {
        super("Same bytes as document " + existing.id() + " (" + existing.fileName() + ")");
        this.existing = existing;
    }

    public StoredDocument existing() {
        return existing;
    }
}
