package fr.relance.documents;

import fr.relance.documents.Faces.Face;
import fr.relance.documents.Table.Align;
import fr.relance.documents.Table.Column;
import fr.relance.documents.Table.Row;
import fr.relance.domain.Company;
import fr.relance.domain.PenaltySlice;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.letters.LetterBlock;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterInvoiceLine;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.PenaltyStatement;
import fr.relance.text.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays one letter out on A4 pages of a document, as a careful French credit controller would send it: letterhead,
 * the address where the DL window shows it, place and date, subject and reference, the body with its tables,
 * payment instructions, signature, the legal mentions at the foot of the last page, the creditor's legal identity
 * and "Page 1/2" on every page, fold marks on the first. Assumes {@link LetterChecks} found nothing blocking.
 */
final class LetterWriter {

    static final float BODY_SIZE = 10f;
    static final float BODY_LEADING = 13.5f;
    private static final float PARAGRAPH_GAP = 6f;
    private static final float SMALL_SIZE = 8.5f;
    private static final float SMALL_LEADING = 10.5f;
    private static final float FOOT_SIZE = 7f;
    private static final float FOOT_LEADING = 8.6f;

    /** The letters that ask the debtor for a sum, and so state it in the payment instructions. */
    private static final Set<LetterKind> ASKING_FOR_MONEY = EnumSet.of(LetterKind.FIRST_REMINDER,
            LetterKind.SECOND_REMINDER, LetterKind.FORMAL_NOTICE, LetterKind.STATEMENT);

    private final Faces faces;
    private final EnvelopeLayout envelope;
    private final LogoImages.Embedder logos;
    private final PDDocument document;

    LetterWriter(PDDocument document, Faces faces, EnvelopeLayout envelope, LogoImages.Embedder logos) {
        this.document = document;
        this.faces = faces;
        this.envelope = envelope;
        this.logos = logos;
    }

    /** Adds the letter's pages to the document; returns how many. */
    int write(LetterContent letter) throws IOException {
        LetterTexts texts = new LetterTexts(letter.language());
        Company sender = letter.sender();
        PageFlow flow = new PageFlow(document, f -> continuationHeader(f, letter, texts));
        flow.newPage();
        flow.foldMarks();
        letterhead(flow, sender, texts);
        if (letter.registered()) {
            registeredMention(flow, texts);
        }
        float addressBottom = address(flow, letter.recipient());
        placeDateSubject(flow, letter, texts, addressBottom);

        List<LetterBlock> body = withoutRepeatedSignatory(letter.body(), sender);
        for (int i = 0; i < body.size(); i++) {
            LetterBlock block = body.get(i);
            if (block instanceof LetterBlock.Paragraph paragraph) {
                if (i == body.size() - 1) {
                    // The closing formula stays with the signature: never a signature alone on the last page.
                    float closing = TextLines.wrap(paragraph.text(), faces.regular.metrics(), BODY_SIZE,
                            PageFlow.TEXT_WIDTH).size() * BODY_LEADING + PARAGRAPH_GAP;
                    float together = closing + Mm.pt(2) + signatureHeight(sender, texts);
                    if (together < PageFlow.CONTINUATION_TOP - PageFlow.BOTTOM) {
                        flow.ensure(together);
                    }
                }
                paragraph(flow, paragraph.text());
            } else if (block instanceof LetterBlock.InvoiceTable) {
                invoiceTable(flow, letter.invoices(), texts);
            } else if (block instanceof LetterBlock.PenaltyTable) {
                penaltyTable(flow, letter, texts);
            } else if (block instanceof LetterBlock.InstalmentTable) {
                instalmentTable(flow, letter.instalments(), texts);
            }
        }
        signature(flow, sender, texts);
        paymentInstructions(flow, letter, texts);
        legalMentions(flow, letter.legalMentions());
        List<String> identity = identityLines(sender, texts);
        flow.finish((f, page, pages) -> footer(f, page, pages, identity, texts));
        return flow.pageCount();
    }

    // First page.

    private void letterhead(PageFlow flow, Company sender, LetterTexts texts) throws IOException {
        float top = PageFlow.PAGE_HEIGHT - Mm.pt(12);
        float senderTop;
        PDImageXObject logo = sender.logo() == null || sender.logo().length == 0 ? null : logos.embed(sender.logo());
        List<Line> lines = new ArrayList<>();
        if (logo != null) {
            float boxWidth = Mm.pt(LogoImages.BOX_WIDTH_MM);
            float boxHeight = Mm.pt(LogoImages.BOX_HEIGHT_MM);
            float scale = Math.min(boxWidth / logo.getWidth(), boxHeight / logo.getHeight());
            float width = logo.getWidth() * scale;
            float height = logo.getHeight() * scale;
            flow.stream().drawImage(logo, PageFlow.LEFT, top - height, width, height);
            senderTop = top - boxHeight - Mm.pt(4);
            lines.add(new Line(faces.bold, 9f, sender.legalName()));
        } else {
            float size = 15f;
            for (String part : TextLines.wrap(sender.legalName(), faces.bold.metrics(), size, Mm.pt(75))) {
                flow.text(faces.bold, size, PageFlow.LEFT, top - faces.bold.ascent(size), part);
                top -= size * 1.2f;
            }
            senderTop = top - Mm.pt(2);
        }
        addIfPresent(lines, sender.street());
        addIfPresent(lines, sender.addressExtra());
        addIfPresent(lines, (clean(sender.postcode()) + " " + clean(sender.city())).strip());
        if (!LetterChecks.blank(sender.phone())) {
            lines.add(new Line(faces.regular, SMALL_SIZE, texts.messages().get("pdf.sender.phone",
                    clean(sender.phone()))));
        }
        addIfPresent(lines, sender.email());
        float y = senderTop;
        for (Line line : lines) {
            for (String part : TextLines.wrap(line.text(), line.face().metrics(), line.size(), Mm.pt(75))) {
                flow.text(line.face(), line.size(), PageFlow.LEFT, y - line.face().ascent(line.size()), part,
                        PageFlow.GREY);
                y -= SMALL_LEADING;
            }
        }
    }

    private void addIfPresent(List<Line> lines, String text) {
        if (!LetterChecks.blank(text)) {
            lines.add(new Line(faces.regular, SMALL_SIZE, clean(text)));
        }
    }

    /** Boxed, in the left column beside the address: what the post office and the debtor see first. */
    private void registeredMention(PageFlow flow, LetterTexts texts) throws IOException {
        float size = 9.5f;
        float leading = 12f;
        List<String> lines = TextLines.wrap(texts.messages().get("pdf.registered"), faces.bold.metrics(), size,
                Mm.pt(70));
        float top = PageFlow.PAGE_HEIGHT - Mm.pt(envelope.addressTopMm() + 16);
        float padding = Mm.pt(2.5);
        float width = 0;
        for (String line : lines) {
            width = Math.max(width, faces.bold.width(line, size));
        }
        float height = lines.size() * leading + 2 * padding - (leading - size);
        flow.frame(PageFlow.LEFT, top - height, width + 2 * padding, height, 0.8f, PageFlow.BLACK);
        float baseline = top - padding - faces.bold.ascent(size) + 1f;
        for (String line : lines) {
            flow.text(faces.bold, size, PageFlow.LEFT + padding, baseline, line);
            baseline -= leading;
        }
    }

    /** The address block at the window's position; returns the lowest point it reaches. */
    private float address(PageFlow flow, List<String> recipient) throws IOException {
        List<String> lines = recipient.stream().filter(line -> !LetterChecks.blank(line)).toList();
        float x = Mm.pt(envelope.addressLeftMm());
        float top = PageFlow.PAGE_HEIGHT - Mm.pt(envelope.addressTopMm());
        float baseline = top - faces.bold.ascent(AddressBlock.SIZE);
        for (AddressBlock.Line line : AddressBlock.lines(lines, faces.regularAndBold(), envelope)) {
            flow.text(line.bold() ? faces.bold : faces.regular, AddressBlock.SIZE, x, baseline, line.text());
            baseline -= AddressBlock.LEADING;
        }
        return baseline + AddressBlock.LEADING - faces.regular.metrics().descent(AddressBlock.SIZE);
    }

    private void placeDateSubject(PageFlow flow, LetterContent letter, LetterTexts texts, float addressBottom)
            throws IOException {
        Messages messages = texts.messages();
        float windowBottom = PageFlow.PAGE_HEIGHT - Mm.pt(envelope.windowTopMm() + envelope.windowHeightMm());
        float y = Math.min(Math.min(windowBottom, addressBottom) - Mm.pt(8), PageFlow.PAGE_HEIGHT - Mm.pt(100));
        String date = texts.longDate(letter.date());
        String placeAndDate = LetterChecks.blank(letter.place())
                ? messages.get("pdf.date", date)
                : messages.get("pdf.placeDate", clean(letter.place()).strip(), date);
        flow.text(faces.regular, BODY_SIZE, Mm.pt(envelope.addressLeftMm()), y - faces.regular.ascent(BODY_SIZE),
                placeAndDate);
        y -= Mm.pt(12);
        if (!LetterChecks.blank(letter.subject())) {
            y = labelled(flow, y, messages.get("pdf.subject"), letter.subject(), faces.bold);
        }
        if (!LetterChecks.blank(letter.reference())) {
            y = labelled(flow, y, messages.get("pdf.reference"), letter.reference(), faces.regular);
        }
        flow.moveTo(y - Mm.pt(7));
    }

    /** "Objet : ..." with the text wrapped under itself, not under the label. */
    private float labelled(PageFlow flow, float y, String label, String text, Face face) throws IOException {
        float labelWidth = faces.bold.width(label + " ", BODY_SIZE);
        float baseline = y - face.ascent(BODY_SIZE);
        flow.text(faces.bold, BODY_SIZE, PageFlow.LEFT, baseline, label);
        for (String line : TextLines.wrap(text, face.metrics(), BODY_SIZE, PageFlow.TEXT_WIDTH - labelWidth)) {
            flow.text(face, BODY_SIZE, PageFlow.LEFT + labelWidth, baseline, line);
            baseline -= BODY_LEADING;
            y -= BODY_LEADING;
        }
        return y;
    }

    // Body.

    /** A paragraph, never leaving a single line at the foot of a page or alone at the top of the next. */
    private void paragraph(PageFlow flow, String text) throws IOException {
        List<String> lines = TextLines.wrap(text, faces.regular.metrics(), BODY_SIZE, PageFlow.TEXT_WIDTH);
        int next = 0;
        while (next < lines.size()) {
            int room = (int) Math.floor((flow.y() - PageFlow.BOTTOM) / BODY_LEADING);
            int left = lines.size() - next;
            int take;
            if (left <= room) {
                take = left;
            } else if (room >= 2 && left - room >= 2) {
                take = room;
            } else if (room >= 3 && left >= 4) {
                take = left - 2;
            } else {
                flow.newPage();
                continue;
            }
            for (String line : lines.subList(next, next + take)) {
                flow.text(faces.regular, BODY_SIZE, PageFlow.LEFT, flow.y() - faces.regular.ascent(BODY_SIZE), line);
                flow.down(BODY_LEADING);
            }
            next += take;
        }
        flow.down(PARAGRAPH_GAP);
    }

    private void invoiceTable(PageFlow flow, List<LetterInvoiceLine> invoices, LetterTexts texts)
            throws IOException {
        Messages messages = texts.messages();
        Table table = new Table(faces, PageFlow.LEFT, List.of(
                new Column(messages.get("pdf.invoices.number"), Mm.pt(36), Align.LEFT),
                new Column(messages.get("pdf.invoices.issued"), Mm.pt(22), Align.CENTRE),
                new Column(messages.get("pdf.invoices.due"), Mm.pt(22), Align.CENTRE),
                new Column(messages.get("pdf.invoices.amount"), Mm.pt(31), Align.RIGHT),
                new Column(messages.get("pdf.invoices.paid"), Mm.pt(28), Align.RIGHT),
                new Column(messages.get("pdf.invoices.balance"), Mm.pt(31), Align.RIGHT)),
                messages.get("pdf.invoices.continued"));
        List<Row> rows = new ArrayList<>();
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal balance = BigDecimal.ZERO;
        for (LetterInvoiceLine line : invoices) {
            BigDecimal linePaid = LetterChecks.orZero(line.paid());
            rows.add(Row.of(clean(line.number()), texts.date(line.issueDate()), texts.date(line.dueDate()),
                    texts.money(line.amount()), texts.money(linePaid), texts.money(line.balance())));
            amount = amount.add(line.amount());
            paid = paid.add(linePaid);
            balance = balance.add(line.balance());
        }
        List<Row> closing = List.of(new Row(List.of(messages.get("pdf.invoices.total",
                invoices.size()), "", "", texts.money(amount), texts.money(paid),
                texts.money(balance)), true, false, true));
        flow.down(2);
        table.draw(flow, rows, closing);
        flow.down(PARAGRAPH_GAP + 4);
    }

    private void penaltyTable(PageFlow flow, LetterContent letter, LetterTexts texts) throws IOException {
        Messages messages = texts.messages();
        PenaltyStatement penalties = letter.penalties();
        Table table = new Table(faces, PageFlow.LEFT, List.of(
                new Column(messages.get("pdf.penalties.invoice"), Mm.pt(28), Align.LEFT),
                new Column(messages.get("pdf.penalties.period"), Mm.pt(47), Align.LEFT),
                new Column(messages.get("pdf.penalties.days"), Mm.pt(13), Align.RIGHT),
                new Column(messages.get("pdf.penalties.rate"), Mm.pt(22), Align.RIGHT),
                new Column(messages.get("pdf.penalties.base"), Mm.pt(29), Align.RIGHT),
                new Column(messages.get("pdf.penalties.amount"), Mm.pt(31), Align.RIGHT)),
                messages.get("pdf.penalties.continued"));
        List<Row> rows = new ArrayList<>();
        for (PenaltyStatement.Line line : penalties.lines()) {
            PenaltySlice slice = line.slice();
            rows.add(Row.of(clean(line.invoiceNumber()),
                    messages.get("pdf.penalties.periodValue", texts.date(slice.from()), texts.date(slice.to())),
                    texts.integer(slice.days()), texts.percent(slice.rate()), texts.money(slice.base()),
                    texts.money(slice.amount())));
        }
        List<Row> closing = new ArrayList<>();
        closing.add(Row.closing(messages.get("pdf.penalties.total"),
                texts.money(LetterChecks.orZero(penalties.penalties())), false, false));
        if (penalties.indemnityCount() > 0) {
            closing.add(Row.closing(messages.get("pdf.penalties.indemnities", texts.integer(penalties.indemnityCount()),
                    texts.money(fr.relance.domain.LatePenaltyCalculator.RECOVERY_INDEMNITY)),
                    texts.money(penalties.indemnities()), false, false));
        }
        closing.add(Row.closing(messages.get("pdf.penalties.principal"),
                texts.money(LetterChecks.orZero(penalties.principal())), false, false));
        closing.add(Row.closing(messages.get("pdf.penalties.claimed"),
                texts.money(LetterChecks.orZero(penalties.totalClaimed())), true, true));
        if (letter.paymentDeadline() != null) {
            closing.add(Row.closing(messages.get("pdf.penalties.deadline"), texts.date(letter.paymentDeadline()),
                    true, false));
        }
        flow.down(2);
        table.draw(flow, rows, closing);
        flow.down(PARAGRAPH_GAP + 4);
    }

    private void instalmentTable(PageFlow flow, List<Instalment> instalments, LetterTexts texts)
            throws IOException {
        Messages messages = texts.messages();
        Table table = new Table(faces, PageFlow.LEFT, List.of(
                new Column(messages.get("pdf.instalments.number"), Mm.pt(16), Align.CENTRE),
                new Column(messages.get("pdf.instalments.due"), Mm.pt(40), Align.CENTRE),
                new Column(messages.get("pdf.instalments.amount"), Mm.pt(36), Align.RIGHT)),
                messages.get("pdf.instalments.continued"));
        List<Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            rows.add(Row.of(texts.integer(i + 1), texts.date(instalment.dueDate()), texts.money(instalment.amount())));
            total = total.add(instalment.amount());
        }
        flow.down(2);
        table.draw(flow, rows, List.of(Row.closing(messages.get("pdf.instalments.total"), texts.money(total),
                true, true)));
        flow.down(PARAGRAPH_GAP + 4);
    }

    /** Where and how to pay: beneficiary, IBAN, BIC, the reference to quote, and the sum when the letter asks one. */
    private void paymentInstructions(PageFlow flow, LetterContent letter, LetterTexts texts) throws IOException {
        Company sender = letter.sender();
        if (LetterChecks.blank(sender.iban()) || letter.kind() == LetterKind.AGENCY_HANDOVER) {
            return;
        }
        Messages messages = texts.messages();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {messages.get("pdf.payment.beneficiary"), clean(sender.legalName())});
        rows.add(new String[] {messages.get("pdf.payment.iban"), groupedIban(sender.iban())});
        if (!LetterChecks.blank(sender.bic())) {
            rows.add(new String[] {messages.get("pdf.payment.bic"), clean(sender.bic()).strip().toUpperCase(Locale.ROOT)});
        }
        if (!LetterChecks.blank(letter.reference())) {
            rows.add(new String[] {messages.get("pdf.payment.reference"), clean(letter.reference())});
        }
        BigDecimal due = amountDue(letter);
        if (due != null) {
            rows.add(new String[] {messages.get("pdf.payment.amount"), texts.money(due)});
        }
        boolean deadlineInTable = letter.penalties() != null
                && letter.body().stream().anyMatch(LetterBlock.PenaltyTable.class::isInstance);
        if (letter.paymentDeadline() != null && !deadlineInTable) {
            rows.add(new String[] {messages.get("pdf.payment.deadline"), texts.longDate(letter.paymentDeadline())});
        }
        float size = 9f;
        float leading = 11.5f;
        float padding = Mm.pt(2.5);
        float labelWidth = Mm.pt(48);
        float height = 2 * padding + leading * (rows.size() + 1) + 2;
        flow.down(Mm.pt(6));
        flow.ensure(height);
        float top = flow.y();
        flow.frame(PageFlow.LEFT, top - height, PageFlow.TEXT_WIDTH, height, 0.6f, PageFlow.RULE);
        float baseline = top - padding - faces.bold.ascent(size) + 1;
        flow.text(faces.bold, size, PageFlow.LEFT + padding, baseline, messages.get("pdf.payment.title"));
        baseline -= leading + 2;
        for (String[] row : rows) {
            flow.text(faces.regular, size, PageFlow.LEFT + padding, baseline, row[0], PageFlow.GREY);
            flow.text(faces.bold, size, PageFlow.LEFT + padding + labelWidth, baseline, row[1]);
            baseline -= leading;
        }
        flow.moveTo(top - height);
        flow.down(PARAGRAPH_GAP + 6);
    }

    private static BigDecimal amountDue(LetterContent letter) {
        if (!ASKING_FOR_MONEY.contains(letter.kind())) {
            return null;
        }
        if (letter.penalties() != null) {
            return letter.penalties().totalClaimed();
        }
        if (letter.invoices().isEmpty()) {
            return null;
        }
        BigDecimal balance = letter.invoices().stream().map(LetterInvoiceLine::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return balance.signum() > 0 ? balance : null;
    }

    static String groupedIban(String iban) {
        String compact = iban.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(compact, i, Math.min(compact.length(), i + 4));
        }
        return grouped.toString();
    }

    /**
     * The body without a last paragraph that only names the signatory (the shipped templates end with
     * "{{signataire.nom}} / {{signataire.fonction}}"): the signature block below already prints them, and the letter
     * showed the name and title twice. The closing formula then stays with the signature, as intended.
     */
    static List<LetterBlock> withoutRepeatedSignatory(List<LetterBlock> body, Company sender) {
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof LetterBlock.Paragraph last)) {
            return body;
        }
        java.util.Set<String> signatory = new java.util.HashSet<>();
        for (String line : new String[] {sender.signatoryName(), sender.signatoryTitle()}) {
            if (!LetterChecks.blank(line)) {
                signatory.add(line.strip());
            }
        }
        List<String> lines = last.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (signatory.isEmpty() || lines.isEmpty() || !signatory.containsAll(lines)) {
            return body;
        }
        return body.subList(0, body.size() - 1);
    }

    private static final float SIGNATURE_ROOM = Mm.pt(16);

    /** "Pour ACME Industrie," the signatory's title, room to sign, the name; right column, kept together. */
    private void signature(PageFlow flow, Company sender, LetterTexts texts) throws IOException {
        float x = Mm.pt(envelope.addressLeftMm());
        List<String> above = signatureLines(sender, texts);
        boolean named = !LetterChecks.blank(sender.signatoryName());
        flow.down(Mm.pt(2));
        flow.ensure(signatureHeight(sender, texts));
        for (String line : above) {
            flow.text(faces.regular, BODY_SIZE, x, flow.y() - faces.regular.ascent(BODY_SIZE), line);
            flow.down(BODY_LEADING);
        }
        flow.down(SIGNATURE_ROOM);
        if (named) {
            flow.text(faces.bold, BODY_SIZE, x, flow.y() - faces.bold.ascent(BODY_SIZE),
                    clean(sender.signatoryName()).strip());
            flow.down(BODY_LEADING);
        }
    }

    private List<String> signatureLines(Company sender, LetterTexts texts) {
        float width = PageFlow.RIGHT - Mm.pt(envelope.addressLeftMm());
        List<String> above = new ArrayList<>(TextLines.wrap(texts.messages().get("pdf.signature.for",
                clean(sender.legalName()).strip()), faces.regular.metrics(), BODY_SIZE, width));
        if (!LetterChecks.blank(sender.signatoryTitle())) {
            above.addAll(TextLines.wrap(sender.signatoryTitle(), faces.regular.metrics(), BODY_SIZE, width));
        }
        return above;
    }

    private float signatureHeight(Company sender, LetterTexts texts) {
        return signatureLines(sender, texts).size() * BODY_LEADING + SIGNATURE_ROOM
                + (LetterChecks.blank(sender.signatoryName()) ? 0 : BODY_LEADING);
    }

    /** The small print, anchored at the foot of the last page's body (a new page only when it does not fit). */
    private void legalMentions(PageFlow flow, List<String> mentions) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String mention : mentions) {
            if (!LetterChecks.blank(mention)) {
                lines.addAll(TextLines.wrap(mention, faces.regular.metrics(), FOOT_SIZE, PageFlow.TEXT_WIDTH));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        // The small print may go a little lower than the body, down to just above the page number.
        float height = lines.size() * FOOT_LEADING;
        float bottom = Mm.pt(23);
        if (flow.y() - Mm.pt(3) - height < bottom) {
            flow.newPage();
        }
        float baseline = bottom + height - faces.regular.ascent(FOOT_SIZE);
        for (String line : lines) {
            flow.text(faces.regular, FOOT_SIZE, PageFlow.LEFT, baseline, line, PageFlow.GREY);
            baseline -= FOOT_LEADING;
        }
        flow.moveTo(PageFlow.BOTTOM);
    }

    // Every page.

    private void continuationHeader(PageFlow flow, LetterContent letter, LetterTexts texts) {
        try {
            float baseline = PageFlow.PAGE_HEIGHT - Mm.pt(13);
            String name = clean(letter.sender().legalName()).strip();
            flow.text(faces.bold, SMALL_SIZE, PageFlow.LEFT, baseline, name);
            String debtor = letter.recipient().isEmpty() ? "" : clean(letter.recipient().get(0)).strip();
            String reference = LetterChecks.blank(letter.reference()) ? "" : clean(letter.reference()).strip();
            float room = PageFlow.TEXT_WIDTH - faces.bold.width(name, SMALL_SIZE) - Mm.pt(10);
            String date = texts.date(letter.date());
            String right = continuation(texts, debtor, reference, date);
            String cut = debtor;
            while (faces.regular.width(right, SMALL_SIZE) > room && cut.length() > 8) {
                cut = cut.substring(0, cut.length() - 1).strip();
                right = continuation(texts, cut + "\u2026", reference, date);
            }
            flow.textRight(faces.regular, SMALL_SIZE, PageFlow.RIGHT, baseline, right, PageFlow.GREY);
            float rule = PageFlow.PAGE_HEIGHT - Mm.pt(15.5);
            flow.line(PageFlow.LEFT, rule, PageFlow.RIGHT, rule, 0.3f, PageFlow.LIGHT_RULE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String continuation(LetterTexts texts, String debtor, String reference, String date) {
        return reference.isEmpty() ? texts.messages().get("pdf.continuation.noReference", debtor, date)
                : texts.messages().get("pdf.continuation", debtor, reference, date);
    }

    private void footer(PageFlow flow, int page, int pages, List<String> identity, LetterTexts texts)
            throws IOException {
        flow.textRight(faces.regular, 8f, PageFlow.RIGHT, Mm.pt(19.5), texts.messages().get("pdf.page", page, pages),
                PageFlow.GREY);
        flow.line(PageFlow.LEFT, Mm.pt(16.5), PageFlow.RIGHT, Mm.pt(16.5), 0.3f, PageFlow.LIGHT_RULE);
        float baseline = Mm.pt(12.5);
        for (String line : identity) {
            flow.textCentred(faces.regular, FOOT_SIZE, PageFlow.LEFT + PageFlow.TEXT_WIDTH / 2, baseline, line,
                    PageFlow.GREY);
            baseline -= FOOT_LEADING;
        }
    }

    /** "ACME Industrie, SAS au capital de 50 000 € – RCS Lyon 123 456 789 – TVA intracommunautaire FR…". */
    private List<String> identityLines(Company sender, LetterTexts texts) {
        Messages messages = texts.messages();
        List<String> parts = new ArrayList<>();
        String name = clean(sender.legalName()).strip();
        String form = clean(sender.legalForm()).strip();
        if (!form.isEmpty() && sender.shareCapital() != null) {
            name += ", " + messages.get("pdf.identity.capital", form, texts.capital(sender.shareCapital()));
        } else if (!form.isEmpty()) {
            name += ", " + form;
        }
        parts.add(name);
        String siren = sender.siren() == null ? "" : sender.siren().replaceAll("\\s", "");
        if (!siren.isEmpty()) {
            String grouped = siren.length() == 9
                    ? siren.substring(0, 3) + '\u00A0' + siren.substring(3, 6) + '\u00A0' + siren.substring(6) : siren;
            parts.add(LetterChecks.blank(sender.rcsCity())
                    ? messages.get("pdf.identity.siren", grouped)
                    : messages.get("pdf.identity.rcs", clean(sender.rcsCity()).strip(), grouped));
        }
        if (!LetterChecks.blank(sender.vatNumber())) {
            parts.add(messages.get("pdf.identity.vat", clean(sender.vatNumber()).strip()));
        }
        String joined = String.join(" \u2013 ", parts);
        return TextLines.wrap(joined, faces.regular.metrics(), FOOT_SIZE, PageFlow.TEXT_WIDTH);
    }

    private static String clean(String text) {
        return TextLines.clean(text);
    }

    private record Line(Face face, float size, String text) {
    }
}
