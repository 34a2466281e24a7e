package fr.relance.cli;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.backup.BackupProgress;
import fr.relance.backup.BackupService;
import fr.relance.backup.BackupVerifier;
import fr.relance.backup.VerifiedBackup;
import fr.relance.store.DataFileException;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code relance restore FILE}: checks the archive completely (checksums, opens and migrates) before the data file
 * is even opened, then puts it in place; the replaced file is kept aside. Refused while Relance is open on the file.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restaure une sauvegarde ; les données remplacées sont conservées à côté. / Restores a backup.")
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataFileAccess dataFile;

    @Parameters(index = "0", paramLabel = "FICHIER", description = "Sauvegarde relance-….zip à restaurer.")
    Path archive;

    @Override
    public Integer call() {
        Messages messages = dataFile.messages();
        Formats formats = dataFile.formats();
        PrintWriter out = dataFile.out();
        DataFolder folder = dataFile.folder();
        AppContext.createIfDefault(folder);
        out.println(messages.get("cli.restore.checking", archive.toAbsolutePath()));
        out.flush();
        try (VerifiedBackup verified = BackupVerifier.verify(archive, folder.path(), BackupProgress.NONE,
                fr.relance.app.DataFilePasswords.of(folder.path()))) {
            try (AppContext context = dataFile.open(folder)) {
                BackupService.Restored restored = context.backups().restore(verified);
                out.println(messages.get("cli.restore.done",
                        formats.dateTime(restored.archive().takenAt(ZoneId.systemDefault())),
                        verified.contents().debtors(), verified.contents().invoices(),
                        context.database().file(), restored.previousDataFolder()));
            } catch (DataFileException e) {
                if (e.reason() == DataFileException.Reason.LOCKED) {
                    throw new CliErrors.UserError(messages.get("cli.restore.locked", e.location()));
                }
                throw e;
            }
        }
        out.flush();
        return 0;
    }
}
