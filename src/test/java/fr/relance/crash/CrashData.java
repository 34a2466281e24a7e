package fr.relance.crash;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.app.AppContext;
import fr.relance.app.DataFolder;
import fr.relance.backup.BackupArchive;
import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
import fr.relance.documents.AttachmentService;
import fr.relance.documents.TestFiles;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.dunning.WorklistService;
import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.RatesRepository;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The data the kill tests start from, and what they compare: a ledger imported in two files (a backup taken between
 * them) and one attachment; then, after a kill, the counts of every table that holds the user's records.
 */
final class CrashData {

    static final String HEADER = "Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC;Reste dû\n";

    /** What the template holds and what its backup holds. */
    record Template(Path folder, Map<String, Long> now, Map<String, Long> inBackup, Path backup, String backupSha) {
    }

    private CrashData() {
    }

    /** Import A (40 invoices), a manual backup, import C (25 invoices) and one attachment. */
    static Template template(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path work = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-work"));
        try (AppContext context = open(folder)) {
            importFile(context, ledger(work.resolve("a.csv"), "411A", "FA-", 40));
            BackupArchive backup = context.backups().create(BackupKind.MANUAL, BackupProgress.NONE);
            Map<String, Long> inBackup = counts(context);
            importFile(context, ledger(work.resolve("c.csv"), "411C", "FC-", 25));
            attachments(context, work).attach(1, TestFiles.eml(work, "accord.eml"),
                    new AttachmentDetails(DocumentKind.CORRESPONDENCE, CrashOperations.TODAY, null),
                    CrashOperations.TODAY, "claire", (d, t) -> { }, () -> false);
            return new Template(folder, counts(context), inBackup, backup.file(), sha256(backup.file()));
        }
    }

    /** The day the worklist of {@link #lettersTemplate} offers its letters. */
    static final LocalDate LETTERS_DAY = LocalDate.of(2026, 9, 21);
    /** The debtors of {@link #lettersTemplate}, each due one letter on {@link #LETTERS_DAY}. */
    static final int LETTER_DEBTORS = 6;
    /** The debtor of {@link #lettersTemplate} due a formal notice by registered mail; the others a reminder letter. */
    static final long NOTICE_DEBTOR = 2;

    /**
     * A data folder whose worklist holds {@link #LETTER_DEBTORS} letter lines on {@link #LETTERS_DAY}: six addressed
     * debtors with one invoice each, walked through their e-mail reminders (and, for {@link #NOTICE_DEBTOR}, due ten
     * days earlier, the letter and the call too), with the 2026 H2 rates the letters' penalties need.
     */
    static Path lettersTemplate(Path folder) throws IOException {
        Files.createDirectories(folder);
        LocalDate due = LETTERS_DAY.minusDays(20);
        List<Debtor> debtors = new ArrayList<>();
        List<Invoice> invoices = new ArrayList<>();
        String[] cities = {"Lyon", "Villeurbanne", "Vénissieux", "Bron", "Caluire-et-Cuire", "Écully"};
        for (int i = 1; i <= LETTER_DEBTORS; i++) {
            debtors.add(new Debtor(i, String.format("C%04d", i), "Client " + i + " SARL", DebtorKind.B2B, null, null,
                    PostalAddress.france(i + " rue des Tanneurs", "6900" + i, cities[i - 1]), "fr"));
            BigDecimal ttc = new BigDecimal(600 * i + ".00");
            LocalDate invoiceDue = i == NOTICE_DEBTOR ? due.minusDays(10) : due;
            invoices.add(new Invoice(i, i, InvoiceKind.INVOICE, String.format("F-2026-%03d", i),
                    invoiceDue.minusDays(30), invoiceDue,
                    ttc.divide(new BigDecimal("1.2"), 2, java.math.RoundingMode.HALF_UP), ttc, "EUR", false, null));
        }
        Company company = new Company("Ateliers Morel", "SAS", new BigDecimal("50000"), "552100554", null,
                "FR40552100554", "Lyon", "12 rue de la République", null, "69002", "Lyon", "04 78 00 00 00",
                "compta@morel.fr", "FR7630006000011234567890189", "AGRIFRPP", "Claire Martin",
                "Responsable comptable", null, null);
        try (Database database = Database.open(folder)) {
            new LedgerWriter(database).writeIntoEmptyFile(new LedgerWriter.Ledger(company, debtors, List.of(),
                    invoices, List.of(), List.of()), (done, total) -> { }, () -> false);
            new RatesRepository(database).save(new HalfYearRates(new HalfYear(2026, 2), new BigDecimal("2.15"),
                    new BigDecimal("6.67"), new BigDecimal("2.62")));
            WorklistService worklist = new WorklistService(database, "claire");
            for (LocalDate on = due.minusDays(15); on.isBefore(LETTERS_DAY); on = on.plusDays(1)) {
                for (WorklistItem item : worklist.worklist(on)) {
                    boolean notice = item.debtorId() == NOTICE_DEBTOR;
                    if (item.kind() != WorklistKind.DUNNING_STEP || (!notice && item.stepPosition() > 1)) {
                        continue;
                    }
                    if (item.isCall()) {
                        worklist.logCall(item, on, CallOutcome.VOICEMAIL, null, null, null, null);
                    } else {
                        worklist.execute(item, on, "claire");
                    }
                }
            }
        }
        return folder;
    }

    static AppContext open(Path folder) {
        return AppContext.open(new DataFolder(folder, DataFolder.Source.COMMAND_LINE), Clock.systemDefaultZone());
    }

    static AttachmentService attachments(AppContext context, Path work) {
        return new AttachmentService(new DocumentRepository(context.database()),
                new AgencyRepository(context.database()), file -> { }, work.resolve("copies"));
    }

    static void importFile(AppContext context, Path file) {
        ImportService imports = context.imports();
        ImportFormat format = imports.detect(file);
        ImportService.Preview preview = imports.preview(file, format, null);
        ImportService.ReadResult read = imports.read(file, format, preview.mapping(), preview.sheet(),
                CrashOperations.progress(f -> { }));
        assertThat(read.rejected()).isEmpty();
        imports.importEntries(read, CrashOperations.TODAY, CrashOperations.progress(f -> { }));
    }

    /** {@code count} invoices of 10 debtors {@code <prefix>00..09}, numbered {@code <numbers>00001...}. */
    static Path ledger(Path file, String accountPrefix, String numbers, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (int i = 1; i <= count; i++) {
                int debtor = i % 10;
                out.write(String.format("%s%02d;Client %s %d;%s%05d;%02d/09/2026;%02d/10/2026;%d,%02d;%d,%02d\n",
                        accountPrefix, debtor, accountPrefix, debtor, numbers, i, 1 + i % 28, 1 + i % 28,
                        100 + i, i % 100, 100 + i, i % 100));
            }
        }
        return file;
    }

    /** Rows of every table holding the user's records, and the invoiced total in cents. */
    static Map<String, Long> counts(AppContext context) {
        DSLContext dsl = context.database().dsl();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"debtor", "invoice", "payment", "allocation", "import_batch", "document",
                "case_event", "collection_case"}) {
            counts.put(table, (long) dsl.fetchCount(DSL.table(table)));
        }
        java.math.BigDecimal total = dsl.fetchOne("SELECT COALESCE(SUM(amount_incl_vat), 0) FROM invoice")
                .get(0, java.math.BigDecimal.class);
        counts.put("invoiced cents", total.movePointRight(2).longValueExact());
        return counts;
    }

    /**
     * Rows of every table a record step writes (the letters, their documents and events, the worklist's decisions,
     * the registered-mail facts, the agency handovers): equal counts before and after mean nothing was added.
     */
    static Map<String, Long> records(AppContext context) {
        DSLContext dsl = context.database().dsl();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"document", "letter", "case_event", "worklist_decision", "collection_case",
                "case_invoice", "registered_mail_fact", "agency_handover"}) {
            counts.put(table, (long) dsl.fetchCount(DSL.table(table)));
        }
        return counts;
    }

    /**
     * What a record step killed half-way could leave behind: a stored document nothing points to (no letter, no
     * event, no fact), an event whose letter or document is missing, a letter without its sent event. Empty when the
     * records are whole.
     */
    static List<String> halfRecords(AppContext context) {
        DSLContext dsl = context.database().dsl();
        List<String> found = new ArrayList<>();
        dsl.fetch("SELECT d.id FROM document d WHERE NOT EXISTS (SELECT 1 FROM letter l WHERE l.pdf_document_id = d.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.document_id = d.id)")
                .forEach(r -> found.add("document " + r.get(0) + " without letter or event"));
        dsl.fetch("SELECT e.id FROM case_event e WHERE (e.letter_id IS NOT NULL AND NOT EXISTS"
                        + " (SELECT 1 FROM letter l WHERE l.id = e.letter_id)) OR (e.document_id IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM document d WHERE d.id = e.document_id))")
                .forEach(r -> found.add("event " + r.get(0) + " without its letter or document"));
        dsl.fetch("SELECT l.id FROM letter l WHERE NOT EXISTS (SELECT 1 FROM case_event e WHERE e.letter_id = l.id"
                        + " AND e.kind IN ('LETTER_PRINTED', 'EMAIL_SENT'))")
                .forEach(r -> found.add("letter " + r.get(0) + " without its sent event"));
        return found;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Hidden unfinished files anywhere under {@code folder}: temporary files, half archives, restore scratch. */
    static java.util.List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".part") || name.startsWith(".relance-");
            }).toList();
        }
    }

    static String sha256(Path file) {
        return ImportService.sha256(file);
    }
}
