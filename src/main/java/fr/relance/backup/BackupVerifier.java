package fr.relance.backup;

import fr.relance.store.DataFileException;
import fr.relance.store.Database;
import fr.relance.store.DatabaseBackup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an archive before anything is replaced: it is a zip, its manifest is Relance's and not from a newer
 * version, every entry is there with the size and SHA-256 the manifest gives, and the data file inside opens and
 * migrates (in a scratch folder, never over the current data). Only then is it a {@link VerifiedBackup}.
 */
public final class BackupVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(BackupVerifier.class);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private BackupVerifier() {
    }

    /**
     * @param dataFolder where the restored file will go; the scratch copy is made there (same disk)
     * @throws BackupException         saying why the archive is refused (nothing changed)
     * @throws CancellationException   when cancelled (nothing changed)
     */
    public static VerifiedBackup verify(Path archive, Path dataFolder, BackupProgress progress) {
        return verify(archive, dataFolder, progress, null);
    }

    /**
     * @param password the data file's password when the archive holds an encrypted file (ignored otherwise)
     * @throws BackupException       saying why the archive is refused (nothing changed); WRONG_PASSWORD when it
     *                               holds a file encrypted with another password
     * @throws CancellationException when cancelled (nothing changed)
     */
    public static VerifiedBackup verify(Path archive, Path dataFolder, BackupProgress progress, char[] password) {
        if (!Files.isRegularFile(archive) || !Files.isReadable(archive)) {
            throw new BackupException(BackupException.Reason.NOT_FOUND, archive, null, null);
        }
        BackupArchive described;
        try {
            described = BackupFolder.read(archive);
        } catch (ZipException e) {
            throw new BackupException(looksLikeZip(archive) ? BackupException.Reason.DAMAGED
                    : BackupException.Reason.NOT_A_BACKUP, archive, e.getMessage(), e);
        } catch (BackupManifest.Unreadable e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, archive, e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.DAMAGED, archive, e.getMessage(), e);
        }
        BackupManifest manifest = described.manifest();
        if (manifest.format() > BackupManifest.FORMAT) {
            throw new BackupException(BackupException.Reason.NEWER, archive,
                    "archive format " + manifest.format() + " from Relance " + manifest.appVersion(), null);
        }
        BackupManifest.Entry data = manifest.entry(BackupWriter.DATA_ENTRY).orElseThrow(() ->
                new BackupException(BackupException.Reason.DAMAGED, archive, "manifest lists no data file", null));
        if (!Files.isDirectory(dataFolder)) {
            throw new DataFileException(DataFileException.Reason.FOLDER_MISSING, dataFolder,
                    "Data folder does not exist: " + dataFolder, null);
        }
        BackupFiles.ensureWritable(dataFolder);
        BackupFiles.ensureRoom(dataFolder, data.size());
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(dataFolder, ".relance-restore-");
            long total = manifest.entries().stream().mapToLong(BackupManifest.Entry::size).sum();
            long[] done = {0};
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                for (BackupManifest.Entry entry : manifest.entries()) {
                    // Entry names are never used as paths: only the data file is written, under its fixed name.
                    Path to = entry.name().equals(BackupWriter.DATA_ENTRY) ? scratch.resolve(BackupWriter.DATA_ENTRY)
                            : null;
                    check(zip, entry, to, archive, dataFolder, progress, done, total);
                }
            } catch (IOException e) {
                // Reading the archive failed (a CRC error, a truncated entry): writes are sorted out in check().
                throw new BackupException(BackupException.Reason.DAMAGED, archive, e.getMessage(), e);
            }
            DatabaseBackup.Contents contents = openAndMigrate(scratch, archive, password);
            LOG.info("Backup verified: {} (Relance {}, schema {}, {})", archive, manifest.appVersion(),
                    manifest.schemaVersion(), contents);
            VerifiedBackup verified = new VerifiedBackup(described, scratch, contents);
            scratch = null;
            return verified;
        } catch (IOException e) {
            throw BackupFiles.writeFailure(e, dataFolder, data.size());
        } finally {
            BackupFiles.deleteQuietly(scratch);
        }
    }

    private static void check(ZipFile zip, BackupManifest.Entry entry, Path to, Path archive, Path dataFolder,
                              BackupProgress progress, long[] done, long total) throws IOException {
        ZipEntry zipEntry = zip.getEntry(entry.name());
        if (zipEntry == null) {
            throw new BackupException(BackupException.Reason.DAMAGED, archive, entry.name() + " is missing", null);
        }
        MessageDigest sha = BackupWriter.sha256();
        long size = 0;
        OutputStream out;
        try {
            out = to == null ? OutputStream.nullOutputStream() : Files.newOutputStream(to);
        } catch (IOException e) {
            throw BackupFiles.writeFailure(e, dataFolder, entry.size());
        }
        try (InputStream in = zip.getInputStream(zipEntry); out) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (progress.isCancelled()) {
                    throw new CancellationException("Restore check cancelled");
                }
                sha.update(buffer, 0, n);
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw BackupFiles.writeFailure(e, dataFolder, entry.size());
                }
                size += n;
                done[0] += n;
                progress.advanced(done[0], Math.max(1, total));
            }
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        if (size != entry.size() || !digest.equalsIgnoreCase(entry.sha256())) {
            throw new BackupException(BackupException.Reason.DAMAGED, archive,
                    entry.name() + ": SHA-256 or size differs from the manifest", null);
        }
    }

    /** The data file inside must open as this Relance opens it: schema not newer, Flyway migrates it. */
    private static DatabaseBackup.Contents openAndMigrate(Path scratch, Path archive, char[] password) {
        try (Database database = Database.open(scratch, password)) {
            return new DatabaseBackup(database).contents();
        } catch (DataFileException e) {
            BackupException.Reason reason = switch (e.reason()) {
                case NEWER_SCHEMA -> BackupException.Reason.NEWER;
                case PASSWORD_REQUIRED, WRONG_PASSWORD -> BackupException.Reason.WRONG_PASSWORD;
                default -> BackupException.Reason.DAMAGED;
            };
            throw new BackupException(reason, archive, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BackupException(BackupException.Reason.DAMAGED, archive, e.getMessage(), e);
        }
    }

    private static boolean looksLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
