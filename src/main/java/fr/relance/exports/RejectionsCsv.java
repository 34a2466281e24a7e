package fr.relance.exports;

import fr.relance.domain.RejectedLine;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // so Excel reads the accents as UTF-8
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';')
                    .setHeader(messages.get("import.rejections.header").split(";")).get());
            for (RejectedLine line : rejected) {
                csv.printRecord(line.lineNumber(), line.column() == null ? "" : line.column(), errors.rejection(line),
                        line.value() == null ? "" : line.value());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // Written aside, then moved: a failure never leaves half a file under the user's name.
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
