package fr.relance.fuzz;

import fr.relance.documents.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the seed corpus of the fuzz tests into {@code src/test/resources/fuzz/<target>/}: good files of each kind
 * and hand-made nasty ones. The files are committed; run this main again only to change them:
 * {@code java -cp target/test-classes:... fr.relance.fuzz.SeedCorpus src/test/resources/fuzz}.
 */
public final class SeedCorpus {

    static final String CSV_HEADER = "Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC;Reste dû";
    static final String FEC_HEADER = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\t"
            + "CompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
            + "ValidDate\tMontantdevise\tIdevise";

    private SeedCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/fuzz");
        csv(Files.createDirectories(root.resolve("csv")));
        fec(Files.createDirectories(root.resolve("fec")));
        xlsx(Files.createDirectories(root.resolve("xlsx")));
        attachments(Files.createDirectories(root.resolve("attachments")));
    }

    private static void csv(Path dir) throws IOException {
        String good = CSV_HEADER + "\n411DUR;Durand SARL;FA-1;01/09/2026;01/10/2026;1 200,00;1 200,00\n"
                + "411DUR;Durand SARL;AV-1;05/09/2026;05/09/2026;-20,00;-20,00\n"
                + "411PET;\"Petit; Fils\";FA-2;15/09/2026;15/10/2026;500,50;300,00\n";
        text(dir, "good-semicolon.csv", good, StandardCharsets.UTF_8);
        text(dir, "good-comma.csv", good.replace(',', '.').replace(';', ','), StandardCharsets.UTF_8);
        text(dir, "good-tab.txt", good.replace(';', '\t'), StandardCharsets.UTF_8);
        text(dir, "good-windows1252.csv", good.replace("Durand", "Dépôt Érable"), Charset.forName("windows-1252"));
        write(dir, "good-utf16-bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                good.getBytes(StandardCharsets.UTF_16LE)));
        write(dir, "good-utf8-bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                good.getBytes(StandardCharsets.UTF_8)));
        text(dir, "multiline-quoted.csv", CSV_HEADER + "\n411A;\"Nom\nsur deux lignes\";FA-9;01/09/2026;"
                + "01/10/2026;10,00;10,00\n", StandardCharsets.UTF_8);
        text(dir, "unbalanced-quote.csv", CSV_HEADER + "\n411A;\"Durand;FA-1;01/09/2026;01/10/2026;10;10\n"
                + "411B;Petit;FA-2;01/09/2026;01/10/2026;10;10\n", StandardCharsets.UTF_8);
        text(dir, "header-only.csv", CSV_HEADER + "\n", StandardCharsets.UTF_8);
        text(dir, "blank.csv", "\n\n   \n\t\n", StandardCharsets.UTF_8);
        write(dir, "empty.csv", new byte[0]);
        text(dir, "missing-columns.csv", "Client;Montant\nDurand;10\n", StandardCharsets.UTF_8);
        text(dir, "absurd-values.csv", CSV_HEADER + "\n411A;Durand;FA-1;31/02/2026;99/99/9999;"
                + "99999999999999999999999,99;1e308\n411A;Durand;FA-2;01/09/2026;01/10/2026;NaN;-0\n"
                + "411A;Durand;FA-3;01/09/0001;01/10/9999;0,001;12,345\n;;;;;;\n411A;;FA-4;;;;\n",
                StandardCharsets.UTF_8);
        text(dir, "long-cells.csv", CSV_HEADER + "\n411" + "X".repeat(300) + ";" + "Nom ".repeat(400) + ";"
                + "FA-" + "9".repeat(200) + ";01/09/2026;01/10/2026;10,00;10,00\n", StandardCharsets.UTF_8);
        StringBuilder wide = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 2000; i++) {
            wide.append(";extra").append(i);
        }
        text(dir, "two-thousand-columns.csv", wide + "\n411A;Durand;FA-1;01/09/2026;01/10/2026;10;10\n",
                StandardCharsets.UTF_8);
        text(dir, "control-characters.csv", CSV_HEADER + "\n411\u0001A;Du\u0007rand;FA-1\u001B;01/09/2026;"
                + "01/10/2026;10;10\n", StandardCharsets.UTF_8);
        text(dir, "formula-injection.csv", CSV_HEADER + "\n=cmd|' /C calc'!A0;@SUM(1+1);+FA-1;01/09/2026;"
                + "01/10/2026;-10;10\n", StandardCharsets.UTF_8);
        write(dir, "mixed-encodings.csv", concat(good.getBytes(StandardCharsets.UTF_8),
                "411Z;D\u00e9p\u00f4t;FA-7;01/09/2026;01/10/2026;1;1\n".getBytes(Charset.forName("windows-1252"))));
        write(dir, "random-bytes.csv", TestFilesBytes.random(4096, 1));
        write(dir, "nul-bytes.csv", concat(good.getBytes(StandardCharsets.UTF_8), new byte[64]));
    }

    private static void fec(Path dir) throws IOException {
        String good = FEC_HEADER + "\n"
                + "VT\tVentes\tVT1\t20260901\t411000\tClients\t411DUR\tDurand SARL\tFA-1\t20260901\tFacture FA-1\t"
                + "1200,00\t0,00\t\t\t20260901\t\t\n"
                + "VT\tVentes\tVT2\t20260915\t411000\tClients\t411PET\tPetit SAS\tFA-2\t20260915\tFacture FA-2\t"
                + "500,00\t0,00\tAA\t20261001\t20260915\t\t\n"
                + "BQ\tBanque\tBQ1\t20261001\t411000\tClients\t411PET\tPetit SAS\tVIR\t20261001\tVirement\t"
                + "0,00\t500,00\tAA\t20261001\t20261001\t\t\n"
                + "VT\tVentes\tVT3\t20261005\t411000\tClients\t411DUR\tDurand SARL\tAV-1\t20261005\tAvoir\t"
                + "0,00\t20,00\t\t\t20261005\t\t\n";
        text(dir, "good-tab.txt", good, StandardCharsets.UTF_8);
        text(dir, "good-pipe.txt", good.replace('\t', '|'), StandardCharsets.UTF_8);
        text(dir, "good-windows1252.txt", good.replace("Durand", "Dépôt"), Charset.forName("windows-1252"));
        text(dir, "seventeen-columns.txt", FEC_HEADER.substring(0, FEC_HEADER.lastIndexOf('\t')) + "\n",
                StandardCharsets.UTF_8);
        text(dir, "renamed-columns.txt", FEC_HEADER.replace("Debit", "Debet") + "\n", StandardCharsets.UTF_8);
        text(dir, "short-lines.txt", FEC_HEADER + "\nVT\tVentes\tVT1\n\n\t\t\t\n", StandardCharsets.UTF_8);
        text(dir, "absurd-values.txt", FEC_HEADER + "\n"
                + "VT\tVentes\tVT1\t20261332\t411000\tClients\t411DUR\tDurand\tFA-1\t00000000\tx\t"
                + "999999999999999999999,99\t-5\t\t\t\t\t\n"
                + "VT\tVentes\tVT1\t2026-09-01\t411000\tClients\t\t\t\t20260901\tx\tabc\t1e9\tZ\t99999999\t\t\t\n"
                + "VT\tVentes\tVT1\t20260901\t411\t\t411DUR\t\tFA-1\t20260901\t\t0\t0\t\t\t\t\t\n",
                StandardCharsets.UTF_8);
        text(dir, "unbalanced-lettering.txt", FEC_HEADER + "\n"
                + "VT\tVentes\tVT1\t20260901\t411000\tClients\t411DUR\tDurand\tFA-1\t20260901\tx\t100\t0\tAB\t"
                + "20261001\t\t\t\n"
                + "BQ\tBanque\tBQ1\t20261001\t411000\tClients\t411DUR\tDurand\tVIR\t20261001\tx\t0\t250\tAB\t"
                + "20261001\t\t\t\n", StandardCharsets.UTF_8);
        text(dir, "quotes-and-junk.txt", FEC_HEADER + "\n\"VT\"\t\"Ventes\t\"\t\"\t20260901\t411000\t\"\t"
                + "411DUR\t\"\"\t\"\"\t20260901\t\"\t1\t0\t\t\t\t\t\n", StandardCharsets.UTF_8);
        write(dir, "random-bytes.txt", TestFilesBytes.random(4096, 2));
        write(dir, "empty.txt", new byte[0]);
    }

    private static void xlsx(Path dir) throws IOException {
        write(dir, "good.xlsx", workbook(false));
        write(dir, "good-dates-formulas.xlsx", workbook(true));
        byte[] good = workbook(false);
        write(dir, "truncated.xlsx", Arrays.copyOf(good, good.length / 2));
        write(dir, "header-only-zip.xlsx", Arrays.copyOf(good, 30));
        write(dir, "csv-renamed.xlsx", (CSV_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        write(dir, "plain-zip.xlsx", zip(new String[] {"readme.txt"}, new byte[][] {"hello".getBytes()}));
        // A sheet that inflates a thousand times: POI's ZipSecureFile must refuse it, not fill the memory.
        write(dir, "zip-bomb-ratio.xlsx", replaceEntry(good, "xl/worksheets/sheet1.xml", bombSheet(40_000_000)));
        write(dir, "zip-bomb-shared-strings.xlsx", replaceEntry(good, "xl/sharedStrings.xml",
                bombStrings(40_000_000)));
        // A workbook inside a workbook inside a workbook, stored as the sheet.
        byte[] nested = good;
        for (int depth = 0; depth < 6; depth++) {
            nested = replaceEntry(good, "xl/worksheets/sheet1.xml", nested);
        }
        write(dir, "nested-zips.xlsx", nested);
        write(dir, "doctype-entities.xlsx", replaceEntry(good, "xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8)));
        write(dir, "bad-cell-types.xlsx", replaceEntry(good, "xl/worksheets/sheet1.xml", ("<?xml version=\"1.0\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c><c r=\"B1\" t=\"s\"><v>-1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>abc</v></c><c r=\"D1\" t=\"n\" s=\"9999\"><v>x</v></c>"
                + "<c r=\"E1\" t=\"b\"><v>7</v></c><c r=\"F1\" t=\"e\"><v>#REF!</v></c><c r=\"ZZZZZZ1\"><v>1</v></c>"
                + "</row><row r=\"-5\"><c r=\"A0\" t=\"d\"><v>not a date</v></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8)));
        write(dir, "no-workbook.xlsx", removeEntry(good, "xl/workbook.xml"));
    }

    private static void attachments(Path dir) throws IOException {
        Path scratch = Files.createTempDirectory("relance-seeds");
        copy(TestFiles.pdf(scratch, "facture.pdf", 2, "Facture FA-1"), dir);
        copy(TestFiles.encryptedPdf(scratch, "protege.pdf"), dir);
        copy(TestFiles.corruptPdf(scratch, "abime.pdf"), dir);
        copy(TestFiles.png(scratch, "scan.png", 40, 30), dir);
        copy(TestFiles.jpeg(scratch, "photo.jpg", 40, 30), dir);
        copy(TestFiles.eml(scratch, "courriel.eml"), dir);
        copy(TestFiles.docx(scratch, "cgv.docx"), dir);
        copy(TestFiles.zip(scratch, "archive.zip"), dir);
        write(dir, "workbook.xlsx", workbook(false));
        byte[] pdf = Files.readAllBytes(dir.resolve("facture.pdf"));
        write(dir, "pdf-truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        write(dir, "pdf-header-only.pdf", "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        byte[] png = Files.readAllBytes(dir.resolve("scan.png"));
        write(dir, "png-truncated.png", Arrays.copyOf(png, png.length / 2));
        write(dir, "png-giant-dimensions.png", pngHeader(0x7FFFFFFF, 0x7FFFFFFF));
        write(dir, "png-huge-but-plausible.png", pngHeader(60_000, 60_000));
        write(dir, "jpeg-soi-only.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        write(dir, "eml-headers-only.eml", "From: a@b\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        write(dir, "eml-endless-header.eml", ("Subject: " + "x".repeat(200_000) + "\r\n").getBytes(
                StandardCharsets.US_ASCII));
        write(dir, "ole2-header-only.doc", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, new byte[504]));
        write(dir, "zip-bomb.docx", replaceEntry(Files.readAllBytes(dir.resolve("cgv.docx")), "word/document.xml",
                bombSheet(40_000_000)));
        write(dir, "random.bin", TestFilesBytes.random(2048, 3));
    }

    // ---- helpers ----

    static byte[] workbook(boolean datesAndFormulas) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Balance");
            String[] header = CSV_HEADER.split(";");
            XSSFRow first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            XSSFCellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 1; r <= 5; r++) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue("411C" + r);
                row.createCell(1).setCellValue("Client " + r);
                row.createCell(2).setCellValue("FA-" + r);
                if (datesAndFormulas) {
                    row.createCell(3).setCellValue(java.time.LocalDate.of(2026, 9, r));
                    row.getCell(3).setCellStyle(date);
                    row.createCell(4).setCellFormula("D" + (r + 1) + "+30");
                    row.getCell(4).setCellStyle(date);
                    row.createCell(5).setCellValue(100.5 * r);
                    row.createCell(6).setCellFormula("F" + (r + 1));
                } else {
                    row.createCell(3).setCellValue("01/09/2026");
                    row.createCell(4).setCellValue("01/10/2026");
                    row.createCell(5).setCellValue("100,50");
                    row.createCell(6).setCellValue("100,50");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] bombSheet(int bytes) {
        StringBuilder start = new StringBuilder("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats"
                + ".org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        byte[] head = start.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        Arrays.fill(all, head.length, head.length + bytes, (byte) 'A');
        System.arraycopy(tail, 0, all, head.length + bytes, tail.length);
        return all;
    }

    static byte[] bombStrings(int bytes) {
        byte[] head = ("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</t></si></sst>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        Arrays.fill(all, head.length, head.length + bytes, (byte) 'B');
        System.arraycopy(tail, 0, all, head.length + bytes, tail.length);
        return all;
    }

    /** The zip with one entry's bytes replaced (or removed when {@code bytes} is null). */
    static byte[] replaceEntry(byte[] zip, String name, byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = entry.getName().equals(name) ? bytes : in.readAllBytes();
                if (content == null) {
                    continue;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] removeEntry(byte[] zip, String name) throws IOException {
        return replaceEntry(zip, name, null);
    }

    static byte[] zip(String[] names, byte[][] contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A PNG signature and an IHDR chunk (with its CRC) declaring these dimensions, then nothing. */
    static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }

    private static void copy(Path file, Path dir) throws IOException {
        Files.copy(file, dir.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void text(Path dir, String name, String text, Charset charset) throws IOException {
        write(dir, name, text.getBytes(charset));
    }

    private static void write(Path dir, String name, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            out.write(bytes);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Seeded random bytes. */
    static final class TestFilesBytes {
        static byte[] random(int size, long seed) {
            byte[] bytes = new byte[size];
            new java.util.Random(seed).nextBytes(bytes);
            return bytes;
        }
    }
}
