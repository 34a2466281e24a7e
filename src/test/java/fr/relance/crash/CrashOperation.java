package fr.relance.crash;

import fr.relance.app.AppContext;
import java.nio.file.Path;

/**
 * One operation the kill tests interrupt. It runs in a child JVM ({@link CrashChild}) on the data folder opened the
 * way the app opens it, and reports how far it is to the {@link KillPoint}, which freezes it at the chosen moment
 * until the parent kills the process. Implementations need a public no-argument constructor.
 *
 * <p>Adding an operation to the crash suite: a small class implementing this (usually a nested class of
 * {@link CrashOperations}), then one test method in {@link KillTest} that prepares, calls
 * {@link KillHarness#killAt} and checks what the reopened data holds.
 */
public interface CrashOperation {

    /**
     * @param context the data folder opened as the app opens it (instance channel included)
     * @param work    a folder of the test's for input files and export targets
     * @param point   told the progress ({@link KillPoint#progress}) or a named moment ({@link KillPoint#reached})
     */
    void run(AppContext context, Path work, KillPoint point) throws Exception;
}
