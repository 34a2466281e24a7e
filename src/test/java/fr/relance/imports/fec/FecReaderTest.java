package fr.relance.imports.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import fr.relance.imports.ImportException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FecReaderTest {

    static final String HEADER = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum"
            + "|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise"
            + "|Idevise";

    @TempDir
    Path dir;

    /** A small sales ledger: each case of docs/fec-import.md once. Lines are numbered from 2 (1 is the header). */
    static final List<String> LEDGER = List.of(
            // 2-3: open invoice on a sub-ledger account, with its revenue line (skipped: not 411)
            "VT|Ventes|1|20260105|411000|Clients|C001|Dupont SARL|F001|20260105|Facture F001|1200,00|0,00|||||",
            "VT|Ventes|1|20260105|706000|Prestations|||F001|20260105|Facture F001|0,00|1200,00|||||",
            // 4-5: invoice fully paid and lettered AA: closed, skipped
            "VT|Ventes|2|20260110|411000|Clients|C001|Dupont SARL|F002|20260110|Facture F002|500.00|0|AA|20260201|||",
            "BQ|Banque|3|20260201|411000|Clients|C001|Dupont SARL|VIR1|20260201|Vir Dupont F002|0|500.00|AA|20260201|||",
            // 6-7: partial lettering BB (900 invoice, 400 paid): both stay open
            "VT|Ventes|4|20260112|411000|Clients|C001|Dupont SARL|F003|20260112|Facture F003|900,00|0,00|BB||||",
            "BQ|Banque|5|20260202|411000|Clients|C001|Dupont SARL|CHQ7|20260202|Cheque Dupont|0,00|400,00|BB||||",
            // 8-9: lower-case lettering cc balances yet means partial: both stay open
            "VT|Ventes|6|20260115|411000|Clients|C001|Dupont SARL|F004|20260115|Facture F004|100,00|0,00|cc||||",
            "BQ|Banque|7|20260203|411000|Clients|C001|Dupont SARL|VIR2|20260203|Vir F004|0,00|100,00|cc||||",
            // 10: credit note in the sales journal, on an account without sub-ledger
            "VT|Ventes|8|20260120|411MARTIN|Martin et Fils||||20260118|Avoir sur F010|0,00|150,00|||||",
            // 11: payment in the bank journal
            "BQ|Banque|9|20260205|411MARTIN|Martin et Fils|||REM12|20260205|Remise F010|0,00|300,00|||||",
            // 12: zero line, skipped
            "OD|Divers|10|20260205|411MARTIN|Martin et Fils|||OD1|20260205|Rien|0,00|0,00|||||",
            // 13: invoice in US dollars
            "VT|Ventes|11|20260201|411000|Clients|C002|Acme Inc||20260201|Invoice|920,00|0,00||||1000,00|USD");

    @Test
    void readsOpenItemsAndSkipsSettledOnes() throws IOException {
        RecordingSink sink = read(write(LEDGER, "|", StandardCharsets.UTF_8), new FecReader());

        assertThat(sink.rejected).isEmpty();
        assertThat(sink.entries).extracting(LedgerEntry::lineNumber, LedgerEntry::kind, LedgerEntry::debtorCode,
                        LedgerEntry::debtorName, LedgerEntry::number, LedgerEntry::amount, LedgerEntry::currency)
                .containsExactly(
                        tuple(2, EntryKind.INVOICE, "C001", "Dupont SARL", "F001", new BigDecimal("1200.00"), "EUR"),
                        tuple(6, EntryKind.INVOICE, "C001", "Dupont SARL", "F003", new BigDecimal("900.00"), "EUR"),
                        tuple(7, EntryKind.PAYMENT, "C001", "Dupont SARL", "CHQ7", new BigDecimal("400.00"), "EUR"),
                        tuple(8, EntryKind.INVOICE, "C001", "Dupont SARL", "F004", new BigDecimal("100.00"), "EUR"),
                        tuple(9, EntryKind.PAYMENT, "C001", "Dupont SARL", "VIR2", new BigDecimal("100.00"), "EUR"),
                        tuple(10, EntryKind.CREDIT_NOTE, "411MARTIN", "Martin et Fils", "8", new BigDecimal("150.00"),
                                "EUR"),
                        tuple(11, EntryKind.PAYMENT, "411MARTIN", "Martin et Fils", "REM12",
                                new BigDecimal("300.00"), "EUR"),
                        tuple(13, EntryKind.INVOICE, "C002", "Acme Inc", "11", new BigDecimal("1000.00"), "USD"));
    }

    @Test
    void datesFollowThePieceDateAndTheDefaultTerm() throws IOException {
        List<LedgerEntry> entries = read(write(LEDGER, "|", StandardCharsets.UTF_8), new FecReader(45)).entries;

        LedgerEntry invoice = entries.get(0);
        assertThat(invoice.date()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 2, 19));
        LedgerEntry creditNote = byLine(entries, 10);
        assertThat(creditNote.date()).isEqualTo(LocalDate.of(2026, 1, 18));
        assertThat(creditNote.dueDate()).isEqualTo(creditNote.date());
        assertThat(creditNote.reference()).isEqualTo("Avoir sur F010");
        LedgerEntry payment = byLine(entries, 11);
        assertThat(payment.date()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(payment.dueDate()).isNull();
        assertThat(payment.reference()).isEqualTo("Remise F010 REM12");
    }

    @Test
    void defaultTermIsThirtyDays() throws IOException {
        LedgerEntry invoice = read(write(LEDGER, "|", StandardCharsets.UTF_8), new FecReader()).entries.get(0);

        assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 2, 4));
    }

    @Test
    void tabSeparatedFileWithBomReadsLikeThePipeOne() throws IOException {
        Path pipe = write(LEDGER, "|", StandardCharsets.UTF_8);
        Path tab = dir.resolve("tab.txt");
        Files.write(tab, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Files.readString(pipe).replace('|', '\t').getBytes(StandardCharsets.UTF_8)));

        assertThat(read(tab, new FecReader()).entries).isEqualTo(read(pipe, new FecReader()).entries);
    }

    @Test
    void windows1252AccentsAreDecoded() throws IOException {
        List<String> lines = List.of(
                "VT\tVentes\t1\t20260105\t411000\tClients\tC9\tSociété Générale d'Électricité\tF9\t20260105\tFacture"
                        + "\t10,00\t0,00\t\t\t\t\t");
        Path latin = write(lines, "\t", Charset.forName("windows-1252"));
        Path utf8 = write(lines, "\t", StandardCharsets.UTF_8);

        assertThat(read(latin, new FecReader()).entries).singleElement()
                .extracting(LedgerEntry::debtorName).isEqualTo("Société Générale d'Électricité");
        assertThat(read(utf8, new FecReader()).entries).singleElement()
                .extracting(LedgerEntry::debtorName).isEqualTo("Société Générale d'Électricité");
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 19})
    void aHeaderWithoutEighteenColumnsIsRefused(int columns) throws IOException {
        List<String> names = Arrays.asList(HEADER.split("\\|"));
        String header = columns == 17 ? String.join("|", names.subList(0, 17)) : HEADER + "|DateRglt";
        Path file = dir.resolve("fec.txt");
        Files.writeString(file, header + "\n");

        assertThatThrownBy(() -> read(file, new FecReader()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reasonKey()).isEqualTo("import.error.fecColumns");
                    assertThat(e.reasonArgs()).containsExactly(String.valueOf(columns));
                });
    }

    @Test
    void aHeaderWithUnknownNamesIsRefused() throws IOException {
        Path file = dir.resolve("fec.txt");
        Files.writeString(file, HEADER.replace("PieceRef", "Facture") + "\n");

        assertThatThrownBy(() -> read(file, new FecReader()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reasonKey()).isEqualTo("import.error.fecHeader");
                    assertThat(e.reasonArgs()).containsExactly("Facture");
                });
    }

    @Test
    void headerNamesMatchWhateverTheCase() throws IOException {
        Path file = dir.resolve("fec.txt");
        Files.writeString(file, HEADER.replace("Montantdevise", "MontantDevise").toLowerCase() + "\n"
                + LEDGER.get(0) + "\n");

        assertThat(read(file, new FecReader()).entries).hasSize(1);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");

        assertThatThrownBy(() -> read(file, new FecReader()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("import.error.empty"));
    }

    @Test
    void malformedLinesAreRejectedWithTheirLineAndColumn() throws IOException {
        List<String> lines = List.of(
                LEDGER.get(0),
                "VT|Ventes|2|20261305|411000|Clients|C001|Dupont SARL|F2|20260105|Facture|10,00|0,00|||||",
                "VT|Ventes|3|20260105|411000|Clients|C001|Dupont SARL|F3|20260105|Facture|1 234,00|0,00|||||",
                "",
                "VT|Ventes|4|20260105|411000|Clients|C001|Dupont SARL|F4|20260105|Facture|10,00|0,00",
                "VT|Ventes|5|20260105|411000|Clients|C001|Dupont SARL|F5|2026-01-05|Facture|10,00|0,00|||||",
                LEDGER.get(0).replace("F001", "F006"));
        RecordingSink sink = read(write(lines, "|", StandardCharsets.UTF_8), new FecReader());

        assertThat(sink.rejected).extracting(RejectedLine::lineNumber, RejectedLine::column, RejectedLine::reasonKey,
                        RejectedLine::value)
                .containsExactly(
                        tuple(3, "EcritureDate", "import.reject.badDate", "20261305"),
                        tuple(4, "Debit", "import.reject.badNumber", "1 234,00"),
                        tuple(6, null, "import.reject.columns", null),
                        tuple(7, "PieceDate", "import.reject.badDate", "2026-01-05"));
        assertThat(sink.rejected.get(2).reasonArgs()).containsExactly("18", "13");
        assertThat(sink.entries).extracting(LedgerEntry::lineNumber).containsExactly(2, 8);
    }

    @Test
    void aCreditInAJournalOfMostlyDebitsIsACreditNoteElseAPayment() throws IOException {
        List<String> lines = List.of(
                // VE: two invoices, one credit -> sales journal
                "VE|Ventes|1|20260105|411A|Client A|||F1|20260105|F1|10,00||||||",
                "VE|Ventes|2|20260106|411A|Client A|||F2|20260106|F2|10,00||||||",
                "VE|Ventes|3|20260107|411A|Client A|||AV1|20260107|Avoir|0|5,00|||||",
                // BNP: one returned cheque (debit), two receipts -> bank journal
                "BNP|BNP|4|20260110|411A|Client A|||R1|20260110|Impaye|7,00||||||",
                "BNP|BNP|5|20260111|411A|Client A|||C1|20260111|Cheque|0|7,00|||||",
                "BNP|BNP|6|20260112|411A|Client A|||C2|20260112|Vir F1|0|10,00|||||");

        assertThat(read(write(lines, "|", StandardCharsets.UTF_8), new FecReader()).entries)
                .extracting(LedgerEntry::number, LedgerEntry::kind)
                .containsExactly(tuple("F1", EntryKind.INVOICE), tuple("F2", EntryKind.INVOICE),
                        tuple("AV1", EntryKind.CREDIT_NOTE), tuple("R1", EntryKind.INVOICE),
                        tuple("C1", EntryKind.PAYMENT), tuple("C2", EntryKind.PAYMENT));
    }

    @Test
    void aHundredThousandLinesAreStreamedWithProgressOverBothPasses() throws IOException {
        Path file = dir.resolve("big.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER.replace('|', '\t'));
            out.newLine();
            for (int i = 1; i <= 100_000; i++) {
                out.write("VT\tVentes\t" + i + "\t20260105\t411000\tClients\tC" + (i % 5000) + "\tClient " + (i % 5000)
                        + "\tF" + i + "\t20260105\tFacture\t" + (i % 997 + 1) + ",50\t0,00\t"
                        + (i % 2 == 0 ? "A" + i : "") + "\t\t\t\t");
                out.newLine();
            }
        }
        RecordingSink sink = new RecordingSink();
        sink.keepEntries = false;

        new FecReader().read(file, sink);

        // Even lines carry a lettering code with nothing to balance them: partial, so still open.
        assertThat(sink.accepted).isEqualTo(100_000);
        assertThat(sink.rejected).isEmpty();
        long size = Files.size(file);
        assertThat(sink.progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(2 * size));
        assertThat(sink.progress.get(sink.progress.size() - 1)[0]).isEqualTo(2 * size);
        assertThat(sink.progress).extracting(p -> p[0]).isSorted();
    }

    @Test
    void cancellingStopsTheRead() throws IOException {
        RecordingSink sink = new RecordingSink();
        sink.cancelAfterPolls = 15;

        Path file = write(LEDGER, "|", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new FecReader().read(file, sink)).isInstanceOf(CancellationException.class);
        assertThat(sink.entries.size()).isLessThan(8);
    }

    private static LedgerEntry byLine(List<LedgerEntry> entries, int line) {
        return entries.stream().filter(e -> e.lineNumber() == line).findFirst().orElseThrow();
    }

    private Path write(List<String> lines, String separator, Charset charset) throws IOException {
        String header = HEADER.replace("|", separator);
        String body = lines.stream().map(l -> l.replace("|", separator)).collect(Collectors.joining("\r\n"));
        Path file = Files.createTempFile(dir, "fec", ".txt");
        Files.write(file, (header + "\r\n" + body + "\r\n").getBytes(charset));
        return file;
    }

    private static RecordingSink read(Path file, FecReader reader) {
        RecordingSink sink = new RecordingSink();
        reader.read(file, sink);
        return sink;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
