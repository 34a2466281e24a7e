package fr.relance.backup;

import fr.relance.store.Database;
import fr.relance.store.DatabaseBackup;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one backup archive while the app keeps working: H2's online backup into a hidden file of the backups
 * folder, then the archive (the data file, SHA-256 on the way, and the manifest) into another hidden file, synced
 * to disk and renamed in place. A failure or a cancel leaves no partial archive and never touches the data file.
 */
final class BackupWriter {

    /** Opens the stream the archive is written to; tests put a failing one in to play a full disk. */
    @FunctionalInterface
    interface Output {
        OutputStream open(Path file) throws IOException;
    }

    static final String DATA_ENTRY = Database.FILE_NAME + Database.FILE_SUFFIX;
    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);
    private static final int CHUNK = 1 << 16;

    private final BackupFolder folder;
    private final String appVersion;
    private final Clock clock;
    private final Output output;

    BackupWriter(BackupFolder folder, String appVersion, Clock clock, Output output) {
        this.folder = folder;
        this.appVersion = appVersion;
        this.clock = clock;
        this.output = output;
    }

    /** The archive written, and the data file's modification mark just before the copy began. */
    record Written(BackupArchive archive, long modificationMark) {
    }

    Written write(Database database, BackupKind kind, BackupProgress progress) {
        Path target = folder.path();
        BackupFiles.ensureWritable(target);
        long dataSize = sizeOf(database.file());
        BackupFiles.ensureRoom(target, dataSize);
        DatabaseBackup source = new DatabaseBackup(database);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Path archive = folder.nameFor(now.toLocalDateTime(), kind);
        Path h2Copy = target.resolve("." + archive.getFileName() + ".h2" + BackupFolder.PARTIAL_SUFFIX);
        Path partial = target.resolve("." + archive.getFileName() + BackupFolder.PARTIAL_SUFFIX);
        try {
            long mark = source.modificationMark();
            String schema = source.schemaVersion();
            try {
                source.backupTo(h2Copy);
            } catch (RuntimeException e) {
                throw BackupFiles.writeFailure(e, target, dataSize);
            }
            checkCancelled(progress);
            BackupManifest manifest;
            try (ZipFile h2Zip = new ZipFile(h2Copy.toFile());
                 OutputStream raw = output.open(partial);
                 ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(raw, CHUNK))) {
                ZipEntry data = h2Zip.getEntry(DATA_ENTRY);
                if (data == null) {
                    throw new IOException("H2's backup holds no " + DATA_ENTRY);
                }
                BackupManifest.Entry entry = copy(h2Zip, data, zip, progress);
                manifest = new BackupManifest(BackupManifest.FORMAT, appVersion, schema, now, kind, List.of(entry));
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY_NAME));
                zip.write(manifest.toJson());
                zip.closeEntry();
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it takes the archive's name
            }
            BackupFiles.moveAtomically(partial, archive);
            LOG.info("Backup written: {} ({} bytes)", archive, Files.size(archive));
            return new Written(new BackupArchive(archive, Files.size(archive), manifest), mark);
        } catch (IOException e) {
            throw BackupFiles.writeFailure(e, target, dataSize);
        } finally {
            BackupFiles.deleteQuietly(h2Copy);
            BackupFiles.deleteQuietly(partial);
        }
    }

    private static BackupManifest.Entry copy(ZipFile h2Zip, ZipEntry data, ZipOutputStream zip,
                                             BackupProgress progress) throws IOException {
        MessageDigest sha = sha256();
        long total = Math.max(1, data.getSize());
        long done = 0;
        ZipEntry copy = new ZipEntry(DATA_ENTRY);
        copy.setTime(data.getTime());
        zip.putNextEntry(copy);
        try (InputStream in = h2Zip.getInputStream(data)) {
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = in.read(buffer)) > 0; ) {
                checkCancelled(progress);
                sha.update(buffer, 0, n);
                zip.write(buffer, 0, n);
                done += n;
                progress.advanced(done, total);
            }
        }
        zip.closeEntry();
        return new BackupManifest.Entry(DATA_ENTRY, done, HexFormat.of().formatHex(sha.digest()));
    }

    private static void checkCancelled(BackupProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("Backup cancelled");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
