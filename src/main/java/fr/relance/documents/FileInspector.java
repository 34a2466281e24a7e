package fr.relance.documents;

import fr.relance.documents.AttachmentRefusedException.Reason;
import fr.relance.domain.documents.FileType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Properties;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Checks a file before it is attached: there, not empty, at most 100 MB, of an accepted type read from its bytes
 * (never trusting its extension), and readable as that type (a PDF opens without a password, an image decodes, an
 * e-mail has headers, an office document has its container). Nothing is written.
 */
public final class FileInspector {

    /** Images are decoded down to about this many pixels on their longer side: enough to prove them readable. */
    private static final int CHECK_SIDE = 512;

    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    /**
     * @throws AttachmentRefusedException saying why the file cannot be attached
     */
    public InspectedFile inspect(Path path) {
        String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new AttachmentRefusedException(Reason.MISSING, fileName);
        }
        if (!Files.isRegularFile(path)) {
            throw new AttachmentRefusedException(Reason.NOT_A_FILE, fileName);
        }
        long size = size(path, fileName);
        if (size == 0) {
            throw new AttachmentRefusedException(Reason.EMPTY, fileName);
        }
        if (size > FileType.MAX_SIZE_BYTES) {
            throw new AttachmentRefusedException(Reason.TOO_LARGE, fileName, size, null);
        }
        FileType type = detect(path, fileName);
        int pages = switch (type.family()) {
            case PDF -> checkPdf(path, fileName);
            case IMAGE -> {
                checkImage(path, fileName);
                yield 0;
            }
            case EMAIL -> {
                checkEmail(path, fileName);
                yield 0;
            }
            case OLE2 -> {
                checkOle2(path, fileName);
                yield 0;
            }
            case OOXML -> {
                checkZip(path, fileName, "[Content_Types].xml");
                yield 0;
            }
            case ODF -> {
                checkZip(path, fileName, "mimetype");
                yield 0;
            }
        };
        return new InspectedFile(path, fileName, size, type, !type.matchesName(fileName), pages);
    }

    /** The media type of the bytes, the name only refining it (a ZIP named ".docx" is a Word document). */
    FileType detect(Path path, String fileName) {
        MediaType detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            detected = detector.detect(in, metadata);
        } catch (IOException e) {
            throw unreadable(e, fileName);
        }
        String mediaType = detected.getBaseType().toString();
        return FileType.ofMediaType(mediaType)
                .orElseThrow(() -> new AttachmentRefusedException(Reason.UNSUPPORTED_TYPE, fileName, mediaType, null));
    }

    private static int checkPdf(Path path, String fileName) {
        // The file is read in place; PDFBox caches what it decodes in temporary files, not in memory.
        try (PDDocument document = Loader.loadPDF(path.toFile(), PdfScratch.streamCache())) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new AttachmentRefusedException(Reason.PDF_CORRUPT, fileName);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new AttachmentRefusedException(Reason.PDF_ENCRYPTED, fileName, null, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AttachmentRefusedException refused) {
                throw refused;
            }
            if (!Files.exists(path)) {
                throw new AttachmentRefusedException(Reason.MISSING, fileName, null, e);
            }
            throw new AttachmentRefusedException(Reason.PDF_CORRUPT, fileName, null, e);
        }
    }

    /** Decodes the whole image, subsampled: a truncated or damaged scan fails here, not in front of a judge. */
    private static void checkImage(Path path, String fileName) {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new AttachmentRefusedException(Reason.IMAGE_CORRUPT, fileName);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / CHECK_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AttachmentRefusedException refused) {
                throw refused;
            }
            if (isUnsupportedColourModel(e)) {
                return; // a CMYK JPEG from a scanner: valid, only Java's decoder cannot show it
            }
            throw new AttachmentRefusedException(Reason.IMAGE_CORRUPT, fileName, null, e);
        }
    }

    private static boolean isUnsupportedColourModel(Exception e) {
        return e instanceof javax.imageio.IIOException && e.getMessage() != null
                && e.getMessage().startsWith("Unsupported Image Type");
    }

    /** An e-mail saved from a mail program: it has at least a sender, a date or a subject. */
    private static void checkEmail(Path path, String fileName) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            if (message.getHeader("From") == null && message.getHeader("Date") == null
                    && message.getHeader("Subject") == null) {
                throw new AttachmentRefusedException(Reason.EMAIL_CORRUPT, fileName);
            }
        } catch (IOException e) {
            throw unreadable(e, fileName);
        } catch (MessagingException | RuntimeException e) {
            if (e instanceof AttachmentRefusedException refused) {
                throw refused;
            }
            throw new AttachmentRefusedException(Reason.EMAIL_CORRUPT, fileName, null, e);
        }
    }

    /** Word, Excel (97-2003) and Outlook files are OLE2 compound files. */
    private static void checkOle2(Path path, String fileName) {
        try (POIFSFileSystem ignored = new POIFSFileSystem(path.toFile(), true)) {
            // Opening reads the header and the allocation tables: a damaged file fails here.
        } catch (IOException | RuntimeException e) {
            throw new AttachmentRefusedException(Reason.OFFICE_CORRUPT, fileName, null, e);
        }
    }

    /** Office Open XML and OpenDocument files are ZIP containers with a known first entry. */
    private static void checkZip(Path path, String fileName, String requiredEntry) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.getEntry(requiredEntry) == null) {
                throw new AttachmentRefusedException(Reason.OFFICE_CORRUPT, fileName);
            }
        } catch (ZipException e) {
            throw new AttachmentRefusedException(Reason.OFFICE_CORRUPT, fileName, null, e);
        } catch (IOException e) {
            throw unreadable(e, fileName);
        }
    }

    private static long size(Path path, String fileName) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw unreadable(e, fileName);
        }
    }

    private static AttachmentRefusedException unreadable(IOException e, String fileName) {
        if (e instanceof NoSuchFileException) {
            return new AttachmentRefusedException(Reason.MISSING, fileName, null, e);
        }
        if (e instanceof AccessDeniedException) {
            return new AttachmentRefusedException(Reason.UNREADABLE, fileName, null, e);
        }
        return new AttachmentRefusedException(Reason.UNREADABLE, fileName, e.getMessage(), e);
    }
}
