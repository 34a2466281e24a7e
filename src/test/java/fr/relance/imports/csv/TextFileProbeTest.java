package fr.relance.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.imports.ImportException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFileProbeTest {

    private static final String FRENCH = "Code client;Nom;N° facture;Date;Montant TTC\n"
            + "C001;Société Générale d'Électricité;F1;23/11/2026;1 234,56 €\n"
            + "C002;Crème brûlée œuvre;F2;24/11/2026;99,00 €\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithBom() throws Exception {
        Path f = write("a.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                FRENCH.getBytes(StandardCharsets.UTF_8)));
        assertThat(TextFileProbe.probe(f)).isEqualTo(new TextFileFormat(StandardCharsets.UTF_8, 3, ';'));
    }

    @Test
    void utf8WithoutBom() throws Exception {
        Path f = write("a.csv", FRENCH.getBytes(StandardCharsets.UTF_8));
        assertThat(TextFileProbe.probe(f)).isEqualTo(new TextFileFormat(StandardCharsets.UTF_8, 0, ';'));
    }

    @Test
    void windows1252WithAccentsAndEuro() throws Exception {
        Path f = write("a.csv", FRENCH.getBytes(TextFileProbe.WINDOWS_1252));
        assertThat(TextFileProbe.probe(f).charset()).isEqualTo(TextFileProbe.WINDOWS_1252);
    }

    @Test
    void iso885915WhenTheEuroIsA4() throws Exception {
        Path f = write("a.csv", FRENCH.replace("œ", "oe").getBytes(TextFileProbe.ISO_8859_15));
        assertThat(TextFileProbe.probe(f).charset()).isEqualTo(TextFileProbe.ISO_8859_15);
    }

    @Test
    void latinWithoutEuroIsWindows1252() throws Exception {
        Path f = write("a.csv", FRENCH.replace("€", "").replace("œ", "oe").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(TextFileProbe.probe(f).charset()).isEqualTo(TextFileProbe.WINDOWS_1252);
    }

    @Test
    void utf16WithBomIsExcelUnicodeText() throws Exception {
        Path f = write("a.txt", FRENCH.replace(';', '\t').getBytes(StandardCharsets.UTF_16));
        assertThat(TextFileProbe.probe(f)).isEqualTo(new TextFileFormat(StandardCharsets.UTF_16BE, 2, '\t'));
    }

    @Test
    void accentsAfterALongAsciiStartStillChooseTheCharset() throws Exception {
        String ascii = "Code;Nom\n" + "C001;Dupont\n".repeat(10_000);
        Path f = write("a.csv", concat(ascii.getBytes(StandardCharsets.US_ASCII),
                "C002;Hélène\n".getBytes(TextFileProbe.WINDOWS_1252)));
        assertThat(f.toFile().length()).isGreaterThan(TextFileProbe.SAMPLE_BYTES);
        assertThat(TextFileProbe.probe(f).charset()).isEqualTo(TextFileProbe.WINDOWS_1252);
    }

    @Test
    void mostlyUtf8WithALatinLineStaysUtf8() throws Exception {
        Path f = write("a.csv", concat(FRENCH.getBytes(StandardCharsets.UTF_8),
                "C003;Hélène;F3;25/11/2026;1,00\n".getBytes(TextFileProbe.WINDOWS_1252)));
        assertThat(TextFileProbe.probe(f).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "separator [{0}]")
    @ValueSource(strings = {";", ",", "\t", "|"})
    void separator(String separator) throws Exception {
        String text = "Code|Nom|N° facture|Date|Montant\n"
                + "C001|\"Dupont, Durand; et fils | SA\"|F1|23/11/2026|\"1 234,56\"\n"
                + "C002|Martin|F2|23/11/2026|\"12,50\"\n";
        Path f = write("a.csv", text.replace("|", separator).getBytes(StandardCharsets.UTF_8));
        assertThat(TextFileProbe.probe(f).separator()).isEqualTo(separator.charAt(0));
    }

    @Test
    void semicolonFileWithUnquotedDecimalCommas() {
        assertThat(TextFileProbe.guessSeparator("Code;Montant\nC1;12,50\nC2;1 000,00\n", true)).isEqualTo(';');
    }

    @Test
    void zeroBytesIsEmpty() throws Exception {
        Path f = write("a.csv", new byte[0]);
        assertThatThrownBy(() -> TextFileProbe.probe(f)).isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).reasonKey()).isEqualTo("import.error.empty");
    }

    @Test
    void onlyBlanksIsEmpty() throws Exception {
        Path f = write("a.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                " \r\n\t\n   \n".getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> TextFileProbe.probe(f))
                .extracting(e -> ((ImportException) e).reasonKey()).isEqualTo("import.error.empty");
    }

    @Test
    void aPngRenamedCsvIsBinary() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
                1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0};
        Path f = write("image.csv", png);
        assertThatThrownBy(() -> TextFileProbe.probe(f))
                .extracting(e -> ((ImportException) e).reasonKey()).isEqualTo("import.error.binary");
    }

    @Test
    void controlCharactersWithoutNulAreBinaryToo() throws Exception {
        byte[] junk = new byte[1000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 2 == 0 ? 'a' : 0x03);
        }
        Path f = write("a.csv", junk);
        assertThatThrownBy(() -> TextFileProbe.probe(f))
                .extracting(e -> ((ImportException) e).reasonKey()).isEqualTo("import.error.binary");
    }

    @Test
    void charsetsDecodeTheSameText() throws Exception {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, TextFileProbe.WINDOWS_1252}) {
            byte[] bytes = FRENCH.getBytes(charset);
            assertThat(TextFileProbe.decode(bytes, 0, TextFileProbe.charsetOf(bytes))).isEqualTo(FRENCH);
        }
    }
}
