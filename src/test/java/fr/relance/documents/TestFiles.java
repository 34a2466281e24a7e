package fr.relance.documents;

import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Money;
import fr.relance.domain.PostalAddress;
import fr.relance.store.LedgerWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files made in a test's temporary folder: good ones and every kind of bad one the attachments must refuse. */
public final class TestFiles {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final long DURAND = 1;
    public static final long MARTIN = 2;

    private TestFiles() {
    }

    /** Two debtors with one invoice each. */
    public static LedgerWriter.Ledger ledger() {
        PostalAddress lyon = PostalAddress.france("4 rue Garibaldi", "69006", "Lyon");
        List<Debtor> debtors = List.of(
                new Debtor(DURAND, "411DURAND", "Durand SARL", DebtorKind.B2B, null, null, lyon, "fr"),
                new Debtor(MARTIN, "411MARTIN", "Martin SA", DebtorKind.B2B, null, null, lyon, "fr"));
        List<Invoice> invoices = List.of(
                new Invoice(1, DURAND, InvoiceKind.INVOICE, "FA-1", TODAY.minusDays(90), TODAY.minusDays(60),
                        Money.of("1000.00"), Money.of("1200.00"), "EUR", false, null),
                new Invoice(2, MARTIN, InvoiceKind.INVOICE, "FA-2", TODAY.minusDays(40), TODAY.minusDays(10),
                        Money.of("250.00"), Money.of("300.00"), "EUR", false, null));
        return new LedgerWriter.Ledger(null, debtors, List.of(), invoices, List.of(), List.of());
    }

    /** A PDF of {@code pages} A4 pages, each with a line of text. */
    public static Path pdf(Path dir, String name, int pages, String text) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 760);
                    content.showText(text + " - page " + i);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF that asks for a password to be opened. */
    public static Path encryptedPdf(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** A PDF header followed by noise: what a download cut short or a damaged disk leaves. */
    public static Path corruptPdf(Path dir, String name) throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1));
            out.write(noise);
        }
        return file;
    }

    public static Path png(Path dir, String name, int width, int height) throws IOException {
        return image(dir, name, "png", width, height);
    }

    public static Path jpeg(Path dir, String name, int width, int height) throws IOException {
        return image(dir, name, "jpg", width, height);
    }

    private static Path image(Path dir, String name, String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 80, 160));
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    /** An e-mail as a mail program saves it: a plain-text part and a PDF attachment. */
    public static Path eml(Path dir, String name) throws IOException {
        String mail = """
                From: =?UTF-8?Q?H=C3=A9l=C3=A8ne_Durand?= <helene@durand-sarl.fr>
                To: compta@ateliers-rhone.fr
                Subject: =?UTF-8?Q?R=C3=A9f=2E_FA-1_:_r=C3=A8glement?=
                Date: Mon, 16 Nov 2026 10:15:00 +0100
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Bonjour,
                nous réglerons la facture FA-1 le 30 novembre.
                Cordialement
                --b1
                Content-Type: application/pdf; name="bon-de-commande.pdf"
                Content-Disposition: attachment; filename="bon-de-commande.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --b1--
                """.replace("\n", "\r\n");
        Path file = dir.resolve(name);
        Files.writeString(file, mail, StandardCharsets.UTF_8);
        return file;
    }

    /** A minimal Word document: a ZIP with the Office Open XML content types. */
    public static Path docx(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Conditions générales de vente");
            document.write(out);
        }
        return file;
    }

    /** A plain ZIP archive (an accepted container, not an accepted document). */
    public static Path zip(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("archive".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A file of {@code size} bytes that takes no room on disk (a sparse file). */
    public static Path sparse(Path dir, String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    /** Random bytes, {@code size} of them, named as the caller wishes. */
    public static Path random(Path dir, String name, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }
}
