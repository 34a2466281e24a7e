package fr.relance.privacy;

import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
import fr.relance.backup.BackupService;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.privacy.PasswordPolicy;
import fr.relance.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Encryption at rest (Paramètres › Sécurité): turn it on, change the password, turn it off. Each change checks the
 * input first, takes a backup of the file as it is, then converts the file with it closed ({@link
 * Database#changeEncryption}); on failure the previous file stays in place.
 */
public final class EncryptionService {

    /** The stage a change is at, for the progress shown. */
    public enum Step {
        BACKUP,
        CONVERSION,
        DONE
    }

    private final Database database;
    private final BackupService backups;
    private final Consumer<char[]> passwordChanged;

    /** @param passwordChanged told the new password (null: none) once the file uses it, so later openings find it */
    public EncryptionService(Database database, BackupService backups, Consumer<char[]> passwordChanged) {
        this.database = database;
        this.backups = backups;
        this.passwordChanged = passwordChanged;
    }

    public boolean isEncrypted() {
        return database.isEncrypted();
    }

    /** @throws InvalidInputException when the new password is refused or the file is already encrypted */
    public void turnOn(char[] password, char[] confirmation, Consumer<Step> progress) {
        if (isEncrypted()) {
            throw new InvalidInputException("newPassword", "security.alreadyOn");
        }
        InvalidInputException.refuseIfAny(PasswordPolicy.check(password, confirmation));
        convert(password, progress);
    }

    /** @throws InvalidInputException when the current password is wrong or the new one is refused */
    public void change(char[] current, char[] password, char[] confirmation, Consumer<Step> progress) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!isEncrypted() || !database.isPassword(current)) {
            problems.add(new FieldProblem("currentPassword", "security.password.wrongCurrent"));
        }
        problems.addAll(PasswordPolicy.check(password, confirmation));
        InvalidInputException.refuseIfAny(problems);
        convert(password, progress);
    }

    /** @throws InvalidInputException when the current password is wrong */
    public void turnOff(char[] current, Consumer<Step> progress) {
        if (!isEncrypted() || !database.isPassword(current)) {
            throw new InvalidInputException("currentPassword", "security.password.wrongCurrent");
        }
        convert(null, progress);
    }

    private void convert(char[] password, Consumer<Step> progress) {
        progress.accept(Step.BACKUP);
        backups.create(BackupKind.MANUAL, BackupProgress.NONE);
        progress.accept(Step.CONVERSION);
        database.changeEncryption(password);
        passwordChanged.accept(password);
        progress.accept(Step.DONE);
    }
}
