package fr.relance.ui.letters;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import fr.relance.ui.common.BackgroundTasks;

/** Background work held until the test lets it run, to see what happens while a render is under way. */
final class QueuedTasks implements BackgroundTasks {

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
    void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    int waiting() {
        return queue.size();
    }
}
