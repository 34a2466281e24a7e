package fr.relance.backup;

import fr.relance.store.Database;
import fr.relance.store.DatabaseBackup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups and restore of the open data file. One operation at a time: an automatic backup, a manual one and a
 * restore wait for each other.
 */
public final class BackupService {

    /** A restore done: the archive it came from and where the replaced data file was put aside. */
    public record Restored(BackupArchive archive, Path previousDataFolder) {
    }

    public static final String ASIDE_PREFIX = "relance-before-restore-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Database database;
    private final BackupFolder folder;
    private final BackupWriter writer;
    private final Clock clock;
    private final ReentrantLock busy = new ReentrantLock();
    private volatile long markAtLastBackup;

    public BackupService(Database database, Clock clock, String appVersion) {
        this(database, clock, appVersion, BackupFolder.beside(database.folder(), clock.getZone()),
                Files::newOutputStream);
    }

    /** @param output opens the archive's stream (tests play a full disk with it) */
    BackupService(Database database, Clock clock, String appVersion, BackupFolder folder,
                  BackupWriter.Output output) {
        this.database = database;
        this.clock = clock;
        this.folder = folder;
        this.writer = new BackupWriter(folder, appVersion, clock, output);
        this.markAtLastBackup = new DatabaseBackup(database).modificationMark();
    }

    public Path folder() {
        return folder.path();
    }

    public Path dataFolder() {
        return database.folder();
    }

    public Clock clock() {
        return clock;
    }

    /** The backups in the backups folder, newest first. */
    public List<BackupArchive> list() {
        return folder.list();
    }

    /** When the newest backup (automatic or manual) was taken. */
    public Optional<LocalDateTime> newestBackup() {
        return folder.list().stream().findFirst().map(a -> a.takenAt(clock.getZone()));
    }

    /**
     * Backs up the data file now, while the app keeps working, then lets the retention rule prune old automatic
     * backups.
     *
     * @throws BackupException                            saying why (no partial archive is left)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public BackupArchive create(BackupKind kind, BackupProgress progress) {
        busy.lock();
        try {
            folder.removeLeftovers();
            BackupWriter.Written written = writer.write(database, kind, progress);
            markAtLastBackup = written.modificationMark();
            folder.prune();
            return written.archive();
        } finally {
            busy.unlock();
        }
    }

    /** Whether anything was written to the data file since the last backup of this session (or its opening). */
    public boolean changedSinceLastBackup() {
        return new DatabaseBackup(database).modificationMark() != markAtLastBackup;
    }

    /** See {@link BackupVerifier#verify}; the current data is not touched. */
    public VerifiedBackup verify(Path archive, BackupProgress progress) {
        return BackupVerifier.verify(archive, database.folder(), progress, database.passwordForCopies());
    }

    /**
     * Puts a verified backup in place of the data file: the database is closed, the current file kept in
     * {@code relance-before-restore-<date>} beside it, the restored one moved in, and the database opened again.
     * If anything fails on the way, the current file is back in place and open.
     */
    public Restored restore(VerifiedBackup verified) {
        return restore(verified, BackupProgress.NONE);
    }

    /**
     * As {@link #restore(VerifiedBackup)}, telling {@code progress} 1 of 2 once the current file is kept aside and
     * 2 of 2 once the restored one is in place. At no moment is the data file missing: the current file gets its
     * second name in the aside folder (a hard link, or a copy where the disk has no links) while it keeps its own,
     * and the restored file then replaces it in one rename. A process killed at any point leaves {@code
     * relance.mv.db} whole, the previous or the restored one (the kill tests check it).
     */
    public Restored restore(VerifiedBackup verified, BackupProgress progress) {
        busy.lock();
        Path previous = asideFolder();
        try {
            database.replaceFile(new Database.FileSwap() {
                @Override
                public void apply(Path dataFile) throws IOException {
                    Files.createDirectory(previous);
                    Path kept = previous.resolve(dataFile.getFileName());
                    BackupFiles.keepAside(dataFile, kept);
                    progress.advanced(1, 2);
                    try {
                        BackupFiles.replaceAtomically(verified.dataFile(), dataFile);
                    } catch (IOException e) {
                        Files.deleteIfExists(kept);
                        throw e;
                    }
                    progress.advanced(2, 2);
                    Path trace = dataFile.resolveSibling(Database.FILE_NAME + ".trace.db");
                    if (Files.exists(trace)) {
                        BackupFiles.moveAtomically(trace, previous.resolve(trace.getFileName()));
                    }
                }

                @Override
                public void undo(Path dataFile) throws IOException {
                    Files.move(previous.resolve(dataFile.getFileName()), dataFile,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            });
            markAtLastBackup = new DatabaseBackup(database).modificationMark();
            LOG.info("Restored {}; the replaced data file is in {}", verified.archive().file(), previous);
            return new Restored(verified.archive(), previous);
        } catch (java.io.UncheckedIOException e) {
            // The swap failed and put the current file back: the folder made for it is empty.
            deleteIfEmpty(previous);
            throw BackupFiles.writeFailure(e.getCause(), database.folder(), 0);
        } catch (fr.relance.store.DataFileException e) {
            // The restored file did not open after all; the current one is back in place and open.
            deleteIfEmpty(previous);
            throw new BackupException(BackupException.Reason.DAMAGED, verified.archive().file(), e.getMessage(), e);
        } finally {
            verified.close(); // the scratch folder, empty after a success, with the unused copy otherwise
            busy.unlock();
        }
    }

    private Path asideFolder() {
        String base = ASIDE_PREFIX + STAMP.format(LocalDateTime.now(clock));
        Path aside = database.folder().resolve(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = database.folder().resolve(base + "-" + n);
        }
        return aside;
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // not empty: something of the user's is in it, leave it
        }
    }

    /**
     * What a Relance killed during a backup or a restore left behind: unfinished archives in the backups folder, the
     * scratch copy of a restore check and write probes in the data folder. Call only while holding the data file
     * (at start-up): no other Relance writes there then.
     */
    public void removeLeftovers() {
        busy.lock();
        try {
            folder.removeLeftovers();
            try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(database.folder(),
                    ".relance-{restore,write-check}*")) {
                for (Path file : files) {
                    if (VerifiedBackup.LIVE.contains(file.toAbsolutePath().normalize())) {
                        continue; // verified by this process, waiting for its restore
                    }
                    LOG.info("Removing what an interrupted restore or check left: {}", file);
                    BackupFiles.deleteQuietly(file);
                }
            } catch (IOException e) {
                LOG.warn("Cannot clean {}", database.folder(), e);
            }
            removeUnfinishedAside();
        } finally {
            busy.unlock();
        }
    }

    /**
     * A restore stopped between keeping the current file aside and moving the restored one in leaves the aside
     * folder holding a second name of the live data file: not a copy of the past, it would change with the data.
     */
    private void removeUnfinishedAside() {
        try (java.nio.file.DirectoryStream<Path> folders = Files.newDirectoryStream(database.folder(),
                ASIDE_PREFIX + "*")) {
            for (Path aside : folders) {
                Path kept = aside.resolve(database.file().getFileName());
                if (Files.isRegularFile(kept) && Files.isSameFile(kept, database.file())) {
                    LOG.info("Removing what an interrupted restore kept aside (the current data file): {}", aside);
                    BackupFiles.deleteQuietly(aside);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot clean {}", database.folder(), e);
        }
    }

    /** Deletes one backup of the backups folder. */
    public void delete(BackupArchive archive) {
        busy.lock();
        try {
            folder.delete(archive);
        } finally {
            busy.unlock();
        }
    }
}
