package fr.relance.documents;

import fr.relance.documents.Faces.FontPair;
import fr.relance.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A page to print at 100 %, fold in three and slip into a window envelope: it draws the window's outline, the
 * address area inside it with a sample address at the real position, the folds, and millimetre rulers along the
 * top and left edges, so the user sees at once whether the address shows and by how much to correct the offsets.
 */
final class CalibrationPage {

    /** A fixed date: the page is the same whenever it is printed. */
    private static final LocalDate FIXED = LocalDate.of(2026, 1, 1);

    private final FontPair fonts;
    private final EnvelopeLayout envelope;

    CalibrationPage(FontPair fonts, EnvelopeLayout envelope) {
        this.fonts = fonts;
        this.envelope = envelope;
    }

    byte[] render(Locale language) {
        LetterTexts texts = new LetterTexts(language);
        Messages messages = texts.messages();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            Faces faces = new Faces(fonts, document);
            PageFlow flow = new PageFlow(document, f -> { });
            flow.newPage();
            flow.foldMarks();
            draw(flow, faces, messages, texts);
            flow.finish((f, page, pages) -> { });
            byte[] id = new LetterDigest().add(envelope.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .add(texts.locale().toLanguageTag().getBytes(java.nio.charset.StandardCharsets.UTF_8)).id();
            PdfA.finish(document, new PdfA.Description(messages.get("pdf.calibration.title"), PdfA.CREATOR, null,
                    texts.locale(), FIXED, id));
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void draw(PageFlow flow, Faces faces, Messages messages, LetterTexts texts) throws IOException {
        float top = PageFlow.PAGE_HEIGHT;
        rulers(flow, faces);
        for (double fold : new double[] {EnvelopeLayout.FIRST_FOLD_MM, EnvelopeLayout.SECOND_FOLD_MM}) {
            float y = top - Mm.pt(fold);
            flow.stream().setLineDashPattern(new float[] {4, 3}, 0);
            flow.line(Mm.pt(12), y, PageFlow.PAGE_WIDTH - Mm.pt(5), y, 0.4f, PageFlow.RULE);
            flow.stream().setLineDashPattern(new float[] {}, 0);
            flow.textRight(faces.regular, 7f, PageFlow.PAGE_WIDTH - Mm.pt(6), y + 3,
                    messages.get("pdf.calibration.fold", texts.integer(Math.round(fold))), PageFlow.GREY);
        }

        float left = Mm.pt(envelope.windowLeftMm());
        float windowTop = top - Mm.pt(envelope.windowTopMm());
        float width = Mm.pt(envelope.windowWidthMm());
        float height = Mm.pt(envelope.windowHeightMm());
        flow.frame(left, windowTop - height, width, height, 1f, PageFlow.BLACK);
        flow.text(faces.bold, 7.5f, left, windowTop + 4, messages.get("pdf.calibration.windowLabel"));

        float addressLeft = Mm.pt(envelope.addressLeftMm());
        float addressTop = top - Mm.pt(envelope.addressTopMm());
        flow.stream().setLineDashPattern(new float[] {1.5f, 1.5f}, 0);
        flow.frame(addressLeft, addressTop - Mm.pt(envelope.addressHeightMm()), Mm.pt(envelope.addressWidthMm()),
                Mm.pt(envelope.addressHeightMm()), 0.4f, PageFlow.RULE);
        flow.stream().setLineDashPattern(new float[] {}, 0);
        List<String> sample = List.of(messages.get("pdf.calibration.sample.name"),
                messages.get("pdf.calibration.sample.line1"), messages.get("pdf.calibration.sample.line2"),
                messages.get("pdf.calibration.sample.line3"));
        float baseline = addressTop - faces.bold.ascent(AddressBlock.SIZE);
        for (AddressBlock.Line line : AddressBlock.lines(sample, fonts, envelope)) {
            flow.text(line.bold() ? faces.bold : faces.regular, AddressBlock.SIZE, addressLeft, baseline, line.text());
            baseline -= AddressBlock.LEADING;
        }

        float y = top - Mm.pt(EnvelopeLayout.FIRST_FOLD_MM + 14);
        flow.text(faces.bold, 13f, PageFlow.LEFT, y, messages.get("pdf.calibration.title"));
        y -= 22;
        for (String paragraph : List.of(messages.get("pdf.calibration.window",
                        mm(texts, envelope.windowWidthMm()), mm(texts, envelope.windowHeightMm()),
                        mm(texts, envelope.windowLeftMm()), mm(texts, envelope.windowTopMm()),
                        mm(texts, EnvelopeLayout.INSET_LEFT_MM), mm(texts, EnvelopeLayout.INSET_TOP_MM)),
                messages.get("pdf.calibration.howto"),
                messages.get("pdf.calibration.adjust"), messages.get("pdf.calibration.scale"))) {
            for (String line : TextLines.wrap(paragraph, fonts.regular(), LetterWriter.BODY_SIZE,
                    PageFlow.TEXT_WIDTH)) {
                flow.text(faces.regular, LetterWriter.BODY_SIZE, PageFlow.LEFT, y, line);
                y -= LetterWriter.BODY_LEADING;
            }
            y -= 6;
        }
        // A 100 mm bar to check the printer did not scale the page.
        y -= Mm.pt(6);
        flow.line(PageFlow.LEFT, y, PageFlow.LEFT + Mm.pt(100), y, 1f, PageFlow.BLACK);
        for (int mm = 0; mm <= 100; mm += 10) {
            flow.line(PageFlow.LEFT + Mm.pt(mm), y, PageFlow.LEFT + Mm.pt(mm), y + (mm % 50 == 0 ? 8 : 4), 0.6f,
                    PageFlow.BLACK);
        }
        flow.text(faces.regular, 7.5f, PageFlow.LEFT + Mm.pt(102), y - 2, messages.get("pdf.calibration.bar"),
                PageFlow.GREY);
    }

    /** Millimetre rulers along the top edge (0-210) and the left edge (0-140), labelled every centimetre. */
    private static void rulers(PageFlow flow, Faces faces) throws IOException {
        float top = PageFlow.PAGE_HEIGHT;
        for (int mm = 0; mm <= 210; mm += 1) {
            float length = mm % 10 == 0 ? Mm.pt(4) : mm % 5 == 0 ? Mm.pt(2.5) : Mm.pt(1.2);
            flow.line(Mm.pt(mm), top, Mm.pt(mm), top - length, 0.3f, PageFlow.BLACK);
            if (mm % 10 == 0 && mm > 0 && mm < 210) {
                flow.textCentred(faces.regular, 6f, Mm.pt(mm), top - Mm.pt(7), String.valueOf(mm), PageFlow.GREY);
            }
        }
        for (int mm = 0; mm <= 140; mm += 1) {
            float length = mm % 10 == 0 ? Mm.pt(4) : mm % 5 == 0 ? Mm.pt(2.5) : Mm.pt(1.2);
            float y = top - Mm.pt(mm);
            flow.line(0, y, length, y, 0.3f, PageFlow.BLACK);
            if (mm % 10 == 0 && mm > 0) {
                flow.text(faces.regular, 6f, Mm.pt(5), y - 2, String.valueOf(mm), PageFlow.GREY);
            }
        }
    }

    private static String mm(LetterTexts texts, double value) {
        return value == Math.rint(value) ? texts.integer(Math.round(value))
                : String.format(texts.locale(), "%.1f", value);
    }
}
