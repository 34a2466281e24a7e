package fr.relance.backup;

/** Progress and cancellation as a backup or a restore check sees them. */
public interface BackupProgress {

    BackupProgress NONE = new BackupProgress() {
        @Override
        public void advanced(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void advanced(long done, long total);

    boolean isCancelled();
}
