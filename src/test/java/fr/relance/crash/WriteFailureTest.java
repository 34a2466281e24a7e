package fr.relance.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterBatchWriter;
import fr.relance.documents.SampleLetters;
import fr.relance.exports.FileWriteException;
import fr.relance.exports.SafeFile;
import fr.relance.store.DataFileException;
import fr.relance.store.Database;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full disks and folders that refuse writing, for the files the user asks for (exports, letter batches) and the data
 * folder at start-up: a sentence naming the folder and what to do, the file that was there intact, nothing half
 * written left behind. (Backups: see BackupServiceTest.)
 */
class WriteFailureTest {

    static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;
    final ErrorMessages errors = new ErrorMessages(new Messages(Locale.FRENCH));

    @Test
    void aDiskThatFillsUpHalfWayLeavesThePreviousExportAndNoPartialFile() throws Exception {
        Path target = Files.writeString(dir.resolve("balance.xlsx"), "the export of yesterday");

        assertThatThrownBy(() -> SafeFile.write(target, out -> out.write(new byte[100_000]), file ->
                new FullAfter(Files.newOutputStream(file), 10_000)))
                .isInstanceOfSatisfying(FileWriteException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileWriteException.Reason.DISK_FULL);
                    assertThat(e.folder()).isEqualTo(dir.toAbsolutePath());
                    assertThat(errors.describe(e)).contains(dir.toAbsolutePath().toString()).contains("plein")
                            .contains("intact");
                });

        assertThat(Files.readString(target)).isEqualTo("the export of yesterday");
        assertThat(files(dir)).containsExactly(target);
    }

    @Test
    void aFolderWithoutWritePermissionIsNamedAndTheFileThereIsIntact() throws Exception {
        assumeFalse(ROOT, "permission bits do not stop root; see the /proc test below");
        Path folder = Files.createDirectory(dir.resolve("partage"));
        Path target = Files.writeString(folder.resolve("relances.pdf"), "printed yesterday");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> SafeFile.write(target, out -> out.write(1)))
                    .isInstanceOfSatisfying(FileWriteException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FileWriteException.Reason.READ_ONLY);
                        assertThat(errors.describe(e)).contains(folder.toAbsolutePath().toString())
                                .contains("lecture seule");
                    });
            assertThat(Files.readString(target)).isEqualTo("printed yesterday");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** /proc refuses new files to anyone, root included: a letter batch aimed there is refused with a sentence. */
    @Test
    void aLetterBatchIntoAFolderThatRefusesFilesSaysSo() {
        Path procSelf = Path.of("/proc/self");
        assumeTrue(Files.isDirectory(procSelf), "a Linux /proc");
        LetterBatchWriter writer = new LetterBatchWriter(EnvelopeLayout.DL);

        assertThatThrownBy(() -> writer.write(List.of(SampleLetters.formalNotice(1)).iterator(), 1,
                procSelf.resolve("lot.pdf"), LetterBatchWriter.Progress.NONE))
                .isInstanceOfSatisfying(FileWriteException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileWriteException.Reason.READ_ONLY);
                    assertThat(errors.describe(e)).startsWith("Impossible d’écrire dans le dossier /proc/");
                });
    }

    /** A path whose parent is a regular file: the folder chosen no longer exists as a folder. */
    @Test
    void aFolderThatIsAFileIsSaidToBeMissing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("exports"), "a file where a folder was");

        assertThatThrownBy(() -> SafeFile.write(notAFolder.resolve("balance.csv"), out -> out.write(1)))
                .isInstanceOfSatisfying(FileWriteException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileWriteException.Reason.FOLDER_MISSING);
                    assertThat(errors.describe(e)).contains(notAFolder.toAbsolutePath().toString())
                            .contains("n’existe pas");
                });
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where a folder was");
    }

    @Test
    void startingOnAReadOnlyDataFolderSaysWhichFolderAndWhatToDo() throws Exception {
        Path readOnly = Path.of("/proc/self");
        if (!Files.isDirectory(readOnly)) {
            readOnly = Files.createDirectory(dir.resolve("ro"));
            readOnly.toFile().setWritable(false, false);
        }
        Path folder = readOnly;

        assertThatThrownBy(() -> Database.open(folder)).isInstanceOfSatisfying(DataFileException.class, e ->
                assertThat(errors.describe(e)).contains(folder.toAbsolutePath().toString())
                        .contains("lecture seule").contains("--data-dir"));
    }

    @Test
    void temporaryFilesOfDeadWritersAreSweptThoseOfLiveOnesKept() throws Exception {
        long dead = deadPid();
        long alive = ProcessHandle.current().pid();
        Path deadPartial = Files.writeString(dir.resolve(".balance.csv." + dead + "-123.part"), "half");
        Path livePartial = Files.writeString(dir.resolve(".relances.pdf." + alive + "-456.part"), "being written");
        Path someoneElses = Files.writeString(dir.resolve(".notes.part"), "not ours");

        assertThat(SafeFile.sweepStale(dir)).isEqualTo(1);

        assertThat(deadPartial).doesNotExist();
        assertThat(livePartial).exists();
        assertThat(someoneElses).exists();
    }

    /** The pid of a process that has ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** A disk with {@code room} bytes left: the write past them fails as the system says it. */
    static final class FullAfter extends FilterOutputStream {
        private long room;

        FullAfter(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
            out.write(b, off, len);
        }
    }

}
