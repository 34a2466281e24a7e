package fr.relance.documents;

import java.awt.print.PrinterJob;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints through the system's print dialog with PDFBox: each page at its real size (no "fit to page", which would
 * move the address out of the envelope window).
 */
public final class SystemLetterPrinter implements LetterPrinter {

    @Override
    public boolean print(byte[] pdf, String jobName) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document, org.apache.pdfbox.printing.Orientation.PORTRAIT, false, 0,
                    true));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
