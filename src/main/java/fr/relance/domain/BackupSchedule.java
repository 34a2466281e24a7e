package fr.relance.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When Relance backs up by itself. Two moments, so that losing the computer never costs more than the day in
 * progress:
 * <ul>
 *   <li>at start-up, when the newest backup is from an earlier day (or there is none): each working day begins
 *   with a copy of the data as the previous day left it, whether or not the app was closed in between;</li>
 *   <li>after changes: when the app closes, or when the date has moved on while it stays open, if anything was
 *   written since the last backup, so the day's work is copied the same evening.</li>
 * </ul>
 * Manual backups count as backups here: one made this morning stands for the start-up backup.
 */
public final class BackupSchedule {

    private BackupSchedule() {
    }

    public static boolean dueAtStartup(Optional<LocalDateTime> newestBackup, LocalDate today) {
        return newestBackup.map(taken -> taken.toLocalDate().isBefore(today)).orElse(true);
    }

    public static boolean dueAtClose(boolean changedSinceLastBackup) {
        return changedSinceLastBackup;
    }

    /** While the app stays open over midnight: once the date has changed, the previous day's changes are copied. */
    public static boolean dueWhileOpen(Optional<LocalDateTime> newestBackup, LocalDate today,
                                       boolean changedSinceLastBackup) {
        return changedSinceLastBackup && dueAtStartup(newestBackup, today);
    }
}
