package fr.relance.documents;

import fr.relance.documents.Faces.FontPair;
import fr.relance.domain.Company;
import fr.relance.exports.SafeFile;
import fr.relance.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The deposit list of a batch's registered letters, to hand to the post office with them: A4 landscape, the sender
 * at the top, the date, then one row per letter (recipient, address, reference, tracking number, weight class)
 * and a box for the post office's stamp. The tracking number is blank until it is recorded (the clerk or the
 * controller writes the number of each label); the weight class is left for the counter. PDF/A-2b with the
 * letters' fonts; the same list always gives the same bytes.
 */
public final class DepositList {

    /** One registered letter: the recipient's name, the postal lines under it, the letter's reference. */
    public record Entry(String recipient, List<String> address, String reference, String trackingNumber) {

        public Entry {
            Objects.requireNonNull(recipient, "recipient");
            address = List.copyOf(address);
        }
    }

    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float LEFT = Mm.pt(15);
    private static final float RIGHT = LANDSCAPE.getWidth() - Mm.pt(15);
    private static final float TOP = LANDSCAPE.getHeight() - Mm.pt(15);

    private final FontPair fonts = FontPair.load();

    /**
     * @param language the language of the list (the controller's)
     * @throws IllegalArgumentException when there is no letter to list
     */
    public synchronized byte[] render(Company sender, LocalDate date, List<Entry> entries, Locale language) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A deposit list lists at least one registered letter");
        }
        LetterTexts texts = new LetterTexts(language);
        Messages messages = texts.messages();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            Faces faces = new Faces(fonts, document);
            String title = messages.get("pdf.deposit.title");
            PageFlow flow = new PageFlow(document, f -> continuation(f, faces, title, sender, texts, date),
                    LANDSCAPE, TOP - 24);
            flow.newPage();
            header(flow, faces, messages, texts, sender, date, entries.size());
            Table table = new Table(faces, LEFT, columns(messages), messages.get("pdf.deposit.continued"));
            List<Table.Row> rows = new ArrayList<>();
            int n = 0;
            for (Entry entry : entries) {
                n++;
                rows.add(Table.Row.of(texts.integer(n), clean(entry.recipient()),
                        clean(String.join(", ", entry.address())), clean(entry.reference()),
                        clean(entry.trackingNumber()), ""));
            }
            table.draw(flow, rows, List.of(Table.Row.closing(messages.get("pdf.deposit.total"),
                    texts.integer(entries.size()), true, false)));
            stampBox(flow, faces, messages);
            flow.finish((f, page, pages) -> f.textRight(faces.regular, 7.5f, RIGHT, Mm.pt(10),
                    messages.get("pdf.deposit.page", page, pages), PageFlow.GREY));
            PdfA.finish(document, new PdfA.Description(title + " – " + texts.date(date),
                    clean(sender.legalName()), null, texts.locale(), date, id(sender, date, entries)));
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the list; a failure leaves neither half a file nor a damaged previous one ({@link SafeFile}). */
    public void write(Company sender, LocalDate date, List<Entry> entries, Locale language, Path target) {
        byte[] pdf = render(sender, date, entries, language);
        SafeFile.write(target, out -> out.write(pdf));
    }

    private static List<Table.Column> columns(Messages messages) {
        return List.of(
                new Table.Column(messages.get("pdf.deposit.column.number"), 28, Table.Align.RIGHT),
                new Table.Column(messages.get("pdf.deposit.column.recipient"), 170, Table.Align.LEFT),
                new Table.Column(messages.get("pdf.deposit.column.address"), 245, Table.Align.LEFT),
                new Table.Column(messages.get("pdf.deposit.column.reference"), 85, Table.Align.LEFT),
                new Table.Column(messages.get("pdf.deposit.column.tracking"), 130, Table.Align.LEFT),
                new Table.Column(messages.get("pdf.deposit.column.weight"), RIGHT - LEFT - 658, Table.Align.LEFT));
    }

    private void header(PageFlow flow, Faces faces, Messages messages, LetterTexts texts, Company sender,
                        LocalDate date, int count) throws IOException {
        float y = TOP - faces.bold.ascent(11);
        flow.text(faces.bold, 11, LEFT, y, clean(sender.legalName()));
        float lineY = y;
        for (String line : senderLines(sender)) {
            lineY -= 12;
            flow.text(faces.regular, 9, LEFT, lineY, line);
        }
        flow.textRight(faces.bold, 14, RIGHT, y, messages.get("pdf.deposit.title"), PageFlow.BLACK);
        flow.textRight(faces.regular, 9.5f, RIGHT, y - 16, messages.get("pdf.deposit.subtitle"), PageFlow.GREY);
        flow.textRight(faces.regular, 9.5f, RIGHT, y - 30,
                messages.get("pdf.deposit.date", texts.longDate(date)), PageFlow.BLACK);
        flow.textRight(faces.regular, 9.5f, RIGHT, y - 44, messages.get("pdf.deposit.count", count),
                PageFlow.BLACK);
        flow.moveTo(Math.min(lineY, y - 44) - 18);
    }

    private static void continuation(PageFlow flow, Faces faces, String title, Company sender, LetterTexts texts,
                                     LocalDate date) {
        try {
            flow.text(faces.regular, 8, LEFT, TOP - 8,
                    clean(sender.legalName()) + " – " + title + " – " + texts.date(date), PageFlow.GREY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Cachet du bureau de poste" and the signature of the person depositing, kept together after the table. */
    private static void stampBox(PageFlow flow, Faces faces, Messages messages) throws IOException {
        float height = Mm.pt(32);
        flow.down(14);
        if (!flow.fits(height + 4)) {
            flow.newPage();
        }
        float width = Mm.pt(80);
        float bottom = flow.y() - height;
        flow.frame(RIGHT - width, bottom, width, height, 0.6f, PageFlow.RULE);
        flow.text(faces.regular, 8, RIGHT - width + 6, flow.y() - 12, messages.get("pdf.deposit.stamp"),
                PageFlow.GREY);
        flow.frame(LEFT, bottom, width, height, 0.6f, PageFlow.RULE);
        flow.text(faces.regular, 8, LEFT + 6, flow.y() - 12, messages.get("pdf.deposit.signature"), PageFlow.GREY);
        flow.down(height);
    }

    private static List<String> senderLines(Company sender) {
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {sender.street(), sender.addressExtra(),
                join(sender.postcode(), sender.city() == null ? null : sender.city().toUpperCase(Locale.FRANCE)),
                sender.siren() == null ? null : "SIREN " + sender.siren(), sender.phone()}) {
            if (line != null && !line.isBlank()) {
                lines.add(clean(line));
            }
        }
        return lines;
    }

    private static String join(String a, String b) {
        String text = ((a == null ? "" : a.strip()) + " " + (b == null ? "" : b.strip())).strip();
        return text.isEmpty() ? null : text;
    }

    private static String clean(String text) {
        return text == null ? "" : TextLines.clean(text).strip();
    }

    /** The list's document ID: a fingerprint of what it prints. */
    private static byte[] id(Company sender, LocalDate date, List<Entry> entries) {
        LetterDigest digest = new LetterDigest();
        StringBuilder text = new StringBuilder(String.valueOf(sender.legalName())).append('\n').append(date);
        for (Entry entry : entries) {
            text.append('\n').append(entry.recipient()).append('|').append(String.join("|", entry.address()))
                    .append('|').append(entry.reference()).append('|').append(entry.trackingNumber());
        }
        return digest.add(text.toString().getBytes(StandardCharsets.UTF_8)).id();
    }
}
