package fr.relance.documents;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF through the system's print dialog (printer, copies, duplex, pages). Each page is printed at its own
 * size and orientation, never scaled: the address must stay where the envelope window shows it.
 */
@FunctionalInterface
public interface PdfPrinter {

    /**
     * Shows the print dialog, then prints; blocks until the job is spooled. Never on the JavaFX thread.
     *
     * @return false when the user closed the dialog without printing
     */
    boolean print(Path pdf, String jobName) throws IOException, PrinterException;

    /** The system's printers through Java's print service (PDFBox renders the pages). */
    static PdfPrinter system() {
        return (pdf, jobName) -> {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setJobName(jobName);
                job.setPageable(pageable(document));
                if (!job.printDialog()) {
                    return false;
                }
                job.print();
                return true;
            }
        };
    }

    /** The document's pages as the print service sees them: actual size, the page's own orientation. */
    static Pageable pageable(PDDocument document) {
        return new PDFPageable(document);
    }
}
