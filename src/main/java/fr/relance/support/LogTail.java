package fr.relance.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end: a log of several megabytes is never read whole. */
public final class LogTail {

    /** Enough for a few hundred lines of log; a longer line is cut at the start. */
    static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** @return at most {@code count} lines, oldest first; empty when the file does not exist (yet) */
    public static List<String> lastLines(Path file, int count) throws IOException {
        if (count <= 0 || !Files.isRegularFile(file)) {
            return List.of();
        }
        byte[] bytes;
        boolean cut;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, MAX_BYTES);
            cut = length > size;
            bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
        }
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n")));
        if (cut && !lines.isEmpty()) {
            lines.remove(0); // the first line read is likely the end of a longer one
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
