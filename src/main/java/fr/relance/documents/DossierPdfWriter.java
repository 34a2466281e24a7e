package fr.relance.documents;

import fr.relance.documents.DossierAttachmentPages.Missing;
import fr.relance.documents.DossierAttachmentPages.Outcome;
import fr.relance.documents.Faces.FontPair;
import fr.relance.domain.dossier.DossierContent;
import fr.relance.domain.dossier.DossierContent.DossierAttachment;
import fr.relance.text.Messages;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays the dossier out as one PDF a reader follows from the cover to the last attachment: cover, index (each
 * section and attachment with the page it starts on, computed after layout), checklist, chronology, statement of
 * account, then every attachment in order. Bookmarks per section and per attachment; "page X / Y" on every page,
 * the merged ones included.
 *
 * <p>The dossier's own pages embed their fonts (Liberation Sans); the file is not declared PDF/A, since merged
 * PDFs from debtors and suppliers carry whatever they carry. Merged PDFs are read in place and stay open until the
 * file is saved (their pages point at their resources); page contents go to scratch files, not the heap.
 */
final class DossierPdfWriter {

    /** Reads an attachment's bytes into a local file; null when they cannot be read. */
    @FunctionalInterface
    interface AttachmentFiles {
        Path fileOf(DossierAttachment attachment);
    }

    /** Reports progress (steps done of the total) and whether to stop. */
    interface Steps {
        void advanced(int done, int total);

        boolean isCancelled();
    }

    /** One line of the index: what starts on which page (from 1). */
    record IndexEntry(String title, int page, boolean attachment, Missing missing) {
    }

    /** An attachment whose content is not in the PDF, and why (the sentence of its page). */
    record MissingFile(String fileName, String reason) {
    }

    record Result(int pages, List<IndexEntry> index, List<MissingFile> missing) {
    }

    private static final float FOOT_SIZE = 7f;

    private final FontPair fonts = FontPair.load();

    Result write(DossierContent content, AttachmentFiles files, Messages messages, Steps steps, OutputStream out)
            throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument document = new PDDocument(PdfScratch.streamCache())) {
            DossierInk ink = new DossierInk(new Faces(fonts, document));
            DossierSections sections = new DossierSections(document, ink, messages, content);
            DossierAttachmentPages attachmentPages = new DossierAttachmentPages(document, ink, messages, sources);
            int total = 5 + content.attachments().size();
            int done = 0;

            // Built without the index, which goes after the cover once every start page is known.
            List<Part> parts = new ArrayList<>();
            parts.add(new Part(messages.get("dossier.pdf.cover"), 0, false, null, null));
            sections.cover();
            int coverPages = document.getNumberOfPages();
            steps.advanced(++done, total);
            parts.add(new Part(messages.get("dossier.pdf.checklist"), document.getNumberOfPages(), false, null, null));
            sections.checklist();
            parts.add(new Part(messages.get("dossier.pdf.chronology"), document.getNumberOfPages(), false, null, null));
            sections.chronology();
            steps.advanced(++done, total);
            parts.add(new Part(messages.get("dossier.pdf.statement"), document.getNumberOfPages(), false, null, null));
            sections.statement();
            steps.advanced(++done, total);

            List<MissingFile> missing = new ArrayList<>();
            int number = 0;
            for (DossierAttachment attachment : content.attachments()) {
                if (steps.isCancelled()) {
                    throw new CancellationException("Dossier cancelled");
                }
                number++;
                int start = document.getNumberOfPages();
                Outcome outcome = attachmentPages.add(number, attachment, files.fileOf(attachment));
                String title = attachmentPages.title(number, attachment);
                parts.add(new Part(title, start, true, outcome.missing(), attachment));
                if (outcome.missing() != null) {
                    missing.add(new MissingFile(attachment.fileName(), messages.get(outcome.missing().key())));
                }
                steps.advanced(++done, total);
            }
            if (steps.isCancelled()) {
                throw new CancellationException("Dossier cancelled");
            }

            List<PDPage> indexPages = index(document, ink, messages, parts, coverPages);
            List<IndexEntry> index = entries(parts, coverPages, indexPages.size());
            PDPage firstIndexPage = indexPages.get(0);
            index.add(1, new IndexEntry(messages.get("dossier.pdf.index"), coverPages + 1, false, null));
            outline(document, messages, index, firstIndexPage);
            stamp(document, ink, messages, content, index);
            describe(document, content, messages);
            steps.advanced(++done, total);

            // PDFBox closes the stream it saves to: the caller's (a ZIP entry, a digest) stays open.
            OutputStream buffered = new BufferedOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
            document.save(buffered);
            buffered.flush();
            steps.advanced(total, total);
            return new Result(document.getNumberOfPages(), index, missing);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // the dossier is written or failed already; a scratch file left is removed at exit
                }
            }
        }
    }

    /** A section or attachment as laid out, before the index moves the pages after the cover. */
    private record Part(String title, int startIndex, boolean attachment, Missing missing,
                        DossierAttachment source) {
    }

    /** The final page numbers, from 1, once {@code indexPages} pages follow the cover. */
    private static List<IndexEntry> entries(List<Part> parts, int coverPages, int indexPages) {
        List<IndexEntry> entries = new ArrayList<>();
        for (Part part : parts) {
            int page = part.startIndex() + 1 + (part.startIndex() >= coverPages ? indexPages : 0);
            entries.add(new IndexEntry(part.title(), page, part.attachment(), part.missing()));
        }
        return entries;
    }

    /**
     * Lays the index out at the end of the document, then moves its pages after the cover. Each entry takes one
     * line (long names are cut), so the index's page count is known before its page numbers are written; a second
     * pass fixes the rare case where the guess was off.
     */
    private static List<PDPage> index(PDDocument document, DossierInk ink, Messages messages, List<Part> parts,
                                      int coverPages) throws IOException {
        int guess = 1;
        while (true) {
            int before = document.getNumberOfPages();
            List<IndexEntry> entries = entries(parts, coverPages, guess);
            PageFlow flow = new PageFlow(document, f -> {
                try {
                    f.text(ink.faces.regular, DossierInk.SMALL_SIZE, PageFlow.LEFT, f.y() + Mm.pt(8),
                            ink.safe(messages.get("dossier.pdf.index.continued")), PageFlow.GREY);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            flow.newPage();
            flow.moveTo(DossierSections.TOP);
            ink.title(flow, messages.get("dossier.pdf.index"));
            float pageColumn = PageFlow.RIGHT;
            boolean attachmentsHeading = false;
            for (IndexEntry entry : entries) {
                if (entry.attachment() && !attachmentsHeading) {
                    attachmentsHeading = true;
                    flow.ensure(DossierInk.BODY_LEADING * 3);
                    flow.down(DossierInk.BODY_LEADING * 0.6f);
                    flow.down(DossierInk.BODY_LEADING);
                    flow.text(ink.faces.bold, DossierInk.BODY_SIZE, PageFlow.LEFT, flow.y(),
                            ink.safe(messages.get("dossier.pdf.attachments")));
                    String first = String.valueOf(entry.page());
                    flow.text(ink.faces.bold, DossierInk.BODY_SIZE,
                            pageColumn - ink.faces.bold.width(first, DossierInk.BODY_SIZE), flow.y(), first);
                }
                flow.ensure(DossierInk.BODY_LEADING);
                flow.down(DossierInk.BODY_LEADING);
                String page = String.valueOf(entry.page());
                float pageWidth = ink.faces.regular.width(page, DossierInk.BODY_SIZE);
                String title = entry.missing() == null ? entry.title()
                        : messages.get("dossier.pdf.index.missing", entry.title());
                float indent = entry.attachment() ? Mm.pt(4) : 0;
                String fitted = ink.fit(title, ink.faces.regular, DossierInk.BODY_SIZE,
                        PageFlow.TEXT_WIDTH - indent - pageWidth - Mm.pt(12));
                float x = PageFlow.LEFT + indent;
                flow.text(ink.faces.regular, DossierInk.BODY_SIZE, x, flow.y(), fitted);
                float dotsFrom = x + ink.faces.regular.width(fitted, DossierInk.BODY_SIZE) + Mm.pt(2);
                float dotsTo = pageColumn - pageWidth - Mm.pt(2);
                if (dotsTo > dotsFrom) {
                    flow.line(dotsFrom, flow.y(), dotsTo, flow.y(), 0.3f, PageFlow.LIGHT_RULE);
                }
                flow.text(ink.faces.regular, DossierInk.BODY_SIZE, pageColumn - pageWidth, flow.y(), page);
            }
            flow.finish((f, n, t) -> { });
            int laid = document.getNumberOfPages() - before;
            List<PDPage> pages = new ArrayList<>();
            for (int i = before; i < before + laid; i++) {
                pages.add(document.getPage(i));
            }
            if (laid == guess) {
                PDPage after = document.getPage(coverPages - 1);
                for (PDPage page : pages) {
                    document.getPages().remove(page);
                }
                for (int i = pages.size() - 1; i >= 0; i--) {
                    document.getPages().insertAfter(pages.get(i), after);
                }
                return pages;
            }
            for (PDPage page : pages) {
                document.getPages().remove(page);
            }
            guess = laid;
        }
    }

    private static void outline(PDDocument document, Messages messages, List<IndexEntry> index, PDPage indexPage) {
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem attachments = null;
        for (IndexEntry entry : index) {
            PDOutlineItem item = item(document, entry.title(), entry.page());
            if (entry.attachment()) {
                if (attachments == null) {
                    attachments = item(document, messages.get("dossier.pdf.attachments"), entry.page());
                    outline.addLast(attachments);
                }
                attachments.addLast(item);
            } else {
                outline.addLast(item);
            }
        }
        if (attachments != null) {
            attachments.openNode();
        }
        outline.openNode();
    }

    private static PDOutlineItem item(PDDocument document, String title, int page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(document.getPage(page - 1));
        destination.setTop((int) document.getPage(page - 1).getMediaBox().getUpperRightY());
        item.setDestination(destination);
        return item;
    }

    /**
     * "page X / Y" at the foot of every page, with what the page belongs to; on a merged page whatever its size and
     * rotation, drawn upright as the reader sees the page.
     */
    private static void stamp(PDDocument document, DossierInk ink, Messages messages, DossierContent content,
                              List<IndexEntry> index) throws IOException {
        int total = document.getNumberOfPages();
        String debtor = ink.safe(content.debtor().name());
        int entry = 0;
        for (int i = 0; i < total; i++) {
            int number = i + 1;
            while (entry + 1 < index.size() && index.get(entry + 1).page() <= number) {
                entry++;
            }
            PDPage page = document.getPage(i);
            PDRectangle box = page.getCropBox();
            int rotation = ((page.getRotation() % 360) + 360) % 360;
            boolean sideways = rotation == 90 || rotation == 270;
            float width = sideways ? box.getHeight() : box.getWidth();
            Matrix upright = switch (rotation) {
                case 90 -> new Matrix(0, 1, -1, 0, box.getUpperRightX(), box.getLowerLeftY());
                case 180 -> new Matrix(-1, 0, 0, -1, box.getUpperRightX(), box.getUpperRightY());
                case 270 -> new Matrix(0, -1, 1, 0, box.getLowerLeftX(), box.getUpperRightY());
                default -> new Matrix(1, 0, 0, 1, box.getLowerLeftX(), box.getLowerLeftY());
            };
            String right = messages.get("dossier.pdf.pageOf", number, total);
            float margin = Math.min(Mm.pt(20), width / 10);
            String left = ink.fit(debtor + " · " + index.get(entry).title(), ink.faces.regular, FOOT_SIZE,
                    Math.max(10, width - 2 * margin - ink.faces.regular.width(right, FOOT_SIZE) - Mm.pt(6)));
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                stream.transform(upright);
                stream.setNonStrokingColor(PageFlow.GREY[0], PageFlow.GREY[1], PageFlow.GREY[2]);
                float baseline = Mm.pt(7);
                stream.beginText();
                stream.setFont(ink.faces.regular.font(), FOOT_SIZE);
                stream.newLineAtOffset(margin, baseline);
                stream.showText(left);
                stream.endText();
                stream.beginText();
                stream.setFont(ink.faces.regular.font(), FOOT_SIZE);
                stream.newLineAtOffset(width - margin - ink.faces.regular.width(right, FOOT_SIZE), baseline);
                stream.showText(right);
                stream.endText();
            }
        }
    }

    private static void describe(PDDocument document, DossierContent content, Messages messages) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(messages.get("dossier.pdf.title", content.debtor().name()));
        if (content.creditor().legalName() != null && !content.creditor().legalName().isBlank()) {
            info.setAuthor(content.creditor().legalName());
        }
        info.setSubject(messages.get("dossier.pdf.subject", content.debtor().accountCode()));
        info.setCreator(PdfA.CREATOR);
        info.setProducer(PdfA.PRODUCER);
        GregorianCalendar date = GregorianCalendar.from(content.asOf().atStartOfDay(ZoneId.of("Europe/Paris")));
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentInformation(info);
        document.getDocumentCatalog().setLanguage(messages.locale().toLanguageTag());
    }
}
