package fr.relance.crash;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.app.InstanceChannel;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child JVM of the kill tests: opens the data folder as the app does (data file, then the instance channel
 * that writes {@code relance.instance}), runs one {@link CrashOperation} and stops at its {@link KillPoint}.
 * Arguments: operation class, data folder, work folder, kill point. Prints {@code FINISHED} if it was not stopped.
 */
public final class CrashChild {

    /** System property: at the kill point, write to the data file what H2 holds in memory, uncommitted included. */
    static final String FLUSH = "relance.crash.flush";
    static final String CHECKPOINT_FAILED = "CHECKPOINT failed: ";

    private CrashChild() {
    }

    /**
     * H2 writes changes, committed or not, to the file in the background about once a second; a CHECKPOINT on
     * another connection writes them now, so that the kill leaves half a transaction on disk for the recovery to
     * undo, without waiting.
     */
    private static void checkpoint(AppContext context) {
        java.util.concurrent.CompletableFuture<Void> flush = java.util.concurrent.CompletableFuture.runAsync(
                () -> context.database().dsl().execute("CHECKPOINT"));
        try {
            flush.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // The harness fails the test on this line: the kill would not prove what it claims.
            System.out.println(CHECKPOINT_FAILED + e);
        }
    }

    public static void main(String[] args) throws Exception {
        CrashOperation operation = (CrashOperation) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        DataFolder folder = new DataFolder(Path.of(args[1]), DataFolder.Source.COMMAND_LINE);
        KillPoint point = new KillPoint(args[3]);
        try (AppContext context = AppContext.open(folder, Clock.systemDefaultZone());
             InstanceChannel channel = InstanceChannel.open(folder.path(), new InstanceChannel.Requests() {
                 @Override
                 public boolean bringToFront() {
                     return true;
                 }

                 @Override
                 public Path backupNow() {
                     throw new UnsupportedOperationException("not in a kill test");
                 }
             })) {
            if (Boolean.getBoolean(FLUSH)) {
                point.settleWith(() -> checkpoint(context));
            }
            System.out.println("OPEN");
            System.out.flush();
            operation.run(context, Path.of(args[2]), point);
            point.finished();
        }
        System.out.println("FINISHED");
        System.out.flush();
    }
}
