package fr.relance.documents;

import fr.relance.exports.SafeFile;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.io.ScratchFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where PDFBox spills the pages of a large PDF (a dossier, a letter batch, an attachment read for its pages): a
 * folder of this process under the data folder, {@code <data>/tmp/<pid>/}, rather than the system's temp folder.
 * PDFBox deletes its scratch files when the document is closed, but a process killed (or a power cut) cannot: the
 * next start sweeps the folders of processes no longer running ({@link #sweepStale}), and a clean exit removes its
 * own ({@link #release}). Until {@link #useDataFolder} is called (tests of a writer alone), the system's temp folder
 * is used, as PDFBox does by default.
 */
public final class PdfScratch {

    /** The folder under the data folder. */
    public static final String FOLDER = "tmp";

    private static final Logger LOG = LoggerFactory.getLogger(PdfScratch.class);
    private static volatile Path root;

    private PdfScratch() {
    }

    /** Scratch files go under {@code <dataFolder>/tmp/<pid>/} from now on; null: the system's temp folder. */
    public static void useDataFolder(Path dataFolder) {
        root = dataFolder == null ? null : dataFolder.toAbsolutePath().resolve(FOLDER);
    }

    /** The folder of this process, or null when no data folder was given. */
    public static Path processFolder() {
        Path current = root;
        return current == null ? null : current.resolve(Long.toString(ProcessHandle.current().pid()));
    }

    /**
     * A stream cache that keeps a document's pages in scratch files of {@link #processFolder()} (created when first
     * needed), in place of {@code IOUtils.createTempFileOnlyStreamCache()}.
     */
    public static RandomAccessStreamCache.StreamCacheCreateFunction streamCache() {
        return () -> {
            MemoryUsageSetting setting = MemoryUsageSetting.setupTempFileOnly();
            Path folder = processFolder();
            if (folder != null) {
                Files.createDirectories(folder);
                setting.setTempDir(folder.toFile());
            }
            return new ScratchFile(setting);
        };
    }

    /**
     * Deletes the scratch folders, under {@code <dataFolder>/tmp}, of processes no longer running (killed while
     * writing a PDF). Those of running processes, this one included, are left alone; so is anything not named by a
     * process id.
     *
     * @return how many folders were deleted
     */
    public static int sweepStale(Path dataFolder) {
        Path scratch = dataFolder.resolve(FOLDER);
        if (!Files.isDirectory(scratch)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(scratch)) {
            for (Path folder : folders) {
                Long pid = pidOf(folder.getFileName().toString());
                if (pid == null || !Files.isDirectory(folder)
                        || SafeFile.isRunning(pid)) {
                    continue;
                }
                PathUtils.deleteDirectory(folder);
                deleted++;
                LOG.info("Removed the PDF scratch files of a stopped Relance: {}", folder);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot sweep the PDF scratch folder {}: {}", scratch, e.toString());
        }
        return deleted;
    }

    /** Removes this process's scratch folder when it is empty (every document closed); at a clean exit. */
    public static void release() {
        Path folder = processFolder();
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.debug("PDF scratch folder {} kept: {}", folder, e.toString());
        }
    }

    private static Long pidOf(String name) {
        if (name.isEmpty() || name.length() > 19 || !name.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(name);
    }
}
