package fr.relance.exports;

import fr.relance.domain.RejectedLine;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The rejected lines of an import as a CSV the accountant opens in Excel (semicolons, UTF-8 with BOM). */
public final class RejectionsCsv {

    private RejectionsCsv() {
    }

    public static void write(Path target, List<RejectedLine> rejected, Messages messages) {
        ErrorMessages errors = new ErrorMessages(messages);
        SafeFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // so Excel reads the accents as UTF-8
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';')
                    .setHeader(messages.get("import.rejections.header").split(";")).get());
            for (RejectedLine line : rejected) {
                csv.printRecord(line.lineNumber(), line.column() == null ? "" : line.column(), errors.rejection(line),
                        line.value() == null ? "" : line.value());
            }
            csv.flush();
        });
    }
}
