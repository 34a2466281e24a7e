package fr.relance.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on named daemon threads and hands results back to the JavaFX thread. */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);

    private final ExecutorService executor;

    public FxBackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "relance-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(2, factory);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public <T> Handle runLong(LongWork<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                              Consumer<Throwable> onError) {
        AtomicBoolean cancelled = new AtomicBoolean();
        // Only the latest progress value is posted; the JavaFX thread is never flooded.
        AtomicReference<Double> pending = new AtomicReference<>();
        Progress progress = new Progress() {
            @Override
            public void advanced(long done, long total) {
                double fraction = total == 0 ? 0 : (double) done / total;
                if (pending.getAndSet(fraction) == null) {
                    Platform.runLater(() -> onProgress.accept(pending.getAndSet(null)));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        run(() -> work.run(progress), onSuccess, onError);
        return () -> cancelled.set(true);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
