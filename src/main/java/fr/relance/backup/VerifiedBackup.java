package fr.relance.backup;

import fr.relance.store.DatabaseBackup;
import java.nio.file.Path;

/**
 * An archive that passed every check: its data file, already migrated to this version's schema, waits in a scratch
 * folder inside the data folder (same disk, so putting it in place is a rename). {@link #close()} discards it
 * when the user decides not to restore after all.
 */
public final class VerifiedBackup implements AutoCloseable {

    private final BackupArchive archive;
    /** Scratch folders of verified backups of this process not yet restored nor closed: not leftovers. */
    static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path scratchFolder;
    private final DatabaseBackup.Contents contents;

    VerifiedBackup(BackupArchive archive, Path scratchFolder, DatabaseBackup.Contents contents) {
        this.archive = archive;
        this.scratchFolder = scratchFolder;
        LIVE.add(scratchFolder.toAbsolutePath().normalize());
        this.contents = contents;
    }

    public BackupArchive archive() {
        return archive;
    }

    /** What the backup holds, for the confirmation ("312 debtors, 5,012 invoices"). */
    public DatabaseBackup.Contents contents() {
        return contents;
    }

    Path dataFile() {
        return scratchFolder.resolve(BackupWriter.DATA_ENTRY);
    }

    Path scratchFolder() {
        return scratchFolder;
    }

    @Override
    public void close() {
        LIVE.remove(scratchFolder.toAbsolutePath().normalize());
        BackupFiles.deleteQuietly(scratchFolder);
    }
}
