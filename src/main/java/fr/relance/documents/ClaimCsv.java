package fr.relance.documents;

import fr.relance.domain.dossier.ClaimSummary;
import fr.relance.domain.dossier.ClaimSummary.ClaimLine;
import fr.relance.text.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * claim.csv of the ZIP dossier: one line per claimed invoice (number, date, due date, amount, paid, balance,
 * penalties or interest, indemnity), in the French format a spreadsheet opens directly in France: UTF-8 with a byte
 * order mark, ";" between fields, dates as 23/11/2026, amounts with a decimal comma and no thousands separator
 * (1234,56). Headers in the dossier's language.
 */
final class ClaimCsv {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ClaimCsv() {
    }

    /** Writes the file without closing {@code out} (it may be a ZIP entry). */
    static void write(ClaimSummary claim, Messages messages, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(messages.get("dossier.csv.number"), messages.get("dossier.csv.date"),
                messages.get("dossier.csv.dueDate"), messages.get("dossier.csv.amount"), messages.get("dossier.csv.paid"),
                messages.get("dossier.csv.balance"),
                messages.get(claim.consumer() ? "dossier.csv.interest" : "dossier.csv.penalties"),
                messages.get("dossier.csv.indemnity"));
        for (ClaimLine line : claim.lines()) {
            printer.printRecord(line.number(), date(line.issueDate()), date(line.dueDate()), amount(line.amount()),
                    amount(line.paid()), amount(line.balance()), amount(line.penalties()), amount(line.indemnity()));
        }
        printer.flush();
    }

    static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
