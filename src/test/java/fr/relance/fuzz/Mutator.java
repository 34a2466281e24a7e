package fr.relance.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Seeded mutations of seed files, as a coverage-blind fuzzer makes them: bit flips, cuts, random insertions,
 * repeated ranges, splices of two seeds, tokens the parsers care about, and plain random bytes. The same seed gives
 * the same inputs, so a failure is replayed by its seed and case number.
 */
final class Mutator {

    private static final String[] TOKENS = {";", ",", "\t", "|", "\"", "\"\"", "\n", "\r\n", "\r", "0", "-", "-0",
            "1e400", "99999999999999999999", "-99999999999,99", "31/02/2026", "2026-13-45", "00000000", "\uFEFF", "é",
            "€", "\u0000", "%", "\\", "NaN", "=1+1", "<", "&", "&amp;", "]]>", "<![CDATA[", "<!DOCTYPE a>",
            "</sheetData>", "<c r=\"A1\" t=\"s\"><v>7</v></c>", "<row r=\"0\">", " r=\"XFD1048577\"", " t=\"d\"",
            " s=\"500\"", "<v>", "</v>", "PK\u0003\u0004", "%PDF-1.7", "trailer", "xref", "obj", "endobj",
            "/Length 999999999", "stream", "IHDR", "IDAT", "IEND", "Content-Type: multipart/mixed; boundary=\"",
            "From: ", "\r\n\r\n", "411", "FA-", "VT", "20261301"};

    private final Random random;
    private final List<byte[]> seeds;

    Mutator(long seed, List<byte[]> seeds) {
        this.random = new Random(seed);
        this.seeds = seeds;
    }

    Random random() {
        return random;
    }

    /** A mutant of one of the seeds: one to four mutations stacked. */
    byte[] next() {
        byte[] bytes = seeds.get(random.nextInt(seeds.size()));
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            bytes = mutate(bytes);
        }
        return bytes;
    }

    /**
     * A mutant of a ZIP container (an .xlsx): half the time the raw bytes, else one entry mutated and the container
     * written again, so the damage reaches the XML behind the ZIP checks.
     */
    byte[] nextInZip() {
        byte[] zip = seeds.get(random.nextInt(seeds.size()));
        if (random.nextBoolean()) {
            return next();
        }
        try {
            List<String> names = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    names.add(entry.getName());
                }
            }
            if (names.isEmpty()) {
                return next();
            }
            String name = names.get(random.nextInt(names.size()));
            byte[] entry = entry(zip, name);
            int rounds = 1 + random.nextInt(3);
            for (int i = 0; i < rounds; i++) {
                entry = mutate(entry);
            }
            return SeedCorpus.replaceEntry(zip, name, entry);
        } catch (IOException e) {
            return next();
        }
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return new byte[0];
    }

    byte[] mutate(byte[] in) {
        int n = in.length;
        switch (random.nextInt(9)) {
            case 0 -> {
                byte[] out = in.clone();
                for (int i = 0, flips = 1 + random.nextInt(8); i < flips && n > 0; i++) {
                    out[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
            case 1 -> {
                return n == 0 ? in : Arrays.copyOf(in, random.nextInt(n));
            }
            case 2 -> {
                byte[] insert = new byte[1 + random.nextInt(64)];
                random.nextBytes(insert);
                return insert(in, random.nextInt(n + 1), insert);
            }
            case 3 -> {
                if (n == 0) {
                    return in;
                }
                int from = random.nextInt(n);
                int to = Math.min(n, from + 1 + random.nextInt(Math.max(1, n / 4)));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, from);
                out.write(in, to, n - to);
                return out.toByteArray();
            }
            case 4 -> {
                if (n == 0) {
                    return in;
                }
                int from = random.nextInt(n);
                int length = Math.min(n - from, 1 + random.nextInt(256));
                byte[] range = Arrays.copyOfRange(in, from, from + length);
                ByteArrayOutputStream repeated = new ByteArrayOutputStream();
                for (int i = 0, times = 2 + random.nextInt(200); i < times; i++) {
                    repeated.writeBytes(range);
                }
                return insert(in, from, repeated.toByteArray());
            }
            case 5 -> {
                byte[] other = seeds.get(random.nextInt(seeds.size()));
                int cutA = random.nextInt(n + 1);
                int cutB = random.nextInt(other.length + 1);
                byte[] out = Arrays.copyOf(in, cutA + other.length - cutB);
                System.arraycopy(other, cutB, out, cutA, other.length - cutB);
                return out;
            }
            case 6, 7 -> {
                byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(
                        random.nextInt(4) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                int at = random.nextInt(n + 1);
                if (random.nextBoolean() && n > 0) {
                    // overwrite rather than insert
                    byte[] out = in.clone();
                    System.arraycopy(token, 0, out, at == n ? n - 1 : at, Math.min(token.length, n - (at == n ? n - 1 : at)));
                    return out;
                }
                return insert(in, at, token);
            }
            default -> {
                byte[] out = new byte[random.nextInt(2048)];
                random.nextBytes(out);
                return out;
            }
        }
    }

    private static byte[] insert(byte[] in, int at, byte[] insert) {
        byte[] out = new byte[in.length + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at, out, at + insert.length, in.length - at);
        return out;
    }
}
