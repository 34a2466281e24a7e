package fr.relance.imports.xlsx;

import fr.relance.imports.ImportException;
import fr.relance.imports.SourceRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of an Excel (.xlsx) sheet as text cells, streamed with POI's SAX API so a sheet of 100,000 rows never
 * sits in memory as a DOM. Cells read as a CSV would carry them (see {@link SourceRow}): numbers plain
 * ("1234.5"), date-formatted numbers ISO ("2026-11-23"), formulas as the value Excel last computed (never the
 * formula), text as typed (a date typed as text stays "23/11/2026"; the column mapping parses it). A merged area
 * gives its value in its top-left cell only, the others read empty: that is what the file stores. Empty rows are
 * skipped; a row's number is the Excel row number.
 *
 * <pre>{@code
 * try (XlsxRowSource xlsx = XlsxRowSource.open(path)) {
 *     List<String> sheets = xlsx.sheetNames();
 *     xlsx.readSheet(sheets.get(1), rows::add, sink::isCancelled);
 * }
 * }</pre>
 */
public final class XlsxRowSource implements AutoCloseable {

    /**
     * No part of a ledger workbook inflates beyond this (a 100,000-row sheet is about 40 MB of XML): more is a damaged
     * or hostile file, refused before it fills the memory. POI also refuses a part that inflates more than 100 times
     * its compressed size (ZipSecureFile's ratio, kept at its default), the mark of a zip bomb.
     */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> sheetNames;
    private final boolean date1904;

    private XlsxRowSource(OPCPackage pkg, XSSFReader reader, List<String> sheetNames, boolean date1904) {
        this.pkg = pkg;
        this.reader = reader;
        this.sheetNames = sheetNames;
        this.date1904 = date1904;
    }

    /**
     * @throws ImportException {@code import.error.notXlsx} for anything but an Excel 2007+ workbook (a renamed
     *                         CSV, an old .xls, a damaged zip); {@code import.error.encrypted} for a workbook
     *                         protected by a password to open
     */
    public static XlsxRowSource open(Path file) {
        rejectWhatIsNotAZip(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            CTWorkbook workbook;
            try (InputStream in = reader.getWorkbookData()) {
                // workbook.xml only lists the sheets: small enough for a DOM, unlike the sheets themselves.
                workbook = WorkbookDocument.Factory.parse(in).getWorkbook();
            }
            List<String> names = new ArrayList<>();
            if (workbook.getSheets() != null) {
                for (CTSheet sheet : workbook.getSheets().getSheetArray()) {
                    names.add(sheet.getName());
                }
            }
            CTWorkbookPr properties = workbook.getWorkbookPr();
            boolean date1904 = properties != null && properties.isSetDate1904() && properties.getDate1904();
            return new XlsxRowSource(pkg, reader, List.copyOf(names), date1904);
        } catch (IOException | OpenXML4JException | XmlException | RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            if (e instanceof ImportException refused) {
                throw refused;
            }
            throw refusal(e);
        }
    }

    /** In workbook order, hidden sheets included. */
    public List<String> sheetNames() {
        return sheetNames;
    }

    /**
     * @throws ImportException       {@code import.error.noSheet} when the workbook has no sheet
     * @throws CancellationException when {@code cancelled} turns true (polled every row)
     */
    public void readFirstSheet(Consumer<SourceRow> rows, BooleanSupplier cancelled) {
        if (sheetNames.isEmpty()) {
            throw new ImportException("import.error.noSheet", "");
        }
        readSheet(sheetNames.get(0), rows, cancelled);
    }

    /**
     * @throws ImportException       {@code import.error.noSheet} (the name) when no sheet has that name
     * @throws CancellationException when {@code cancelled} turns true (polled every row)
     */
    public void readSheet(String sheetName, Consumer<SourceRow> rows, BooleanSupplier cancelled) {
        // What the caller's consumer throws goes through as it is; anything else from POI is the file's damage.
        Consumer<SourceRow> caller = row -> {
            try {
                rows.accept(row);
            } catch (RuntimeException e) {
                throw new FromCaller(e);
            }
        };
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        parse(sheet, new RowCollector(caller, cancelled));
                        return;
                    }
                }
            }
        } catch (FromCaller e) {
            throw e.getCause();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no usable XML parser on this Java runtime", e);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof FromCaller fromCaller) {
                    throw fromCaller.getCause();
                }
                if (t instanceof CancellationException cancellation) {
                    throw cancellation;
                }
            }
            throw refusal(e);
        }
        throw new ImportException("import.error.noSheet", sheetName);
    }

    /** A workbook POI cannot read: a zip bomb is said so, anything else is a damaged or renamed file. */
    private static ImportException refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb") || message.contains("max size of the expanded data")
                    || message.contains("exceed the max") || message.contains("MaxEntrySize")) {
                return new ImportException("import.error.zipBomb",
                        List.of(String.valueOf(MAX_PART_BYTES / (1024 * 1024))), e);
            }
        }
        return new ImportException("import.error.notXlsx", List.of(), e);
    }

    /** Carries what the caller's row consumer threw through POI and the XML parser. */
    private static final class FromCaller extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FromCaller(RuntimeException cause) {
            super(null, cause, false, false);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private void parse(InputStream sheet, RowCollector collector)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        StylesTable styles = reader.getStylesTable();
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        // false = formulas give their cached result, never their text.
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new PlainCellFormatter(date1904),
                false));
        xml.parse(new InputSource(sheet));
    }

    @Override
    public void close() {
        // Opened read-only: revert closes without writing anything back.
        pkg.revert();
    }

    /**
     * An .xlsx is a zip. A password-protected one is not: Office wraps it, encrypted, in an OLE2 container with
     * an "EncryptedPackage" stream, the same container as an old .xls, so look inside to tell them apart.
     */
    private static void rejectWhatIsNotAZip(Path file) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException | EmptyFileException e) {
            throw new ImportException("import.error.notXlsx", List.of(), e);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
                if (ole.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                    throw new ImportException("import.error.encrypted");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImportException importException) {
                    throw importException;
                }
                throw new ImportException("import.error.notXlsx", List.of(), e);
            }
        }
        throw new ImportException("import.error.notXlsx");
    }
}
