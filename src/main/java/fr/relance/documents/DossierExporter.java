package fr.relance.documents;

import fr.relance.documents.DossierExportException.Reason;
import fr.relance.domain.CaseStage;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.documents.FileType;
import fr.relance.domain.dossier.DossierChecklist;
import fr.relance.domain.dossier.DossierContent;
import fr.relance.domain.dossier.DossierContent.DossierAttachment;
import fr.relance.exports.SafeFile;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import fr.relance.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports a debtor's agency-ready dossier as one PDF ({@link DossierPdfWriter}) or as a ZIP holding that PDF, the
 * original files (under their own names, made unique) and claim.csv ({@link ClaimCsv}). The file is written beside
 * the target and moved in place once complete ({@link SafeFile}): a failure (a full disk), or a cancellation, leaves
 * no file behind and the previous one intact. Runs off the JavaFX thread; used by the case file, the command line
 * and the agency handover.
 */
public final class DossierExporter {

    /** How far the export is: steps done of the total (sections, then one per attachment). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void advanced(int done, int total);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DossierExporter.class);

    private final DossierSources sources;
    private final DocumentRepository documents;
    private final Supplier<LocalDate> today;
    private final Locale locale;
    private final UnaryOperator<OutputStream> outputFilter;

    /**
     * @param today  the as-of date of the dossier (the claim's penalties run up to it)
     * @param locale the dossier's language (French unless the user's is English)
     */
    public DossierExporter(Database database, Supplier<LocalDate> today, Locale locale) {
        this(database, today, locale, UnaryOperator.identity());
    }

    /** @param outputFilter wraps what is written (tests make it fail as a full disk does) */
    DossierExporter(Database database, Supplier<LocalDate> today, Locale locale,
                    UnaryOperator<OutputStream> outputFilter) {
        this.sources = new DossierSources(database);
        this.documents = new DocumentRepository(database);
        this.today = today;
        this.locale = Messages.uiLocale(locale);
        this.outputFilter = outputFilter;
    }

    /**
     * Writes the dossier of the debtor to {@code target}.
     *
     * @throws DossierExportException      when the target cannot be written (nothing is left behind)
     * @throws CancellationException       when cancelled (nothing is left behind)
     * @throws IllegalArgumentException    when there is no such debtor
     * @throws fr.relance.domain.MissingRateException when a half-year of penalties has no rate
     */
    public ExportedDossier export(long debtorId, DossierFormat format, Path target, Progress progress,
                                  BooleanSupplier cancelled) {
        return export(debtorId, null, null, format, target, progress, cancelled);
    }

    /**
     * Writes the dossier handed over to {@code agency}: its cover names that agency and the agency stage (the
     * handover is recorded once the file is written), and it prints {@code checklist}, the one the handover was
     * checked against.
     *
     * @see #export(long, DossierFormat, Path, Progress, BooleanSupplier)
     */
    public ExportedDossier exportForHandover(long debtorId, CollectionAgency agency, DossierChecklist checklist,
                                             DossierFormat format, Path target, Progress progress,
                                             BooleanSupplier cancelled) {
        return export(debtorId, java.util.Objects.requireNonNull(agency), checklist, format, target, progress,
                cancelled);
    }

    private ExportedDossier export(long debtorId, CollectionAgency agency, DossierChecklist checklist,
                                   DossierFormat format, Path target, Progress progress, BooleanSupplier cancelled) {
        checkTarget(format, target);
        Messages messages = new Messages(locale);
        DossierContent read = sources.content(debtorId, today.get(), messages);
        DossierContent content = agency == null ? read : new DossierContent(read.asOf(), read.creditor(),
                read.debtor(), read.contacts(), CaseStage.AGENCY, agency, read.claim(),
                checklist == null ? read.checklist() : DossierSources.checklistLines(checklist, messages),
                read.chronology(), read.statement(), read.attachments());
        Path scratch = scratchFolder();
        try {
            ScratchFiles files = new ScratchFiles(scratch);
            DossierPdfWriter.Steps steps = new DossierPdfWriter.Steps() {
                @Override
                public void advanced(int done, int total) {
                    progress.advanced(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.getAsBoolean();
                }
            };
            DossierPdfWriter.Result[] result = new DossierPdfWriter.Result[1];
            MessageDigest digest = sha256();
            SafeFile.write(target, out -> {
                OutputStream hashed = new DigestOutputStream(outputFilter.apply(out), digest);
                if (format == DossierFormat.PDF) {
                    result[0] = new DossierPdfWriter().write(content, files, messages, steps, hashed);
                } else {
                    result[0] = zip(content, files, messages, steps, hashed, cancelled);
                }
                hashed.flush();
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Dossier cancelled");
                }
            });
            List<ExportedDossier.MissingFile> missing = result[0].missing().stream()
                    .map(m -> new ExportedDossier.MissingFile(m.fileName(), m.reason())).toList();
            return new ExportedDossier(target, java.util.HexFormat.of().formatHex(digest.digest()),
                    result[0].pages(), missing);
        } catch (UncheckedIOException e) {
            throw failure(target, e.getCause());
        } finally {
            deleteTree(scratch);
        }
    }

    private DossierPdfWriter.Result zip(DossierContent content, ScratchFiles files, Messages messages,
                                        DossierPdfWriter.Steps steps, OutputStream out, BooleanSupplier cancelled)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // PDFs, scans and photos are compressed already: deflating them again costs time and saves nothing.
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        String code = content.debtor().accountCode().replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        zip.putNextEntry(new ZipEntry(messages.get("dossier.zip.pdfName", code)));
        DossierPdfWriter.Result result = new DossierPdfWriter().write(content, files, messages, steps, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("claim.csv"));
        ClaimCsv.write(content.claim(), messages, zip);
        zip.closeEntry();
        Set<String> names = new HashSet<>();
        String folder = messages.get("dossier.zip.folder") + "/";
        for (DossierAttachment attachment : content.attachments()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Dossier cancelled");
            }
            Path file = files.fileOf(attachment);
            if (file == null) {
                continue;
            }
            zip.putNextEntry(new ZipEntry(folder + unique(names, originalName(attachment))));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
        return result;
    }

    /** "facture.pdf", then "facture (2).pdf": two originals never overwrite each other in the ZIP. */
    static String unique(Set<String> taken, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        return candidate;
    }

    /** The file's own name, made safe for any file system, with the extension of its real type when it lacks it. */
    static String originalName(DossierAttachment attachment) {
        String name = attachment.fileName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "document-" + attachment.documentId() + name;
        }
        FileType type = FileType.ofMediaType(attachment.mimeType()).orElse(null);
        if (type != null && !type.matchesName(name)) {
            name = name + "." + type.extension();
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    private static void checkTarget(DossierFormat format, Path target) {
        if (DossierFormat.ofFile(target).orElse(null) != format) {
            throw new DossierExportException(Reason.BAD_EXTENSION, target, null);
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DossierExportException(Reason.NO_FOLDER, target, null);
        }
        if (!Files.isWritable(folder) || (Files.exists(target) && !Files.isWritable(target))) {
            throw new DossierExportException(Reason.NOT_WRITABLE, target, null);
        }
    }

    private static DossierExportException failure(Path target, IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        boolean full = message.contains("no space left") || message.contains("not enough space")
                || message.contains("disk full") || message.contains("quota");
        if (!full && e instanceof FileSystemException fs && fs.getReason() != null) {
            String reason = fs.getReason().toLowerCase(Locale.ROOT);
            full = reason.contains("no space left") || reason.contains("not enough space");
        }
        if (!full && e instanceof java.nio.file.AccessDeniedException) {
            return new DossierExportException(Reason.NOT_WRITABLE, target, e);
        }
        LOG.warn("Dossier not written to {}", target, e);
        return new DossierExportException(full ? Reason.DISK_FULL : Reason.WRITE_FAILED, target, e);
    }

    /** Each attachment's bytes copied once from the data file into the scratch folder. */
    private final class ScratchFiles implements DossierPdfWriter.AttachmentFiles {
        private final Path folder;
        private final java.util.Map<Long, Path> copies = new java.util.HashMap<>();

        ScratchFiles(Path folder) {
            this.folder = folder;
        }

        @Override
        public Path fileOf(DossierAttachment attachment) {
            if (copies.containsKey(attachment.documentId())) {
                return copies.get(attachment.documentId());
            }
            Path target = folder.resolve(attachment.documentId() + ".bin");
            Path copy = target;
            try {
                documents.read(attachment.documentId(), in -> copy(in, target));
            } catch (RuntimeException e) {
                LOG.warn("Document {} ({}) cannot be read for the dossier", attachment.documentId(),
                        attachment.fileName(), e);
                copy = null;
            }
            copies.put(attachment.documentId(), copy);
            return copy;
        }

        private static long copy(InputStream in, Path copy) throws IOException {
            return in == null ? -1 : Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path scratchFolder() {
        try {
            return Files.createTempDirectory("relance-dossier-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try {
            org.apache.commons.io.file.PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            LOG.debug("Scratch folder {} not removed", folder, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
