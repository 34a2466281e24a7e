package fr.relance.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Waits, up to a minute, for a condition read on the JavaFX thread: background work finishes when it finishes. */
final class FxWait {

    private FxWait() {
    }

    static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Boolean[] result = new Boolean[1];
            WaitForAsyncUtils.asyncFx(() -> result[0] = condition.call()).get();
            return Boolean.TRUE.equals(result[0]);
        });
    }
}
