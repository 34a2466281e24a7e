package fr.relance.store;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Refuses any query on the JavaFX application thread, where it would freeze the window. Recognised by the
 * thread's name so the store does not depend on JavaFX.
 */
final class NotOnFxThreadListener implements ExecuteListener {

    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    @Override
    public void start(ExecuteContext ctx) {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database query on the JavaFX application thread: " + ctx.sql());
        }
    }
}
