package fr.relance.documents;

import fr.relance.domain.documents.FileType;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Builds the preview of a document from its local copy: never the whole file in memory, never on the FX thread. */
final class DocumentPreviews {

    /** The longest e-mail text shown; the system viewer shows the rest. */
    static final int BODY_MAX = 20_000;

    DocumentPreview preview(Path file, FileType type, int targetWidth) throws IOException {
        return switch (type.family()) {
            case PDF -> pdfFirstPage(file, targetWidth);
            case IMAGE -> image(file, targetWidth);
            case EMAIL -> mail(file);
            case OLE2, OOXML, ODF -> new DocumentPreview.Unavailable("document.preview.office");
        };
    }

    /** The first page at the width the pane shows it (screen resolution, not print). */
    private static DocumentPreview pdfFirstPage(Path file, int targetWidth) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile(), PdfScratch.streamCache())) {
            PDRectangle box = document.getPage(0).getCropBox();
            boolean turned = document.getPage(0).getRotation() % 180 != 0;
            float width = turned ? box.getHeight() : box.getWidth();
            float scale = Math.max(0.1f, Math.min(4f, targetWidth / Math.max(1f, width)));
            BufferedImage page = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            return picture(page, document.getNumberOfPages());
        }
    }

    private static DocumentPreview image(Path file, int targetWidth) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return new DocumentPreview.Unavailable("document.preview.imageUnreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                ImageReadParam param = reader.getDefaultReadParam();
                // Subsampled while decoding: a 40-megapixel photo never lands in memory whole.
                int step = Math.max(1, width / Math.max(1, targetWidth * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return picture(reader.read(0, param), 0);
            } catch (javax.imageio.IIOException e) {
                return new DocumentPreview.Unavailable("document.preview.imageUnreadable");
            } finally {
                reader.dispose();
            }
        }
    }

    private static DocumentPreview.Picture picture(BufferedImage image, int pages) {
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage argb = image;
        if (image.getType() != BufferedImage.TYPE_INT_ARGB) {
            argb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = argb.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        return new DocumentPreview.Picture(width, height, argb.getRGB(0, 0, width, height, null, 0, width), pages);
    }

    private static DocumentPreview mail(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            List<String> attachments = new ArrayList<>();
            String body = text(message, attachments);
            if (body.length() > BODY_MAX) {
                body = body.substring(0, BODY_MAX) + "\n…";
            }
            LocalDateTime sent = message.getSentDate() == null ? null
                    : LocalDateTime.ofInstant(message.getSentDate().toInstant(), ZoneId.systemDefault());
            return new DocumentPreview.Mail(addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)), sent,
                    message.getSubject() == null ? "" : message.getSubject(), body.strip(), attachments);
        } catch (MessagingException e) {
            return new DocumentPreview.Unavailable("document.preview.mailUnreadable");
        }
    }

    /** The plain text of the message, else its HTML as text; file parts are listed by name. */
    private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
        String fileName = part.getFileName();
        if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(fileName == null ? "?" : decode(fileName));
            return "";
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return htmlToText(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String plain = null;
            String html = null;
            String other = "";
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = text(child, attachments);
                if (child.isMimeType("text/plain") && plain == null) {
                    plain = text;
                } else if (child.isMimeType("text/html") && html == null) {
                    html = text;
                } else if (!text.isBlank()) {
                    other = other.isEmpty() ? text : other + "\n\n" + text;
                }
            }
            String chosen = plain != null ? plain : html != null ? html : "";
            return Stream.of(chosen, other).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
        }
        if (part.isMimeType("message/rfc822")) {
            return text((Part) part.getContent(), attachments);
        }
        return "";
    }

    private static String decode(String text) {
        try {
            return MimeUtility.decodeText(text);
        } catch (UnsupportedEncodingException e) {
            return text;
        }
    }

    static String htmlToText(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|tr|li|h[1-6])>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        List<String> shown = new ArrayList<>();
        for (jakarta.mail.Address address : addresses) {
            if (address instanceof InternetAddress internet) {
                String personal = internet.getPersonal();
                shown.add(personal == null || personal.isBlank() ? internet.getAddress()
                        : personal + " <" + internet.getAddress() + ">");
            } else {
                shown.add(address.toString());
            }
        }
        return String.join(", ", shown);
    }
}
