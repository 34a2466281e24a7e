package fr.relance.bench;

import fr.relance.demo.DemoLedger;
import fr.relance.domain.Allocation;
import fr.relance.domain.Debtor;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.Payment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Import files for the benchmark, written from a demo ledger: a Sage-style CSV and a FEC. */
public final class ImportFiles {

    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FEC = DateTimeFormatter.BASIC_ISO_DATE;

    private ImportFiles() {
    }

    /** One line per invoice or credit note, with what is still open. */
    public static Path csv(DemoLedger ledger, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Map<Long, Debtor> debtors = new HashMap<>();
        ledger.debtors().forEach(d -> debtors.put(d.id(), d));
        Map<Long, BigDecimal> settled = new HashMap<>();
        for (Allocation a : ledger.allocations()) {
            settled.merge(a.invoiceId(), a.amount(), BigDecimal::add);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC;Reste dû\n");
            for (Invoice i : ledger.invoices()) {
                Debtor d = debtors.get(i.debtorId());
                BigDecimal sign = i.kind() == InvoiceKind.CREDIT_NOTE ? BigDecimal.ONE.negate() : BigDecimal.ONE;
                BigDecimal open = i.kind() == InvoiceKind.INVOICE
                        ? i.amountInclVat().subtract(settled.getOrDefault(i.id(), BigDecimal.ZERO)) : i.amountInclVat();
                out.write(d.accountCode() + ";" + d.name().replace(";", " ") + ";" + i.number() + ";"
                        + FR.format(i.issueDate()) + ";" + FR.format(i.dueDate()) + ";"
                        + fr(i.amountInclVat().multiply(sign)) + ";" + fr(open.multiply(sign)) + "\n");
            }
        }
        return file;
    }

    /** A FEC of {@code lines} lines: invoices in VT, payments in BQ lettered with the invoice they settle. */
    public static Path fec(DemoLedger ledger, Path file, int lines) throws IOException {
        Map<Long, Debtor> debtors = new HashMap<>();
        ledger.debtors().forEach(d -> debtors.put(d.id(), d));
        Map<Long, Invoice> invoices = new HashMap<>();
        ledger.invoices().forEach(i -> invoices.put(i.id(), i));
        Map<Long, Payment> payments = new HashMap<>();
        ledger.payments().forEach(p -> payments.put(p.id(), p));
        int written = 0;
        int number = 1;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
                    + "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
                    + "ValidDate\tMontantdevise\tIdevise\n");
            // Each invoice is followed by the payment that settles it in full, if any, both lettered: a FEC's
            // lettered pairs are what the importer must leave out.
            Map<Long, Payment> fullPayment = new HashMap<>();
            for (Allocation a : ledger.allocations()) {
                if (a.paymentId() != null) {
                    Payment p = payments.get(a.paymentId());
                    if (p.amount().compareTo(invoices.get(a.invoiceId()).amountInclVat()) == 0) {
                        fullPayment.put(a.invoiceId(), p);
                    }
                }
            }
            for (Invoice i : ledger.invoices()) {
                if (written >= lines) {
                    break;
                }
                Debtor d = debtors.get(i.debtorId());
                boolean credit = i.kind() == InvoiceKind.CREDIT_NOTE;
                Payment paid = credit ? null : fullPayment.get(i.id());
                String letter = paid != null && written + 1 < lines ? "L" + Long.toString(i.id(), 36).toUpperCase() : "";
                out.write(line("VT", number++, i.issueDate(), d, i.number(), (credit ? "Avoir " : "Facture ")
                        + i.number(), credit ? "0,00" : fr(i.amountInclVat()), credit ? fr(i.amountInclVat()) : "0,00",
                        letter));
                written++;
                if (!letter.isEmpty()) {
                    out.write(line("BQ", number++, paid.receivedOn(), d, "VIR" + paid.id(), paid.reference(), "0,00",
                            fr(paid.amount()), letter));
                    written++;
                }
            }
        }
        return file;
    }

    private static String line(String journal, int number, java.time.LocalDate date, Debtor d, String piece,
                               String label, String debit, String credit, String letter) {
        return String.join("\t", journal, journal.equals("VT") ? "Ventes" : "Banque", String.valueOf(number),
                FEC.format(date), "411000", "Clients", d.accountCode(), d.name(), piece, FEC.format(date),
                label == null ? "" : label.replace('\t', ' '), debit, credit, letter, letter.isEmpty() ? ""
                        : FEC.format(date), FEC.format(date), "", "") + "\n";
    }

    private static String fr(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }

    /** The baseline: Commons CSV reading every record, nothing else. */
    public static long bareParse(Path file, char separator) throws IOException {
        long count = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(separator).get().parse(reader)) {
                count += record.size() > 0 ? 1 : 0;
            }
        }
        return count - 1;
    }
}
