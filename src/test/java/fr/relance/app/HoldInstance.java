package fr.relance.app;

import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Test helper run in a child JVM: a running Relance without a window. It opens the data file and the instance
 * channel, says "ready", prints "front" when asked to come to the front, and holds the file until its input closes
 * (or until it is killed).
 */
public final class HoldInstance {

    private HoldInstance() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]), DataFolder.Source.COMMAND_LINE);
        try (AppContext context = AppContext.open(folder, Clock.systemDefaultZone());
             InstanceChannel channel = InstanceChannel.open(folder.path(), new InstanceChannel.Requests() {
                 @Override
                 public boolean bringToFront() {
                     System.out.println("front");
                     System.out.flush();
                     return true;
                 }

                 @Override
                 public Path backupNow() {
                     return context.backups().create(BackupKind.MANUAL, BackupProgress.NONE).file();
                 }
             })) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
