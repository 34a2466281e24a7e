package fr.relance.documents;

import fr.relance.domain.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the logo file the user picks for the letterhead, refusing, before anything is saved, a file that is missing,
 * too large or not an image the letters can print (PNG, JPEG, GIF, BMP). Problems are {@code logo} field problems.
 */
public final class LogoFile {

    /** Logos are scaled down to 300 dpi in a 55 x 20 mm box; a bigger file is a photo picked by mistake. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public static final String MISSING = "letter.logo.missingFile";
    public static final String TOO_LARGE = "letter.logo.tooLarge";
    public static final String UNREADABLE = "letter.logo.unreadable";

    private LogoFile() {
    }

    /** A logo ready to store in the company's settings. */
    public record Logo(byte[] bytes, String mimeType) {
    }

    /** @throws InvalidInputException (field "logo") when the file cannot be the letterhead's logo */
    public static Logo read(Path file) {
        if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidInputException("logo", MISSING);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInputException("logo", TOO_LARGE);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("logo", MISSING);
        }
        String mimeType = mimeType(bytes);
        if (mimeType == null || new LogoImages().decode(bytes) == null) {
            throw new InvalidInputException("logo", UNREADABLE);
        }
        return new Logo(bytes, mimeType);
    }

    /** The type by the file's signature, not its name: a renamed file is still recognised. */
    static String mimeType(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(bytes, 'B', 'M')) {
            return "image/bmp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
