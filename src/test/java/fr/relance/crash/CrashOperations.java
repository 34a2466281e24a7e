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
