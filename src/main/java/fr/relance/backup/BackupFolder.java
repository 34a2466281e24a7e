package fr.relance.backup;

import fr.relance.domain.BackupRetention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code backups} folder beside the data file: archives named {@code relance-2026-11-23_09-02-15.zip}
 * (automatic ones end in {@code -auto}), listed from their manifests, pruned by {@link BackupRetention}.
 * Archives in the making are hidden {@code .part} files, moved in place once complete.
 */
public final class BackupFolder {

    public static final String NAME = "backups";
    static final String PREFIX = "relance-";
    static final String PARTIAL_SUFFIX = ".part";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);

    private final Path path;
    private final ZoneId zone;

    public BackupFolder(Path path, ZoneId zone) {
        this.path = path.toAbsolutePath().normalize();
        this.zone = zone;
    }

    /** {@code <data folder>/backups}. */
    public static BackupFolder beside(Path dataFolder, ZoneId zone) {
        return new BackupFolder(dataFolder.resolve(NAME), zone);
    }

    public Path path() {
        return path;
    }

    /** Every readable backup, newest first; a zip without a readable manifest is left out (and logged). */
    public List<BackupArchive> list() {
        List<BackupArchive> archives = new ArrayList<>();
        if (!Files.isDirectory(path)) {
            return archives;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path, PREFIX + "*.zip")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    try {
                        archives.add(read(file));
                    } catch (IOException | BackupManifest.Unreadable e) {
                        LOG.warn("Not listed, its manifest cannot be read: {} ({})", file, e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}", path, e);
        }
        archives.sort(Comparator.comparing((BackupArchive a) -> a.manifest().createdAt()).reversed());
        return archives;
    }

    /** Reads the manifest of an archive (the rest is checked by {@link BackupVerifier}). */
    static BackupArchive read(Path file) throws IOException, BackupManifest.Unreadable {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.ENTRY_NAME);
            if (entry == null) {
                throw new BackupManifest.Unreadable("no manifest.json");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new BackupArchive(file, Files.size(file), BackupManifest.read(in));
            }
        }
    }

    /** A free name for a backup taken at {@code takenAt}. */
    Path nameFor(LocalDateTime takenAt, BackupKind kind) {
        String base = PREFIX + STAMP.format(takenAt) + (kind == BackupKind.AUTOMATIC ? "-auto" : "");
        Path candidate = path.resolve(base + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = path.resolve(base + "-" + n + ".zip");
        }
        return candidate;
    }

    /** Deletes the automatic backups the 7 daily + 4 weekly rule lets go; manual ones are the user's to delete. */
    public List<BackupArchive> prune() {
        List<BackupArchive> automatic = list().stream().filter(a -> a.kind() == BackupKind.AUTOMATIC).toList();
        List<BackupArchive> deleted = new ArrayList<>();
        for (BackupArchive archive : BackupRetention.toDelete(automatic, a -> a.takenAt(zone))) {
            try {
                Files.deleteIfExists(archive.file());
                deleted.add(archive);
                LOG.info("Old automatic backup deleted: {}", archive.file());
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", archive.file(), e);
            }
        }
        return deleted;
    }

    /** Archives half-written when the app was killed or the disk filled up. */
    void removeLeftovers() {
        if (!Files.isDirectory(path)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path, ".{*" + PARTIAL_SUFFIX
                + ",relance-write-check*}")) {
            for (Path file : files) {
                LOG.info("Removing an unfinished backup: {}", file);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Cannot clean {}", path, e);
        }
    }

    /** Deletes one backup the user chose. */
    public void delete(BackupArchive archive) {
        if (!archive.file().toAbsolutePath().normalize().getParent().equals(path)) {
            throw new IllegalArgumentException("Not in the backups folder: " + archive.file());
        }
        try {
            Files.deleteIfExists(archive.file());
        } catch (IOException e) {
            throw BackupFiles.writeFailure(e, path, 0);
        }
    }
}
