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
import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.store.AgencyRepository;
import fr.relance.store.DocumentRepository;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
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
