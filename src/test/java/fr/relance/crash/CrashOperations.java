package fr.relance.crash;

import fr.relance.app.AppContext;
import fr.relance.backup.BackupKind;
import fr.relance.backup.BackupProgress;
import fr.relance.backup.VerifiedBackup;
import fr.relance.documents.AttachmentService;
import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterBatchWriter;
import fr.relance.documents.SampleLetters;
import fr.relance.documents.SystemViewer;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.letters.LetterContent;
import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.store.AgencyRepository;
import fr.relance.store.DocumentRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/** The operations the kill tests interrupt, each run in a child JVM by {@link CrashChild}. */
public final class CrashOperations {

    static final String IMPORT_FILE = "import-b.csv";
    static final String ATTACHMENT_FILE = "courrier-client.eml";
    static final String RESTORE_FROM = "restore-from.txt";
    static final String LETTERS_FOLDER = "courriers";
    static final String LETTERS_FILE = "lot-du-jour.pdf";
    static final int LETTERS = 12;
    static final String DOSSIER_FOLDER = "dossiers";
    static final String DOSSIER_FILE = "dossier-411A01.zip";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String RECEIPT_LETTER = "receipt-letter.txt";
    static final String RECEIPT_FILE = "avis-de-reception.pdf";
    static final LocalDate RECEIPT_DAY = CrashData.LETTERS_DAY.plusDays(5);
    static final String AGENCY = "agency.txt";
    static final String HANDOVER_FILE = "remise-411A01.zip";
    static final String HANDOVER_REASON = "Pièces manquantes envoyées à part par courrier";

    private CrashOperations() {
    }

    /** Imports {@code work/import-b.csv} as the wizard does: detect, preview, read, then one transaction. */
    public static final class ImportLedger implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) {
            ImportService imports = context.imports();
            Path file = work.resolve(IMPORT_FILE);
            ImportFormat format = imports.detect(file);
            ImportService.Preview preview = imports.preview(file, format, null);
            ImportService.ReadResult read = imports.read(file, format, preview.mapping(), preview.sheet(),
                    progress(fraction -> { }));
            imports.importEntries(read, TODAY, progress(fraction -> point.progress(Math.round(fraction * 1000),
                    1000)));
        }
    }

    /** A manual backup into {@code <data>/backups}. */
    public static final class Backup implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) {
            context.backups().create(BackupKind.MANUAL, backupProgress(point::progress));
        }
    }

    /**
     * Restores the archive named in {@code work/restore-from.txt}: named moments "verify" (half the archive checked),
     * "aside" (the current file kept aside, the restored one not yet in place) and "swapped" (in place, not reopened).
     */
    public static final class Restore implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) throws Exception {
            Path archive = Path.of(Files.readString(work.resolve(RESTORE_FROM)).strip());
            VerifiedBackup verified = context.backups().verify(archive, backupProgress((done, total) -> {
                if (2 * done >= total) {
                    point.reached("verify");
                }
            }));
            context.backups().restore(verified, backupProgress((done, total) ->
                    point.reached(done == 1 ? "aside" : "swapped")));
        }
    }

    /** Attaches {@code work/courrier-client.eml} to debtor 1, streamed into the data file. */
    public static final class Attach implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) {
            DocumentRepository documents = new DocumentRepository(context.database());
            SystemViewer noViewer = file -> {
                throw new UnsupportedOperationException();
            };
            AttachmentService attachments = new AttachmentService(documents, new AgencyRepository(context.database()),
                    noViewer, work.resolve("copies"));
            attachments.attach(1, work.resolve(ATTACHMENT_FILE),
                    new AttachmentDetails(DocumentKind.CORRESPONDENCE, TODAY, "reçu par courrier"), TODAY, "claire",
                    point::progress, () -> false);
        }
    }

    /** A batch of {@link #LETTERS} formal notices written over {@code work/courriers/lot-du-jour.pdf}. */
    public static final class LetterBatch implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) {
            Iterator<LetterContent> letters = IntStream.range(0, LETTERS).mapToObj(SampleLetters::formalNotice)
                    .iterator();
            new LetterBatchWriter(EnvelopeLayout.DL).write(letters, LETTERS,
                    work.resolve(LETTERS_FOLDER).resolve(LETTERS_FILE), new LetterBatchWriter.Progress() {
                        @Override
                        public void advanced(int done, int total) {
                            point.progress(done, total);
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
        }
    }

    /** The agency dossier of debtor 1 (its invoices, its e-mail attachment) as a ZIP over {@code work/dossiers/}. */
    public static final class DossierExport implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) {
            context.dossierExporter(java.util.Locale.FRANCE).export(1, fr.relance.documents.DossierFormat.ZIP,
                    work.resolve(DOSSIER_FOLDER).resolve(DOSSIER_FILE), point::progress, () -> false);
        }
    }

    /**
     * Marks the day's letters of {@link CrashData#lettersTemplate} as sent, as "Marquer comme envoyés" does: the
     * worklist's letter lines reviewed, then one transaction per letter. Progress is told after each letter's commit;
     * the moment {@code "letter-<n>"} is the n-th letter row written, inside its transaction (its document written,
     * its event and worklist line not yet, nothing committed).
     */
    public static final class MarkLettersSent implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) {
            stopAfterStatements(context, point, "letter", "LETTER");
            fr.relance.dunning.LetterRun run = context.letterRun();
            List<fr.relance.dunning.LetterRun.Line> lines = run.review(run.letterLines(CrashData.LETTERS_DAY),
                    CrashData.LETTERS_DAY, fr.relance.dunning.LetterRun.Progress.NONE);
            fr.relance.dunning.LetterRun.Recorded recorded = run.markSent(lines, CrashData.LETTERS_DAY, "claire",
                    letterProgress(point));
            if (recorded.failure() != null) {
                throw recorded.failure();
            }
        }
    }

    /**
     * Stores {@code work/avis-de-reception.pdf} as the receipt of the registered letter named in
     * {@code work/receipt-letter.txt}: the document streamed into the data file (progress told), the RECEIPT fact and
     * the "document added" event, one transaction. The moment {@code "fact-1"} is the fact written, not committed.
     */
    public static final class AttachReceipt implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) throws Exception {
            stopAfterStatements(context, point, "fact", "REGISTERED_MAIL_FACT");
            long letterId = Long.parseLong(Files.readString(work.resolve(RECEIPT_LETTER)).strip());
            Path scan = work.resolve(RECEIPT_FILE);
            new fr.relance.store.RegisteredMailRepository(context.database()).attachReceipt(letterId,
                    new DocumentRepository.Content(RECEIPT_FILE, "application/pdf", Files.size(scan),
                            () -> Files.newInputStream(scan)),
                    RECEIPT_DAY, null, RECEIPT_DAY, "claire", point::progress, () -> false);
        }
    }

    /**
     * Hands debtor 1 over to the agency named in {@code work/agency.txt} with its dossier written to
     * {@code work/dossiers/remise-411A01.zip}: the moment {@code "exported"} is the dossier file in place, nothing
     * recorded; {@code "handover-1"} the handover row written inside the transaction, not committed.
     */
    public static final class HandOver implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) throws Exception {
            stopAfterStatements(context, point, "handover", "AGENCY_HANDOVER");
            long agency = Long.parseLong(Files.readString(work.resolve(AGENCY)).strip());
            fr.relance.agency.DossierExport zip = dossierExport(context);
            fr.relance.agency.DossierExport export = new fr.relance.agency.DossierExport() {
                @Override
                public fr.relance.agency.DossierExport.ExportedDossier export(long debtorId,
                        fr.relance.domain.agency.CollectionAgency agency, LocalDate asOf,
                        fr.relance.domain.dossier.DossierChecklist checklist, Path target, Steps steps) {
                    fr.relance.agency.DossierExport.ExportedDossier written = zip.export(debtorId, agency, asOf,
                            checklist, target, steps);
                    point.reached("exported");
                    return written;
                }

                @Override
                public String extension() {
                    return zip.extension();
                }
            };
            context.agencyFlowService(export).handOver(1, agency, HANDOVER_REASON,
                    work.resolve(DOSSIER_FOLDER).resolve(HANDOVER_FILE), TODAY);
        }
    }

    /**
     * E-mails debtor 1 its first reminder through the server set in the data folder's settings, then records it.
     * The moment {@code "letter-1"} is the letter row written, inside the recording's transaction: the server has
     * accepted the mail by then.
     */
    public static final class SendReminder implements CrashOperation {
        @Override
        public void run(AppContext context, Path work, KillPoint point) {
            stopAfterStatements(context, point, "letter", "LETTER");
            context.emailReminderService().send(1, fr.relance.domain.letters.LetterKind.FIRST_REMINDER,
                    RECEIPT_DAY, "claire");
        }
    }

    /** The dossier a handover writes, as the case file's Dossier tab builds it. */
    static fr.relance.agency.DossierExport dossierExport(AppContext context) {
        return new fr.relance.app.AgencyDossierExport(context.database(), java.util.Locale.FRANCE);
    }

    /**
     * Stops the child at {@code "@<name>-<n>"}: right after the n-th INSERT into {@code table} (plain, or inside
     * the SELECT that H2 uses to return generated ids), inside the
     * transaction that wrote it, before its commit. A jOOQ execute listener added to the opened data file's
     * configuration: production code carries no hook for it.
     */
    static void stopAfterStatements(AppContext context, KillPoint point, String name, String table) {
        java.util.regex.Pattern insert = java.util.regex.Pattern.compile(
                "insert into \"?" + table + "\"?\\s*\\(", java.util.regex.Pattern.CASE_INSENSITIVE);
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        org.jooq.Configuration configuration = context.database().dsl().configuration();
        org.jooq.ExecuteListenerProvider[] providers = configuration.executeListenerProviders();
        org.jooq.ExecuteListenerProvider[] more = java.util.Arrays.copyOf(providers, providers.length + 1);
        more[providers.length] = org.jooq.impl.DefaultExecuteListenerProvider.providers(new org.jooq.ExecuteListener() {
            @Override
            public void executeEnd(org.jooq.ExecuteContext ctx) {
                if (ctx.sql() != null && insert.matcher(ctx.sql().strip()).find()) {
                    point.reached(name + "-" + seen.incrementAndGet());
                }
            }
        })[0];
        configuration.set(more);
    }

    static fr.relance.dunning.LetterRun.Progress letterProgress(KillPoint point) {
        return new fr.relance.dunning.LetterRun.Progress() {
            @Override
            public void advanced(int done, int total) {
                point.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    static ImportService.Progress progress(java.util.function.DoubleConsumer advanced) {
        return new ImportService.Progress() {
            @Override
            public void advanced(double fraction) {
                advanced.accept(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    interface Advanced {
        void advanced(long done, long total);
    }

    static BackupProgress backupProgress(Advanced advanced) {
        return new BackupProgress() {
            @Override
            public void advanced(long done, long total) {
                advanced.advanced(done, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
