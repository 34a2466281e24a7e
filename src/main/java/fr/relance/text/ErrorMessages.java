package fr.relance.text;

import fr.relance.domain.InvalidInputException;
import fr.relance.exports.FileWriteException;
import fr.relance.documents.LetterRefusedException;
import fr.relance.backup.BackupException;
import fr.relance.domain.MissingRateException;
import fr.relance.domain.RejectedLine;
import fr.relance.imports.ImportException;
import fr.relance.store.DataFileException;
import fr.relance.store.DataFileWriteFailure;
import fr.relance.store.DocumentTamperedException;
import fr.relance.store.LedgerNotEmptyException;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into a sentence that says what happened and what to do. The stack trace goes to the log,
 * once, here, where the error is finally handled.
 */
public final class ErrorMessages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMessages.class);

    private final Messages messages;

    public ErrorMessages(Messages messages) {
        this.messages = messages;
    }

    public String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof DataFileException dataFile) {
            return dataFile(dataFile);
        }
        if (cause instanceof BackupException backup) {
            return backup(backup);
        }
        java.util.Optional<DataFileWriteFailure> writeFailure = DataFileWriteFailure.of(cause);
        if (writeFailure.isPresent()) {
            return dataFileWrite(writeFailure.get(), cause);
        }
        DocumentTamperedException tampered = find(cause, DocumentTamperedException.class);
        if (tampered != null) {
            LOG.error("Stored document failed its SHA-256 check", tampered);
            return messages.get("error.document.tampered", tampered.fileName(), tampered.documentId());
        }
        if (cause instanceof MissingRateException missing) {
            return messages.get("error.missingRate", missing.halfYear().half(), missing.halfYear().year());
        }
        if (cause instanceof InvalidInputException invalid) {
            return refusal(invalid);
        }
        if (cause instanceof ImportException importError) {
            return importError(importError);
        }
        if (cause instanceof FileWriteException write) {
            return fileWrite(write);
        }
        if (cause instanceof java.io.UncheckedIOException io) {
            LOG.warn("File error", io);
            return messages.get("error.io", String.valueOf(io.getCause().getMessage()));
        }
        if (cause instanceof fr.relance.documents.DossierExportException failed) {
            return messages.get(failed.messageKey(), failed.target().getFileName(),
                    failed.getCause() == null ? "" : String.valueOf(failed.getCause().getMessage()));
        }
        if (cause instanceof LetterRefusedException refused) {
            return letterRefused(refused);
        }
        if (cause instanceof fr.relance.store.LetterIntegrityException integrity) {
            LOG.error("Letter evidence damaged", integrity);
            return messages.get("error.letterIntegrity");
        }
        if (cause instanceof LedgerNotEmptyException) {
            return messages.get("error.ledgerNotEmpty");
        }
        if (cause instanceof CancellationException) {
            return messages.get("error.cancelled");
        }
        LOG.error("Unexpected error", error);
        return messages.get("error.unexpected", String.valueOf(cause.getMessage()));
    }

    /** Why a whole file cannot be imported; required columns are named as the mapping step names them. */
    public String importError(ImportException e) {
        Object[] args = e.reasonArgs().toArray();
        if ("import.error.missingColumns".equals(e.reasonKey())) {
            args = new Object[] {String.join(", ", e.reasonArgs().stream()
                    .map(field -> messages.has("import.field." + field) ? messages.get("import.field." + field) : field)
                    .toList())};
        }
        return messages.get(e.reasonKey(), args);
    }

    /**
     * Input a rule refused, one sentence per problem; a sentence with a {0} gets the problem's field (the letter
     * composer names the missing placeholder there).
     */
    public String refusal(InvalidInputException refused) {
        return refused.problems().stream().map(problem -> {
            if (!messages.has(problem.messageKey())) {
                return problem.field() + " : " + problem.messageKey();
            }
            String pattern = messages.get(problem.messageKey());
            return pattern.contains("{0}") ? messages.get(problem.messageKey(), problem.field()) : pattern;
        }).distinct().collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Why a letter (or a batch) was not printed: each blocking problem as a sentence. */
    public String letterRefused(LetterRefusedException e) {
        String problems = String.join(" ", e.problems().stream().map(p -> p.describe(messages)).toList());
        String reference = e.reference() == null ? "" : e.reference();
        return e.refusedLetters() > 1
                ? messages.get("error.lettersRefused", reference, problems, e.refusedLetters())
                : messages.get("error.letterRefused", reference, problems);
    }

    /** Why one line was rejected, in the user's language. */
    public String rejection(RejectedLine line) {
        return messages.get(line.reasonKey(), line.reasonArgs().toArray());
    }

    public String dataFile(DataFileException e) {
        String where = String.valueOf(e.location());
        return switch (e.reason()) {
            case FOLDER_MISSING -> messages.get("error.dataFile.folderMissing", where);
            case NOT_A_FOLDER -> messages.get("error.dataFile.notAFolder", where);
            case READ_ONLY -> messages.get("error.dataFile.readOnly", where);
            case LOCKED -> messages.get("error.dataFile.locked", where);
            case NEWER_SCHEMA -> messages.get("error.dataFile.newer", where);
            case UNREADABLE -> messages.get("error.dataFile.unreadable", where);
            case PASSWORD_REQUIRED -> messages.get("error.dataFile.passwordRequired", where);
            case WRONG_PASSWORD -> messages.get("error.dataFile.wrongPassword", where);
            case DISK_FULL -> messages.get("error.dataFile.diskFullAtOpen", where);
        };
    }

    /**
     * The data file could not be written (disk full under it, or H2 closed it after a failed write): the action under
     * way was not saved, what was saved before is intact, and what to do.
     */
    public String dataFileWrite(DataFileWriteFailure failure, Throwable error) {
        LOG.error("The data file could not be written", error);
        return switch (failure.reason()) {
            case DISK_FULL -> messages.get("error.dataFile.diskFull");
            case FAILED -> messages.get("error.dataFile.writeFailed", failure.detail());
        };
    }

    /** Why a file was not written into the folder the user chose; what was there is intact. */
    public String fileWrite(FileWriteException e) {
        String where = String.valueOf(e.folder());
        return switch (e.reason()) {
            case READ_ONLY -> messages.get("error.write.readOnly", where);
            case DISK_FULL -> messages.get("error.write.diskFull", where);
            case FOLDER_MISSING -> messages.get("error.write.folderMissing", where);
            case FAILED -> {
                LOG.warn("Write failed", e);
                yield messages.get("error.write.failed", where, e.detail());
            }
        };
    }

    /** Why a backup was not written or an archive is not restored; nothing was changed either way. */
    public String backup(BackupException e) {
        if (e.getCause() != null && e.reason() == BackupException.Reason.WRITE_FAILED) {
            LOG.warn("Backup failed", e);
        }
        String where = String.valueOf(e.location());
        String detail = e.detail() == null ? "" : e.detail();
        return switch (e.reason()) {
            case READ_ONLY -> messages.get("error.backup.readOnly", where);
            case DISK_FULL -> messages.get("error.backup.diskFull", where);
            case WRITE_FAILED -> messages.get("error.backup.writeFailed", where, detail);
            case NOT_FOUND -> messages.get("error.backup.notFound", where);
            case NOT_A_BACKUP -> messages.get("error.backup.notABackup", where);
            case DAMAGED -> messages.get("error.backup.damaged", where);
            case NEWER -> messages.get("error.backup.newer", where);
            case WRONG_PASSWORD -> messages.get("error.backup.wrongPassword", where);
        };
    }

    private static <E extends Throwable> E find(Throwable error, Class<E> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.util.concurrent.CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
