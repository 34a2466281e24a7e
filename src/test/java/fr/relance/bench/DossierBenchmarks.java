package fr.relance.bench;

import fr.relance.documents.DossierExporter;
import fr.relance.documents.DossierFixture;
import fr.relance.documents.DossierFormat;
import fr.relance.documents.ExportedDossier;
import fr.relance.documents.TestFiles;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.store.Database;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The agency dossier of a debtor with N attachments (issue 6: 100 attachments, 300 pages, target under 5 s): 60 %
 * four-page scanned PDFs (a 150 dpi JPEG per page), 20 % two-page ones, 15 % photos, 5 % e-mails, so three pages per
 * attachment. Reports the wall and CPU time of the PDF and of the ZIP, and the peak heap while they are written.
 */
final class DossierBenchmarks {

    private DossierBenchmarks() {
    }

    static void run(int attachments, Path out, String stamp, Map<String, Object> results) throws Exception {
        Path dataDir = Files.createDirectories(out.resolve("dossier-data-" + stamp));
        Path files = Files.createDirectories(out.resolve("dossier-files-" + stamp));
        try (Database database = DossierFixture.open(dataDir)) {
            int pages = attach(database, files, attachments);
            DossierExporter exporter = new DossierExporter(database, () -> DossierFixture.TODAY, Locale.FRANCE);
            Path warmUp = out.resolve("dossier-warmup-" + stamp + ".pdf");
            exporter.export(DossierFixture.DURAND, DossierFormat.PDF, warmUp, DossierExporter.Progress.NONE,
                    () -> false);
            Files.delete(warmUp);

            for (DossierFormat format : DossierFormat.values()) {
                Path file = out.resolve("dossier-" + stamp + "." + format.extension());
                System.gc();
                Benchmark.resetPeaks();
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                ExportedDossier exported = exporter.export(DossierFixture.DURAND, format, file,
                        DossierExporter.Progress.NONE, () -> false);
                double ms = Benchmark.millis(t0, System.nanoTime());
                String prefix = format == DossierFormat.PDF ? "dossierPdf" : "dossierZip";
                results.put(prefix + "Ms", ms);
                results.put(prefix + "CpuMs", Benchmark.millis(cpu0, processCpuNanos()));
                results.put(prefix + "PeakHeapMb", Benchmark.peakHeapMb());
                results.put(prefix + "FileMb", Benchmark.round(Files.size(file) / (1024.0 * 1024.0)));
                if (format == DossierFormat.PDF) {
                    results.put("dossierAttachments", attachments);
                    results.put("dossierAttachmentPages", pages);
                    results.put("dossierPages", exported.pages());
                }
                Files.delete(file);
            }
        } finally {
            Benchmark.deleteTree(dataDir);
            Benchmark.deleteTree(files);
        }
    }

    private static int attach(Database database, Path files, int count) throws IOException {
        BufferedImage scan = scan();
        int pages = 0;
        for (int i = 0; i < count; i++) {
            int kind = i % 20;
            if (kind < 16) {
                int pageCount = kind < 12 ? 4 : 2;
                Path pdf = scannedPdf(files.resolve("scan-" + i + ".pdf"), pageCount, scan, i);
                DossierFixture.store(database, DossierFixture.DURAND, DocumentKind.INVOICE_COPY, pdf,
                        "application/pdf", DossierFixture.TODAY.minusDays(100 - i % 90));
                pages += pageCount;
            } else if (kind < 19) {
                Path photo = TestFiles.jpeg(files, "photo-" + i + ".jpg", 1600 + i, 1200);
                DossierFixture.store(database, DossierFixture.DURAND, DocumentKind.DELIVERY_PROOF, photo,
                        "image/jpeg", DossierFixture.TODAY.minusDays(90));
                pages++;
            } else {
                Path mail = TestFiles.eml(Files.createDirectories(files.resolve("mail-" + i)), "mail-" + i + ".eml");
                Files.writeString(mail, Files.readString(mail) + "\r\nRef " + i + "\r\n");
                DossierFixture.store(database, DossierFixture.DURAND, DocumentKind.CORRESPONDENCE, mail,
                        "message/rfc822", DossierFixture.TODAY.minusDays(10));
                pages++;
            }
        }
        return pages;
    }

    /** A page as a scanner sends it: lines of text on grey paper, 150 dpi. */
    private static BufferedImage scan() {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(245, 244, 240));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(new Color(40, 40, 40));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 22));
        for (int line = 0; line < 60; line++) {
            g.drawString("Ligne " + line + " : désignation, quantité, prix unitaire, montant HT, TVA, TTC.", 110,
                    150 + line * 26);
        }
        g.dispose();
        return image;
    }

    private static Path scannedPdf(Path file, int pages, BufferedImage scan, int seed) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = JPEGFactory.createFromImage(document, scan, 0.6f);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    content.beginText();
                    content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 9);
                    content.newLineAtOffset(40, 800);
                    content.showText("Document " + seed + " page " + (i + 1));
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
