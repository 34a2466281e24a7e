package fr.relance.backup;

import fr.relance.domain.BackupSchedule;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups Relance takes by itself ({@link BackupSchedule}): at start-up when the newest backup is from an
 * earlier day, every hour while the app stays open past midnight with changes, and at close after changes. They run
 * on their own background thread, so the window never waits for them; only the closing one holds the exit until
 * it is written.
 */
public final class AutomaticBackups implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AutomaticBackups.class);
    private static final long CLOSE_WAIT_MINUTES = 10;

    private final BackupService service;
    private final ScheduledExecutorService thread;
    private volatile Consumer<Throwable> onFailure = failure -> { };
    private volatile Throwable lastFailure;
    private volatile Future<?> startup;

    public AutomaticBackups(BackupService service) {
        this.service = service;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "relance-backup");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    /**
     * Starts the start-up check at once and the hourly one.
     *
     * @param onFailure told (on the backup thread) when an automatic backup fails, with the exception
     */
    public void start(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
        startup = thread.submit(() -> guarded("start-up", () -> {
            if (BackupSchedule.dueAtStartup(service.newestBackup(), today())) {
                take("start-up");
            }
        }));
        // A periodic task that throws is never run again: every failure is caught in guarded().
        thread.scheduleWithFixedDelay(() -> guarded("new day", () -> {
            if (BackupSchedule.dueWhileOpen(service.newestBackup(), today(), service.changedSinceLastBackup())) {
                take("new day");
            }
        }), 1, 1, TimeUnit.HOURS);
    }

    /** Waits for the start-up backup (tests, and the close). */
    public void awaitStartup() throws InterruptedException, ExecutionException, TimeoutException {
        Future<?> running = startup;
        if (running != null) {
            running.get(CLOSE_WAIT_MINUTES, TimeUnit.MINUTES);
        }
    }

    /**
     * At close, before the data file is closed: waits for a backup under way, then backs up if anything changed
     * since the last backup. Never throws: a failure is logged (the next start-up backup will try again).
     */
    public void atClose() {
        try {
            thread.submit(() -> guarded("close", () -> {
                if (BackupSchedule.dueAtClose(service.changedSinceLastBackup())) {
                    take("close");
                }
            })).get(CLOSE_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("No backup at close", e);
        }
    }

    /** The failure of the last automatic backup, if it failed. */
    public Optional<Throwable> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private void take(String moment) {
        BackupArchive archive = service.create(BackupKind.AUTOMATIC, BackupProgress.NONE);
        lastFailure = null;
        LOG.info("Automatic backup ({}): {}", moment, archive.file());
    }

    /** Runs one check; a failure is remembered, and told once until a backup succeeds again (no hourly nagging). */
    private void guarded(String moment, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            boolean firstInARow = lastFailure == null;
            lastFailure = e;
            LOG.warn("Automatic backup ({}) failed: {}", moment, e.getMessage(), e);
            if (firstInARow) {
                onFailure.accept(e);
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(service.clock());
    }

    @Override
    public void close() {
        thread.shutdown(); // no interrupt: a backup under way finishes (the thread is a daemon)
    }
}
