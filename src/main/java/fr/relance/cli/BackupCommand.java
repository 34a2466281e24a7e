package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.app.InstanceChannel;
import fr.relance.backup.BackupArchive;
import fr.relance.backup.BackupFolder;
import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
import fr.relance.store.DataFileException;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code relance backup}: a backup now into the backups folder, for a scheduled task too. When Relance is open on
 * the same data file, it is asked to take the backup itself (the file is locked to anyone else).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Sauvegarde le fichier de données dans le dossier backups. / Backs up the data file.")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DataFileAccess dataFile;

    @Option(names = "--list", description = "Liste les sauvegardes au lieu d'en faire une. / Lists the backups.")
    boolean list;

    @Override
    public Integer call() {
        Messages messages = dataFile.messages();
        Formats formats = dataFile.formats();
        PrintWriter out = dataFile.out();
        DataFolder folder = dataFile.folder();
        if (list) {
            return list(BackupFolder.beside(folder.path(), ZoneId.systemDefault()), messages, formats, out);
        }
        BackupArchive archive;
        try (AppContext context = dataFile.open(folder)) {
            int[] lastTenth = {-1};
            archive = context.backups().create(BackupKind.MANUAL, new BackupProgress() {
                @Override
                public void advanced(long done, long total) {
                    int tenth = (int) (10 * done / Math.max(1, total));
                    if (tenth != lastTenth[0]) {
                        lastTenth[0] = tenth;
                        out.print(tenth * 10 + "% ");
                        out.flush();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            out.println();
        } catch (DataFileException e) {
            if (e.reason() != DataFileException.Reason.LOCKED) {
                throw e;
            }
            Optional<InstanceChannel.BackupReply> reply = InstanceChannel.askBackup(folder.path(),
                    Duration.ofMinutes(30));
            if (reply.isEmpty()) {
                throw e;
            }
            if (!reply.get().done()) {
                throw new CliErrors.UserError(reply.get().text());
            }
            out.println(messages.get("cli.backup.byRunningApp", reply.get().text()));
            out.flush();
            return 0;
        }
        out.println(messages.get("cli.backup.done", archive.file(), formats.fileSize(archive.size())));
        out.flush();
        return 0;
    }

    private static int list(BackupFolder folder, Messages messages, Formats formats, PrintWriter out) {
        List<BackupArchive> archives = folder.list();
        out.println(messages.get("cli.backup.listHeader", folder.path(), archives.size()));
        for (BackupArchive archive : archives) {
            out.println(String.format("  %-16s %-12s %10s  %s",
                    formats.dateTime(archive.takenAt(ZoneId.systemDefault())),
                    messages.get("backup.kind." + archive.kind().name()), formats.fileSize(archive.size()),
                    archive.file().getFileName()));
        }
        out.flush();
        return 0;
    }
}
