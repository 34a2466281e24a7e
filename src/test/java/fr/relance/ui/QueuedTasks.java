package fr.relance.ui;

import fr.relance.ui.common.BackgroundTasks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work held until the test lets it run, on the test's thread: to see what the screen does while work is
 * under way (a render, a save) and what a second click does meanwhile.
 */
public final class QueuedTasks implements BackgroundTasks {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        queue.add(() -> BackgroundTasks.sameThread().run(work, onSuccess, onError));
    }

    @Override
    public <T> Handle runLong(LongWork<T> work, Consumer<Double> onProgress, Consumer<T> onSuccess,
                              Consumer<Throwable> onError) {
        queue.add(() -> BackgroundTasks.sameThread().runLong(work, onProgress, onSuccess, onError));
        return () -> { };
    }

    /** Runs the queued work, and the work it queues, until none is left. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    public int waiting() {
        return queue.size();
    }
}
