package fr.relance.imports.fec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVRecord;

/**
 * One data line of a FEC. The file is split with its bytes read one char per byte (ISO-8859-1): tab, pipe and
 * line breaks are single ASCII bytes in UTF-8 and Windows-1252 alike, and UTF-8 multi-byte sequences never
 * contain ASCII bytes, so the split is right before the charset is known. {@link #text} then decodes a cell in
 * the file's real charset; {@link #raw} keeps the bytes as read, identical in both passes, for grouping keys.
 */
final class FecLine {

    private final CSVRecord record;
    private final FecHeader header;
    private final Charset charset;

    FecLine(CSVRecord record, FecHeader header, Charset charset) {
        this.record = record;
        this.header = header;
        this.charset = charset;
    }

    /** 1-based: the header is line 1, and empty lines are kept as records so record number = line number. */
    int lineNumber() {
        return Math.toIntExact(record.getRecordNumber());
    }

    int cellCount() {
        return record.size();
    }

    boolean isBlank() {
        return record.size() == 1 && record.get(0).isBlank();
    }

    String raw(FecColumn column) {
        return record.get(header.indexOf(column)).trim();
    }

    String text(FecColumn column) {
        String raw = raw(column);
        if (charset.equals(StandardCharsets.ISO_8859_1) || isAscii(raw)) {
            return raw;
        }
        return new String(raw.getBytes(StandardCharsets.ISO_8859_1), charset);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
