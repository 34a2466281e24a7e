package fr.relance.store;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.backup.BackupException;
import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
import fr.relance.backup.BackupService;
import fr.relance.backup.BackupVerifier;
import fr.relance.backup.VerifiedBackup;
import fr.relance.documents.TestFiles;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest: the data file (and the documents inside) unreadable without the password. */
class EncryptionAtRestTest {

    static final char[] PASSWORD = "Relance-2026!".toCharArray();
    static final char[] OTHER = "Autre-Secret-42".toCharArray();
    /** A marker in a document's bytes, to look for in the raw file. */
    static final byte[] MARKER = "CONFIDENTIEL-FACTURE-DURAND-0001".repeat(200).getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private StoredDocument fill(Database database) {
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        return new DocumentRepository(database).attach(DURAND,
                new AttachmentDetails(DocumentKind.CORRESPONDENCE, TODAY, null),
                DocumentRepositoryTest.content("courrier.pdf", MARKER), TODAY, "claire", (d, t) -> { }, () -> false);
    }

    private boolean rawFileContains(String text) throws Exception {
        byte[] raw = Files.readAllBytes(dir.resolve("relance.mv.db"));
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= raw.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (raw[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void turnedOnTheFileAndItsDocumentsNeedThePasswordAndWrongOnesAreToldApart() throws Exception {
        StoredDocument stored;
        try (Database database = Database.open(dir)) {
            stored = fill(database);
            assertThat(database.isEncrypted()).isFalse();
            database.changeEncryption(PASSWORD);
            assertThat(database.isEncrypted()).isTrue();
            // Still open and working after the conversion.
            assertThat(new DocumentRepository(database).read(stored.id(), java.io.InputStream::readAllBytes))
                    .isEqualTo(MARKER);
        }
        assertThat(Database.isEncrypted(dir)).isTrue();
        assertThat(rawFileContains("CONFIDENTIEL-FACTURE-DURAND")).isFalse();
        assertThat(rawFileContains("Durand SARL")).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("relance.mv.db")
                    .noneMatch(n -> n.contains("before-encryption") || n.startsWith(".relance-encryption"));
        }

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.PASSWORD_REQUIRED));
        assertThatThrownBy(() -> Database.open(dir, OTHER)).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.WRONG_PASSWORD));
        try (Database database = Database.open(dir, PASSWORD)) {
            assertThat(database.isPassword(PASSWORD)).isTrue();
            assertThat(database.isPassword(OTHER)).isFalse();
            assertThat(new DocumentRepository(database).read(stored.id(), java.io.InputStream::readAllBytes))
                    .isEqualTo(MARKER);
            database.changeEncryption(OTHER);
        }
        assertThatThrownBy(() -> Database.open(dir, PASSWORD)).isInstanceOf(DataFileException.class);
        try (Database database = Database.open(dir, OTHER)) {
            database.changeEncryption(null);
            assertThat(database.isEncrypted()).isFalse();
        }
        try (Database database = Database.open(dir)) {
            assertThat(new DebtorRepository(database).count()).isEqualTo(2);
        }
        assertThat(rawFileContains("Durand SARL")).isTrue();
    }

    @Test
    void aFailedConversionLeavesTheOriginalFileInPlaceAndOpen() throws Exception {
        try (Database database = Database.open(dir)) {
            fill(database);
            // Something in the way where the previous file is set aside: the conversion cannot complete.
            Path inTheWay = Files.createDirectories(dir.resolve("relance.mv.db.before-encryption-change"));
            Files.writeString(inTheWay.resolve("x"), "x");

            assertThatThrownBy(() -> database.changeEncryption(PASSWORD)).isInstanceOf(RuntimeException.class);

            assertThat(database.isEncrypted()).isFalse();
            assertThat(new DebtorRepository(database).count()).isEqualTo(2);
        }
        assertThat(Database.isEncrypted(dir)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".relance-encryption"));
        }
    }

    @Test
    void backupsOfAnEncryptedFileStayEncryptedAndVerifyWithThePassword() throws Exception {
        Path archive;
        try (Database database = Database.open(dir)) {
            fill(database);
            database.changeEncryption(PASSWORD);
            BackupService backups = new BackupService(database, Clock.system(ZoneId.of("Europe/Paris")), "test");
            archive = backups.create(BackupKind.MANUAL, BackupProgress.NONE).file();
            try (VerifiedBackup verified = backups.verify(archive, BackupProgress.NONE)) {
                assertThat(verified.contents().debtors()).isEqualTo(2);
            }
        }
        assertThat(new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1)).doesNotContain("Durand SARL");
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        assertThatThrownBy(() -> BackupVerifier.verify(archive, elsewhere, BackupProgress.NONE))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.WRONG_PASSWORD));
        assertThatThrownBy(() -> BackupVerifier.verify(archive, elsewhere, BackupProgress.NONE, OTHER))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.WRONG_PASSWORD));
        try (VerifiedBackup verified = BackupVerifier.verify(archive, elsewhere, BackupProgress.NONE, PASSWORD)) {
            assertThat(verified.contents().debtors()).isEqualTo(2);
        }
    }
}
