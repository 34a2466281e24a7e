package fr.relance.imports.csv;

import fr.relance.imports.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Looks at the start of a file before an import: is it empty, is it text at all, which charset, which separator.
 *
 * <p><b>Charset.</b> A byte-order mark decides (UTF-8, UTF-16LE/BE, the latter being Excel's "Unicode text").
 * Otherwise a sample that is valid UTF-8 is UTF-8: random Windows-1252 text is almost never valid UTF-8, so the
 * test is reliable. An ASCII-only start says nothing, so the probe reads on, 64 KB at a time, to the first
 * non-ASCII bytes. Text that is not UTF-8 is given to juniversalchardet; as French accounting software writes
 * only UTF-8 or a Latin charset, every answer it gives besides UTF-8 is taken as "a Latin charset", and the bytes
 * then choose: Windows-1252 (what Windows and Excel write), unless the text has no byte in 0x80-0x9F (control
 * characters in ISO-8859-15, letters and € in Windows-1252) and has 0xA4, which is € in ISO-8859-15 and a
 * currency sign nobody types in Windows-1252.
 *
 * <p><b>Mixed encodings</b> (a UTF-8 file with some lines pasted in Windows-1252): when the sample holds more
 * valid UTF-8 multi-byte sequences than invalid bytes it is read as UTF-8, the invalid bytes decode to U+FFFD
 * and {@link fr.relance.imports.LedgerRowConverter} rejects those lines with {@code import.reject.encoding}.
 * Reading the whole file as Windows-1252 instead would import every UTF-8 accent as "Ã©" without a word; a
 * rejected line the user can fix is better than names silently garbled.
 *
 * <p><b>Separator.</b> Among ; , TAB and | the one that splits the first records (quotes respected) into the
 * same number of fields as the header, most often; semicolon wins ties, being what French exports use.
 */
public final class TextFileProbe {

    static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SEPARATOR_RECORDS = 50;
    /** Share of control bytes above which a file is not text; tabs, line breaks and form feeds do not count. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final char[] SEPARATORS = {';', '\t', ',', '|'};

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

    private TextFileProbe() {
    }

    /**
     * @throws ImportException {@code import.error.empty} (no bytes, or only blanks) or {@code import.error.binary}
     */
    public static TextFileFormat probe(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            boolean whole = sample.length < SAMPLE_BYTES || in.read() < 0;
            int bom = bomLength(sample);
            Charset charset = bom > 0 ? bomCharset(sample) : null;
            if (charset == null) {
                if (isBinary(sample)) {
                    throw new ImportException("import.error.binary");
                }
                if (isBlank(sample) && (whole || restIsBlank(in))) {
                    throw new ImportException("import.error.empty");
                }
            }
            if (charset == null) {
                charset = isAscii(sample) && !whole ? charsetOfFirstNonAscii(file) : charsetOf(sample);
            }
            String text = decode(sample, bom, charset);
            if (text.isBlank()) {
                throw new ImportException("import.error.empty");
            }
            return new TextFileFormat(charset, bom, guessSeparator(text, whole));
        }
    }

    static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] b) {
        return switch (b[0] & 0xFF) {
            case 0xEF -> StandardCharsets.UTF_8;
            case 0xFF -> StandardCharsets.UTF_16LE;
            default -> StandardCharsets.UTF_16BE;
        };
    }

    /** NUL bytes (images, archives, UTF-16 without a mark) or many control bytes: not a text export. */
    static boolean isBinary(byte[] sample) {
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            // 0x1A: the end-of-file mark old DOS programs still append
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A || c == 0x7F) {
                control++;
            }
        }
        return control > sample.length * MAX_CONTROL_SHARE;
    }

    private static boolean isBlank(byte[] bytes) {
        int start = bomLength(bytes);
        for (int i = start; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                return false;
            }
        }
        return true;
    }

    private static boolean restIsBlank(InputStream in) throws IOException {
        byte[] chunk;
        while ((chunk = in.readNBytes(SAMPLE_BYTES)).length > 0) {
            if (!isBlank(chunk)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads on to the first chunk with a byte above 0x7F and decides from it; an all-ASCII file is UTF-8. */
    private static Charset charsetOfFirstNonAscii(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk;
            while ((chunk = in.readNBytes(SAMPLE_BYTES)).length > 0) {
                if (!isAscii(chunk)) {
                    return charsetOf(chunk);
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The charset of bytes without a byte-order mark; see the class comment. */
    static Charset charsetOf(byte[] sample) {
        Utf8Check utf8 = Utf8Check.of(sample);
        if (utf8.invalid == 0 || utf8.validMultiByte > utf8.invalid) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if ("UTF-8".equals(detected) && utf8.invalid == 0) {
            return StandardCharsets.UTF_8;
        }
        return latinCharsetOf(sample);
    }

    private static Charset latinCharsetOf(byte[] sample) {
        boolean windowsOnly = false;
        boolean euroIn15 = false;
        for (byte b : sample) {
            int c = b & 0xFF;
            windowsOnly |= c >= 0x80 && c <= 0x9F;
            euroIn15 |= c == 0xA4;
        }
        return euroIn15 && !windowsOnly ? ISO_8859_15 : WINDOWS_1252;
    }

    static String decode(byte[] bytes, int bom, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        } catch (java.nio.charset.CharacterCodingException cannotHappenWithReplace) {
            throw new IllegalStateException(cannotHappenWithReplace);
        }
    }

    /**
     * @param whole false when the text is the start of a longer file, so its last record may be cut short and
     *              is left out
     */
    static char guessSeparator(String text, boolean whole) {
        int[][] counts = countOutsideQuotes(text, whole);
        if (counts.length == 0) {
            return ';';
        }
        char best = ';';
        double bestScore = 0;
        for (int s = 0; s < SEPARATORS.length; s++) {
            int inHeader = counts[0][s];
            if (inHeader == 0) {
                continue;
            }
            int same = 0;
            for (int[] record : counts) {
                same += record[s] == inHeader ? 1 : 0;
            }
            double score = (double) same / counts.length;
            if (score > bestScore) {
                bestScore = score;
                best = SEPARATORS[s];
            }
        }
        return best;
    }

    /** Separator counts per non-blank record, quoted text (which may hold line breaks) left out. */
    private static int[][] countOutsideQuotes(String text, boolean whole) {
        int[][] records = new int[SEPARATOR_RECORDS][];
        int found = 0;
        int[] current = new int[SEPARATORS.length];
        boolean blank = true;
        boolean quoted = false;
        for (int i = 0; i < text.length() && found < SEPARATOR_RECORDS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside quotes toggles twice: no change
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!blank) {
                    records[found++] = current;
                }
                current = new int[SEPARATORS.length];
                blank = true;
                continue;
            }
            if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    current[s] += c == SEPARATORS[s] ? 1 : 0;
                }
            }
            blank &= Character.isWhitespace(c) || c == '\uFEFF';
        }
        if (!blank && whole && found < SEPARATOR_RECORDS) {
            records[found++] = current;
        }
        return Arrays.copyOf(records, found);
    }

    /** Counts of well-formed multi-byte sequences and of bytes that cannot be UTF-8. */
    private record Utf8Check(int validMultiByte, int invalid) {

        static Utf8Check of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                int extra = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                        : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (extra == 0) {
                    i++;
                    continue;
                }
                if (extra < 0) {
                    // a continuation byte at the very start is the tail of a character cut by the sample
                    invalid += i < 3 && c >= 0x80 && c <= 0xBF ? 0 : 1;
                    i++;
                    continue;
                }
                int n = 0;
                while (n < extra && i + 1 + n < b.length && (b[i + 1 + n] & 0xC0) == 0x80) {
                    n++;
                }
                if (n == extra) {
                    valid++;
                } else if (i + 1 + n < b.length) {
                    invalid++; // (a sequence cut by the end of the sample is neither)
                }
                i += 1 + n;
            }
            return new Utf8Check(valid, invalid);
        }
    }
}
