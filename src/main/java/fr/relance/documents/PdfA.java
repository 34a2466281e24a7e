package fr.relance.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a document PDF/A-2b and reprintable byte for byte: XMP metadata (xmpbox) matching the document
 * information, the sRGB output intent, the language, and a document ID and dates taken from the letter rather
 * than from the clock or a random generator. Fonts are embedded by {@link LetterFont}; nothing is transparent
 * (the logo is flattened by {@link LogoImages}).
 */
final class PdfA {

    static final String CREATOR = "Relance";
    static final String PRODUCER = "Relance (Apache PDFBox 3)";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** Letters are dated in France; the document's dates are midnight there on the letter's date. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    /** The document's description: dc:title / Title, dc:creator / Author, dc:description / Subject. */
    record Description(String title, String author, String subject, Locale language, LocalDate date, byte[] id) {
    }

    static void finish(PDDocument document, Description description) throws IOException {
        document.setVersion(1.7f);
        Calendar date = GregorianCalendar.from(description.date().atStartOfDay(PARIS));

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(description.title());
        if (description.author() != null) {
            info.setAuthor(description.author());
        }
        if (description.subject() != null) {
            info.setSubject(description.subject());
        }
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentInformation(info);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(description, date));
        catalog.setMetadata(metadata);
        catalog.setLanguage(description.language().toLanguageTag());

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        // The same content gives the same ID, so reprinting gives the identical file (evidence).
        COSArray id = new COSArray();
        id.add(new COSString(description.id()));
        id.add(new COSString(description.id()));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static byte[] xmp(Description description, Calendar date) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("B is a PDF/A conformance level", e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(description.title());
        if (description.author() != null) {
            dc.addCreator(description.author());
        }
        if (description.subject() != null) {
            dc.setDescription(description.subject());
        }
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("The PDF/A metadata cannot be written", e);
        }
        return out.toByteArray();
    }
}
