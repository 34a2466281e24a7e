package fr.relance.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way view-models run work off the JavaFX thread. Results and errors come back on the JavaFX thread.
 * Tests swap in {@link #sameThread()}, which runs everything at once on the caller's thread.
 */
public interface BackgroundTasks {

    /** Progress and cancellation as long work sees them. */
    interface Progress {
        void advanced(long done, long total);

        boolean isCancelled();
    }

    /** Long work: it reports progress and checks {@link Progress#isCancelled()}. */
    @FunctionalInterface
    interface LongWork<T> {
        T run(Progress progress) throws Exception;
    }

    /** A running long task. */
    interface Handle {
        void cancel();
    }

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /**
     * @param onProgress fraction done, between 0 and 1, delivered on the JavaFX thread (coalesced)
     * @param onError    also receives the {@link java.util.concurrent.CancellationException} of a cancelled task
     */
    <T> Handle runLong(LongWork<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                       Consumer<Throwable> onError);

    static BackgroundTasks sameThread() {
        return new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public <T> Handle runLong(LongWork<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                                      Consumer<Throwable> onError) {
                boolean[] cancelled = {false};
                Handle handle = () -> cancelled[0] = true;
                run(() -> work.run(new Progress() {
                    @Override
                    public void advanced(long done, long total) {
                        onProgress.accept(total == 0 ? 0 : (double) done / total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled[0];
                    }
                }), onSuccess, onError);
                return handle;
            }
        };
    }
}
