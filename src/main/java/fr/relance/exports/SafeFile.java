package fr.relance.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file the user named so that a failure never leaves half a file under that name, nor destroys the one
 * already there: the content goes to a temporary file beside it, which replaces the target only once complete.
 */
public final class SafeFile {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFile() {
    }

    public static void write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static void deleteQuietly(Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the original failure is the one to report
            }
        }
    }
}
