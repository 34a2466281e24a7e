package fr.relance.backup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** File chores shared by writing and restoring backups: sorting out why a write failed, moving, cleaning up. */
final class BackupFiles {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFiles.class);

    private BackupFiles() {
    }

    /** Creates the folder if needed and checks by a real write that files can be created in it. */
    static void ensureWritable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".relance-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new BackupException(BackupException.Reason.READ_ONLY, folder, e.getMessage(), e);
        }
    }

    /** Refuses to start when the disk has clearly less room than {@code needed} bytes. */
    static void ensureRoom(Path folder, long needed) {
        long usable = usableSpace(folder);
        if (usable >= 0 && usable < needed) {
            throw new BackupException(BackupException.Reason.DISK_FULL, folder,
                    usable / 1_000_000 + " MB free, about " + (needed / 1_000_000 + 1) + " MB needed", null);
        }
    }

    /**
     * Why writing in {@code folder} failed. The JDK has no "disk full" exception: the system's message says it
     * ("No space left on device", "There is not enough space on the disk"), and the free space confirms it.
     */
    static BackupException writeFailure(Throwable failure, Path folder, long needed) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException
                    || mentions(t, "read-only file system")) {
                return new BackupException(BackupException.Reason.READ_ONLY, folder, t.getMessage(), failure);
            }
            if (mentions(t, "no space left") || mentions(t, "not enough space") || mentions(t, "disk full")
                    || mentions(t, "disk quota exceeded")) {
                return new BackupException(BackupException.Reason.DISK_FULL, folder, t.getMessage(), failure);
            }
        }
        long usable = usableSpace(folder);
        if (usable >= 0 && usable < needed) {
            return new BackupException(BackupException.Reason.DISK_FULL, folder, failure.getMessage(), failure);
        }
        String detail = failure instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : failure.getMessage();
        return new BackupException(BackupException.Reason.WRITE_FAILED, folder, detail, failure);
    }

    private static boolean mentions(Throwable t, String words) {
        return t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words);
    }

    static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(Files.exists(folder) ? folder : folder.getParent()).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Within one folder tree (one disk), a rename: all or nothing. */
    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Gives {@code file} a second name {@code kept} without ever taking its own away: a hard link, or a copy synced
     * to disk where the file system has no links (FAT, some network shares).
     */
    static void keepAside(Path file, Path kept) throws IOException {
        try {
            Files.createLink(kept, file);
            return;
        } catch (UnsupportedOperationException | FileSystemException e) {
            LOG.debug("No hard link for {} ({}); copying it", file, e.toString());
            Files.deleteIfExists(kept);
        }
        Files.copy(file, kept);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(kept,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Replaces {@code to} by {@code from} in one rename where the system allows it. */
    static void replaceAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete {}", path, e);
        }
    }
}
