package fr.relance.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A backup in the backups folder (or anywhere the user keeps one), with what its manifest says. */
public record BackupArchive(Path file, long size, BackupManifest manifest) {

    /** When it was taken, on the wall clock of {@code zone}. */
    public LocalDateTime takenAt(ZoneId zone) {
        return manifest.createdAt().atZoneSameInstant(zone).toLocalDateTime();
    }

    public BackupKind kind() {
        return manifest.kind();
    }
}
