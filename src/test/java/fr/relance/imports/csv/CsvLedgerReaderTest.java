package fr.relance.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import fr.relance.imports.ColumnMapping;
import fr.relance.imports.ImportException;
import fr.relance.imports.LedgerField;
import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvLedgerReaderTest {

    private static final String HEADER = "Code client;Nom;N° facture;Date;Échéance;Montant TTC\n";

    @TempDir
    Path dir;

    private Path write(String text, Charset charset) throws Exception {
        return Files.write(dir.resolve("export.csv"), text.getBytes(charset));
    }

    private RecordingSink read(Path file) throws Exception {
        RecordingSink sink = new RecordingSink();
        CsvLedgerReader.read(file, CsvLedgerReader.header(file).guessed(), sink);
        return sink;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "windows-1252", "ISO-8859-15"})
    void readsAccentsInEachCharset(String charset) throws Exception {
        Path f = write(HEADER + "C001;Société Hélène;F1;23/11/2026;;1 234,56 €\n", Charset.forName(charset));
        RecordingSink sink = read(f);
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.entries).singleElement().satisfies(e -> {
            assertThat(e.debtorName()).isEqualTo("Société Hélène");
            assertThat(e.amount()).isEqualByComparingTo("1234.56");
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2026, 12, 23));
        });
    }

    @Test
    void utf8BomIsNotPartOfTheFirstHeader() throws Exception {
        Path f = write("\uFEFF" + HEADER + "C001;X;F1;23/11/2026;;10\n", StandardCharsets.UTF_8);
        CsvPreview preview = CsvLedgerReader.header(f);
        assertThat(preview.header().get(0)).isEqualTo("Code client");
        assertThat(preview.guessed().missingRequired()).isEmpty();
        assertThat(read(f).entries).hasSize(1);
    }

    @ParameterizedTest(name = "separator [{0}]")
    @ValueSource(strings = {";", ",", "\t", "|"})
    void eachSeparatorWithEnglishAndFrenchNumbers(String sep) throws Exception {
        String text = String.join("\n",
                "Customer code|Customer|Invoice number|Invoice date|Due date|Amount",
                "C1|Dupont|F1|23/11/2026|23/12/2026|\"1,234.56\"",
                "C1|Dupont|F2|2026-11-23|2026-12-23|\"1 234,56\"",
                "C1|Dupont|F3|20261123|20261223|12.50-",
                "C1|Dupont|F4|2026-11-23 00:00:00|2026-12-23T00:00|(7.00)") + "\n";
        RecordingSink sink = read(write(text.replace("|", sep), StandardCharsets.UTF_8));
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.entries).extracting(LedgerEntry::amount).map(Object::toString)
                .containsExactly("1234.56", "1234.56", "12.50", "7.00");
        assertThat(sink.entries).extracting(LedgerEntry::kind).containsExactly(EntryKind.INVOICE, EntryKind.INVOICE,
                EntryKind.CREDIT_NOTE, EntryKind.CREDIT_NOTE);
        assertThat(sink.entries).extracting(LedgerEntry::date).containsOnly(LocalDate.of(2026, 11, 23));
    }

    @Test
    void missingRequiredColumnStopsTheImport() throws Exception {
        Path f = write("Code client;Nom;Date;Montant TTC\nC1;X;23/11/2026;10\n", StandardCharsets.UTF_8);
        ColumnMapping guessed = CsvLedgerReader.header(f).guessed();
        assertThatThrownBy(() -> CsvLedgerReader.read(f, guessed, new RecordingSink()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reasonKey()).isEqualTo("import.error.missingColumns");
                    assertThat(e.reasonArgs()).containsExactly("NUMBER");
                });
    }

    @Test
    void aMappingBeyondTheLastColumnIsMissingToo() throws Exception {
        Path f = write(HEADER + "C1;X;F1;23/11/2026;;10\n", StandardCharsets.UTF_8);
        ColumnMapping tooWide = CsvLedgerReader.header(f).guessed().with(LedgerField.AMOUNT_INCL_VAT, 9);
        assertThatThrownBy(() -> CsvLedgerReader.read(f, tooWide, new RecordingSink()))
                .extracting(e -> ((ImportException) e).reasonArgs()).asList().containsExactly("AMOUNT_INCL_VAT");
    }

    @Test
    void duplicatesNegativesZerosEmptyLinesAndTrailingSeparators() throws Exception {
        String text = "\n\n" + HEADER                                // lines 1-3
                + "C1;X;F1;23/11/2026;;100,00;;\n"                   // 4: trailing separators
                + "\n"                                               // 5
                + ";;;;;;\n"                                         // 6: all blank
                + "C1;X;F1;24/11/2026;;150,00\n"                     // 7: duplicate, other amount
                + "C1;X;F1;23/11/2026;;100,00\n"                     // 8: same line again
                + "C2;Y;AV1;23/11/2026;;-40,00\n"                    // 9: credit note
                + "C2;Y;F2;23/11/2026;;0,00\n";                      // 10: zero
        RecordingSink sink = read(write(text, StandardCharsets.UTF_8));
        assertThat(sink.entries).extracting(LedgerEntry::lineNumber, LedgerEntry::kind, LedgerEntry::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, EntryKind.INVOICE, "F1"),
                        org.assertj.core.groups.Tuple.tuple(9, EntryKind.CREDIT_NOTE, "AV1"));
        assertThat(sink.entries.get(1).amount()).isEqualByComparingTo("40.00");
        assertThat(sink.rejected).extracting(RejectedLine::lineNumber, RejectedLine::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, "import.reject.duplicate"),
                org.assertj.core.groups.Tuple.tuple(8, "import.reject.duplicate"),
                org.assertj.core.groups.Tuple.tuple(10, "import.reject.zeroAmount"));
    }

    @Test
    void quotedFieldsWithSeparatorsAndLineBreaksKeepLineNumbersRight() throws Exception {
        String text = HEADER
                + "C1;\"Dupont; Durand\r\net fils\";F1;23/11/2026;;10\r\n"   // lines 2-3
                + "C1;\"Il a dit \"\"non\"\"\n\n!\";F2;23/11/2026;;x\n"        // lines 4-6, bad amount
                + "C2;Martin;F3;23/11/2026;;30\n";                           // line 7
        RecordingSink sink = read(write(text, StandardCharsets.UTF_8));
        assertThat(sink.entries).extracting(LedgerEntry::lineNumber).containsExactly(2, 7);
        assertThat(sink.entries.get(0).debtorName()).isEqualTo("Dupont; Durand\r\net fils");
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).isEqualTo(4);
            assertThat(r.reasonKey()).isEqualTo("import.reject.badNumber");
        });
    }

    @Test
    void settledDocumentsGoToASettledSink() throws Exception {
        Path f = write("Code client;N° facture;Date;Montant TTC;Reste dû\nC1;F1;23/11/2026;100;0\nC1;F2;23/11/2026;100;40\n",
                StandardCharsets.UTF_8);
        RecordingSink sink = read(f);
        assertThat(sink.settled).singleElement().satisfies(s -> assertThat(s.number()).isEqualTo("F1"));
        assertThat(sink.entries).singleElement().satisfies(e -> assertThat(e.openAmount()).isEqualByComparingTo("40"));
    }

    @Test
    void zeroByteFile() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> CsvLedgerReader.header(f))
                .extracting(e -> ((ImportException) e).reasonKey()).isEqualTo("import.error.empty");
    }

    @Test
    void zipRenamedCsv() throws Exception {
        Path f = dir.resolve("ledger.csv");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("sheet.xml"));
            zip.write("<x/>".repeat(100).getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CsvLedgerReader.read(f, ColumnMapping.empty(), new RecordingSink()))
                .extracting(e -> ((ImportException) e).reasonKey()).isEqualTo("import.error.binary");
    }

    @Test
    void unbalancedQuotesStopTheImportWithTheLine() throws Exception {
        Path f = write(HEADER + "C1;X;F1;23/11/2026;;10\nC1;\"X\"Y;F2;23/11/2026;;10\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(f)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.reasonKey()).isEqualTo("import.error.malformed");
            assertThat(e.reasonArgs()).containsExactly("3");
        });
    }

    @Test
    void mixedEncodingRejectsTheLatinLineOnly() throws Exception {
        Path f = dir.resolve("mixed.csv");
        Files.write(f, (HEADER + "C1;Société;F1;23/11/2026;;10\n").getBytes(StandardCharsets.UTF_8));
        Files.write(f, "C2;Hélène;F2;23/11/2026;;20\n".getBytes(TextFileProbe.WINDOWS_1252),
                java.nio.file.StandardOpenOption.APPEND);
        Files.write(f, "C3;Noël;F3;23/11/2026;;30\n".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);
        RecordingSink sink = read(f);
        assertThat(sink.entries).extracting(LedgerEntry::debtorName).containsExactly("Société", "Noël");
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.lineNumber()).isEqualTo(3);
            assertThat(r.reasonKey()).isEqualTo("import.reject.encoding");
            assertThat(r.column()).isEqualTo("Nom");
        });
    }

    @Test
    void cancellationStopsTheRead() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            text.append("C1;X;F").append(i).append(";23/11/2026;;10\n");
        }
        Path f = write(text.toString(), StandardCharsets.UTF_8);
        RecordingSink sink = new RecordingSink() {
            @Override
            public boolean isCancelled() {
                return entries.size() >= 1_000;
            }
        };
        assertThatThrownBy(() -> CsvLedgerReader.read(f, CsvLedgerReader.header(f).guessed(), sink))
                .isInstanceOf(CancellationException.class);
        assertThat(sink.entries.size()).isBetween(1_000, 1_000 + CsvLedgerReader.CHECK_EVERY);
    }

    @Test
    void previewShowsTheFirstRows() throws Exception {
        StringBuilder text = new StringBuilder("\n" + HEADER);
        for (int i = 0; i < 50; i++) {
            text.append("C1;X;F").append(i).append(";23/11/2026;;10\n\n");
        }
        CsvPreview preview = CsvLedgerReader.header(write(text.toString(), StandardCharsets.UTF_8), 5);
        assertThat(preview.format().separator()).isEqualTo(';');
        assertThat(preview.header()).hasSize(6);
        assertThat(preview.rows()).hasSize(5).first().satisfies(r -> assertThat(r.lineNumber()).isEqualTo(3));
    }

    /** A million lines (about 60 MB) go through with the heap growing by a small part of the file's size. */
    @Test
    @Tag("large")
    void aMillionLinesStreamWithBoundedMemory() throws Exception {
        Path f = dir.resolve("big.csv");
        int lines = 1_000_000;
        try (BufferedWriter out = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (int i = 0; i < lines; i++) {
                out.write("C" + (i % 5000) + ";Société n°" + (i % 5000) + ";F" + i + ";23/11/2026;23/12/2026;"
                        + (i % 9000 + 1) + ",50\n");
            }
        }
        long fileSize = Files.size(f);
        long before = usedHeapAfterGc();
        long[] peak = {0};
        long[] count = {0};
        CsvLedgerReader.read(f, CsvLedgerReader.header(f).guessed(), new fr.relance.imports.ImportSink() {
            @Override
            public void accept(LedgerEntry entry) {
                if (++count[0] % 200_000 == 0) {
                    peak[0] = Math.max(peak[0], usedHeapAfterGc() - before);
                }
            }

            @Override
            public void reject(RejectedLine line) {
                throw new AssertionError(line);
            }
        });
        assertThat(count[0]).isEqualTo(lines);
        assertThat(peak[0]).as("heap growth against a file of %d bytes", fileSize).isLessThan(fileSize / 3);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
