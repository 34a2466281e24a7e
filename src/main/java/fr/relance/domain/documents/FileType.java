package fr.relance.domain.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a case accepts as evidence, by their media type as read from the bytes: PDF, PNG and JPEG
 * scans or photos, e-mails, and office documents.
 */
public enum FileType {
    PDF("application/pdf", "pdf", Family.PDF),
    PNG("image/png", "png", Family.IMAGE),
    JPEG("image/jpeg", "jpg", Family.IMAGE),
    EMAIL("message/rfc822", "eml", Family.EMAIL),
    OUTLOOK_MESSAGE("application/vnd.ms-outlook", "msg", Family.OLE2),
    WORD("application/msword", "doc", Family.OLE2),
    WORD_OOXML("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Family.OOXML),
    EXCEL("application/vnd.ms-excel", "xls", Family.OLE2),
    EXCEL_OOXML("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", Family.OOXML),
    ODF_TEXT("application/vnd.oasis.opendocument.text", "odt", Family.ODF),
    ODF_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", "ods", Family.ODF);

    /** How a type is checked and previewed. */
    public enum Family { PDF, IMAGE, EMAIL, OLE2, OOXML, ODF }

    /** 100 MB: the largest file a case takes (issue 6). */
    public static final long MAX_SIZE_BYTES = 100L * 1024 * 1024;

    private final String mediaType;
    private final String extension;
    private final Family family;

    FileType(String mediaType, String extension, Family family) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.family = family;
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    /** Whether {@code fileName}'s extension names this type ("scan.JPEG" is a JPEG). */
    public boolean matchesName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (this == JPEG) {
            return lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        }
        return lower.endsWith("." + extension);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, without the dot. */
    public String extension() {
        return extension;
    }

    public Family family() {
        return family;
    }
}
