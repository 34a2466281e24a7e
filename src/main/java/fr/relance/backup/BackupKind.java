package fr.relance.backup;

/** Who asked for a backup. Only automatic backups are pruned; the ones the user asked for stay until deleted. */
public enum BackupKind {
    AUTOMATIC,
    MANUAL
}
