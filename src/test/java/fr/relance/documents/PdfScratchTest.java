package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFBox's scratch files live in {@code <data>/tmp/<pid>/}; those of a process that died are swept at start-up. */
class PdfScratchTest {

    /** Above Linux's largest pid (4,194,304) and macOS's: no running process has it. */
    static final long DEAD_PID = 999_999_999L;

    @TempDir
    Path data;

    @AfterEach
    void backToTheSystemTempFolder() {
        PdfScratch.useDataFolder(null);
    }

    @Test
    void theScratchFilesOfADeadProcessAreSweptThoseOfALiveOneAndOthersKept() throws Exception {
        Path dead = Files.createDirectories(data.resolve("tmp").resolve(Long.toString(DEAD_PID)));
        Files.write(dead.resolve("PDFBox1234567.tmp"), new byte[4096]);
        Path live = Files.createDirectories(data.resolve("tmp").resolve(Long.toString(ProcessHandle.current().pid())));
        Path livePages = Files.write(live.resolve("PDFBox7654321.tmp"), new byte[4096]);
        Path notOurs = Files.createDirectories(data.resolve("tmp").resolve("notes"));

        assertThat(PdfScratch.sweepStale(data)).isEqualTo(1);

        assertThat(dead).doesNotExist();
        assertThat(livePages).exists();
        assertThat(notOurs).exists();
        assertThat(PdfScratch.sweepStale(data.resolve("nowhere"))).isZero();
    }

    @Test
    void pagesSpillIntoThisProcesssFolderUnderTheDataFolderAndLeaveNothingOnceClosed() throws Exception {
        PdfScratch.useDataFolder(data);
        Path folder = PdfScratch.processFolder();
        assertThat(folder).isEqualTo(data.toAbsolutePath().resolve("tmp")
                .resolve(Long.toString(ProcessHandle.current().pid())));

        try (RandomAccessStreamCache cache = PdfScratch.streamCache().create()) {
            RandomAccess buffer = cache.createBuffer();
            buffer.write(new byte[256 * 1024]);
            assertThat(files(folder)).as("a scratch file of this process").isNotEmpty();
            buffer.close();
        }

        assertThat(files(folder)).isEmpty();
        PdfScratch.release();
        assertThat(folder).doesNotExist();
    }

    static java.util.List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
