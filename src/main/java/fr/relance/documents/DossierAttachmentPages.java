package fr.relance.documents;

import fr.relance.domain.documents.FileType;
import fr.relance.domain.dossier.DossierContent.DossierAttachment;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pages of one attachment in the dossier: a PDF's own pages, an image scaled onto an A4 page under its caption,
 * an e-mail as a readable page (headers, text, the names of its attachments). What cannot be shown gets a page
 * naming the file and why it is not reproduced: an office document (its original travels in the ZIP), a damaged or
 * password-protected PDF, an empty or unreadable file.
 */
final class DossierAttachmentPages {

    /** Images are placed at about 200 dpi on A4 at most: enough to read a scan, without a 100 MB page. */
    private static final int IMAGE_SIDE = 2400;
    private static final float CAPTION_HEIGHT = Mm.pt(22);

    /** Why an attachment's content is not in the PDF; the key of the sentence shown on its page. */
    enum Missing {
        EMPTY, ENCRYPTED, CORRUPT, UNREADABLE, NOT_RENDERED;

        String key() {
            return "dossier.missing." + name();
        }
    }

    /** How an attachment went in: its pages, and why its content is missing when it is. */
    record Outcome(int pages, Missing missing) {
    }

    private final PDDocument document;
    private final DossierInk ink;
    private final Messages messages;
    private final Formats formats;
    private final List<PDDocument> sources;

    /** @param sources where the merged PDFs are kept open until the dossier is saved (their pages point into them) */
    DossierAttachmentPages(PDDocument document, DossierInk ink, Messages messages, List<PDDocument> sources) {
        this.document = document;
        this.ink = ink;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.sources = sources;
    }

    /** Adds the attachment's pages; {@code file} is null when its bytes could not be read from the data file. */
    Outcome add(int number, DossierAttachment attachment, Path file) throws IOException {
        if (file == null) {
            return missing(number, attachment, Missing.UNREADABLE);
        }
        if (Files.size(file) == 0) {
            return missing(number, attachment, Missing.EMPTY);
        }
        FileType type = FileType.ofMediaType(attachment.mimeType()).orElse(null);
        if (type == null) {
            return missing(number, attachment, Missing.NOT_RENDERED);
        }
        return switch (type.family()) {
            case PDF -> pdf(number, attachment, file);
            case IMAGE -> image(number, attachment, file, type);
            case EMAIL -> email(number, attachment, file);
            default -> missing(number, attachment, Missing.NOT_RENDERED);
        };
    }

    private Outcome pdf(int number, DossierAttachment attachment, Path file) throws IOException {
        PDDocument source;
        try {
            // Read in place; PDFBox caches what it decodes in temporary files, not on the heap.
            source = Loader.loadPDF(file.toFile(), "", PdfScratch.streamCache());
        } catch (InvalidPasswordException e) {
            return missing(number, attachment, Missing.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            return missing(number, attachment, Missing.CORRUPT);
        }
        sources.add(source);
        int count;
        try {
            if (source.isEncrypted()) {
                // Opened without a password (owner restrictions only): its pages go in decrypted.
                source.setAllSecurityToBeRemoved(true);
            }
            count = source.getNumberOfPages();
            if (count == 0) {
                return missing(number, attachment, Missing.CORRUPT);
            }
            // Check every page tree entry before importing any, so a damaged file adds no half of itself.
            List<PDPage> pages = new ArrayList<>(count);
            for (PDPage page : source.getPages()) {
                page.getMediaBox();
                pages.add(page);
            }
            for (PDPage page : pages) {
                PDPage imported = document.importPage(page);
                imported.setResources(page.getResources());
            }
        } catch (IOException | RuntimeException e) {
            return missing(number, attachment, Missing.CORRUPT);
        }
        return new Outcome(count, null);
    }

    private Outcome image(int number, DossierAttachment attachment, Path file, FileType type) throws IOException {
        PDImageXObject image;
        try {
            if (type == FileType.JPEG) {
                // PDF takes the JPEG bytes as they are (DCTDecode): nothing decoded or re-compressed, the photo
                // keeps its quality, and a CMYK scan Java's decoder cannot show goes in too.
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                    image = JPEGFactory.createFromStream(document, in);
                }
            } else {
                BufferedImage decoded = decode(file);
                if (decoded == null) {
                    return missing(number, attachment, Missing.CORRUPT);
                }
                image = LosslessFactory.createFromImage(document, decoded);
            }
        } catch (IOException | RuntimeException e) {
            return missing(number, attachment, Missing.CORRUPT);
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            float top = caption(stream, number, attachment);
            float left = PageFlow.LEFT;
            float bottom = PageFlow.BOTTOM - Mm.pt(10);
            float width = PageFlow.TEXT_WIDTH;
            float height = top - bottom;
            float scale = Math.min(width / image.getWidth(), height / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            stream.drawImage(image, left + (width - w) / 2, top - h, w, h);
        }
        return new Outcome(1, null);
    }

    /** The image decoded, subsampled to about {@link #IMAGE_SIDE}; null when Java cannot decode its colours. */
    private static BufferedImage decode(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("No image reader for " + file.getFileName());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int side = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.ceil(side / (double) IMAGE_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (javax.imageio.IIOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("Unsupported Image Type")) {
                    return null;
                }
                throw e;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Draws the attachment's caption at the top of an image page; returns where the image may start. */
    private float caption(PDPageContentStream stream, int number, DossierAttachment attachment) throws IOException {
        float y = DossierSections.TOP - DossierInk.HEADING_SIZE;
        text(stream, ink.faces.bold, DossierInk.HEADING_SIZE, PageFlow.LEFT, y,
                ink.fit(title(number, attachment), ink.faces.bold, DossierInk.HEADING_SIZE, PageFlow.TEXT_WIDTH));
        y -= DossierInk.BODY_LEADING + 2;
        text(stream, ink.faces.regular, DossierInk.BODY_SIZE, PageFlow.LEFT, y,
                ink.fit(details(attachment), ink.faces.regular, DossierInk.BODY_SIZE, PageFlow.TEXT_WIDTH));
        if (attachment.note() != null && !attachment.note().isBlank()) {
            y -= DossierInk.BODY_LEADING;
            text(stream, ink.faces.regular, DossierInk.BODY_SIZE, PageFlow.LEFT, y,
                    ink.fit(attachment.note(), ink.faces.regular, DossierInk.BODY_SIZE, PageFlow.TEXT_WIDTH));
        }
        return DossierSections.TOP - CAPTION_HEIGHT;
    }

    private static void text(PDPageContentStream stream, Faces.Face face, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(face.font(), size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    private Outcome email(int number, DossierAttachment attachment, Path file) throws IOException {
        MimeMessage message;
        String body;
        List<String> attached = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
            body = text(message, attached);
        } catch (MessagingException | RuntimeException e) {
            return missing(number, attachment, Missing.CORRUPT);
        }
        int before = document.getNumberOfPages();
        PageFlow flow = start(number, attachment);
        try {
            float label = Mm.pt(25);
            ink.field(flow, messages.get("dossier.email.from"), addresses(message, "From"), label);
            ink.field(flow, messages.get("dossier.email.to"), addresses(message, "To"), label);
            ink.field(flow, messages.get("dossier.email.cc"), addresses(message, "Cc"), label);
            ink.field(flow, messages.get("dossier.email.date"), message.getSentDate() == null
                    ? header(message, "Date") : formats.dateTime(java.time.LocalDateTime.ofInstant(
                    message.getSentDate().toInstant(), java.time.ZoneId.of("Europe/Paris"))), label);
            ink.field(flow, messages.get("dossier.email.subject"), message.getSubject(), label);
            if (!attached.isEmpty()) {
                ink.field(flow, messages.get("dossier.email.attachments"), String.join(", ", attached), label);
            }
            flow.down(6);
            flow.line(PageFlow.LEFT, flow.y(), PageFlow.RIGHT, flow.y(), 0.4f, PageFlow.RULE);
            flow.down(4);
            ink.paragraph(flow, body == null || body.isBlank() ? messages.get("dossier.email.noText") : body);
        } catch (MessagingException e) {
            flow.finish((f, n, t) -> { });
            return new Outcome(document.getNumberOfPages() - before, null);
        }
        flow.finish((f, n, t) -> { });
        return new Outcome(document.getNumberOfPages() - before, null);
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ", ");
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (java.io.UnsupportedEncodingException e) {
            return value;
        }
    }

    private static String addresses(MimeMessage message, String name) throws MessagingException {
        try {
            jakarta.mail.Address[] list = "From".equals(name) ? message.getFrom()
                    : message.getRecipients("To".equals(name) ? Message.RecipientType.TO : Message.RecipientType.CC);
            if (list == null) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (jakarta.mail.Address address : list) {
                out.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
            }
            return String.join(", ", out);
        } catch (MessagingException e) {
            return header(message, name);
        }
    }

    /** The first plain-text part (else the HTML one without its tags); the names of the attached files. */
    private static String text(Part part, List<String> attached) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        if (Part.ATTACHMENT.equalsIgnoreCase(disposition) || (part.getFileName() != null && !part.isMimeType("text/*")
                && !part.isMimeType("multipart/*"))) {
            attached.add(part.getFileName() == null ? part.getContentType() : decode(part.getFileName()));
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent()).replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>", "\n").replaceAll("<[^>]+>", "")
                    .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replaceAll("\n{3,}", "\n\n").strip();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String plain = null;
            String any = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = text(child, attached);
                if (found != null && child.isMimeType("text/plain") && plain == null) {
                    plain = found;
                } else if (found != null && any == null) {
                    any = found;
                }
            }
            return plain != null ? plain : any;
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return MimeUtility.decodeText(text);
        } catch (java.io.UnsupportedEncodingException e) {
            return text;
        }
    }

    /** The page of an attachment whose content is not reproduced: what it is, and why. */
    private Outcome missing(int number, DossierAttachment attachment, Missing missing) throws IOException {
        PageFlow flow = start(number, attachment);
        flow.down(8);
        ink.paragraph(flow, ink.faces.bold, DossierInk.BODY_SIZE, DossierInk.BODY_LEADING, PageFlow.LEFT,
                messages.get("dossier.missing.title"), PageFlow.BLACK);
        ink.paragraph(flow, messages.get(missing.key()));
        flow.down(8);
        float label = Mm.pt(30);
        ink.field(flow, messages.get("dossier.pdf.attachment.file"), attachment.fileName(), label);
        ink.field(flow, messages.get("dossier.pdf.attachment.type"), attachment.mimeType(), label);
        ink.field(flow, messages.get("dossier.pdf.attachment.size"), formats.fileSize(attachment.sizeBytes()), label);
        ink.field(flow, "SHA-256", attachment.sha256(), label);
        flow.finish((f, n, t) -> { });
        return new Outcome(flow.pageCount(), missing);
    }

    /** A page flow for an attachment shown as text, starting with its caption. */
    private PageFlow start(int number, DossierAttachment attachment) throws IOException {
        String title = title(number, attachment);
        PageFlow flow = new PageFlow(document, f -> {
            try {
                f.text(ink.faces.regular, DossierInk.SMALL_SIZE, PageFlow.LEFT, f.y() + Mm.pt(8),
                        ink.fit(messages.get("dossier.pdf.continued", title), ink.faces.regular, DossierInk.SMALL_SIZE,
                                PageFlow.TEXT_WIDTH), PageFlow.GREY);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        flow.newPage();
        flow.moveTo(DossierSections.TOP);
        ink.paragraph(flow, ink.faces.bold, DossierInk.HEADING_SIZE, DossierInk.HEADING_SIZE * 1.3f, PageFlow.LEFT,
                title, PageFlow.BLACK);
        ink.paragraph(flow, ink.faces.regular, DossierInk.BODY_SIZE, DossierInk.BODY_LEADING, PageFlow.LEFT,
                details(attachment), PageFlow.GREY);
        if (attachment.note() != null && !attachment.note().isBlank()) {
            ink.paragraph(flow, ink.faces.regular, DossierInk.BODY_SIZE, DossierInk.BODY_LEADING, PageFlow.LEFT,
                    attachment.note(), PageFlow.GREY);
        }
        flow.down(4);
        flow.line(PageFlow.LEFT, flow.y(), PageFlow.RIGHT, flow.y(), 0.6f, PageFlow.RULE);
        flow.down(6);
        return flow;
    }

    /** "Pièce 3 : facture-FA-1.pdf". */
    String title(int number, DossierAttachment attachment) {
        return messages.get("dossier.pdf.attachment.title", number, attachment.fileName());
    }

    /** "Copie de facture · daté du 12/03/2026". */
    String details(DossierAttachment attachment) {
        String kind = messages.get("document.kind." + attachment.kind().name());
        return attachment.documentDate() == null ? kind
                : kind + " · " + messages.get("dossier.pdf.attachment.dated", formats.date(attachment.documentDate()));
    }
}
