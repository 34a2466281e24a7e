package fr.relance.imports;

import fr.relance.domain.EntryKind;
import fr.relance.domain.LedgerEntry;
import fr.relance.domain.RejectedLine;
import fr.relance.imports.csv.CsvLedgerReader;
import fr.relance.imports.csv.CsvPreview;
import fr.relance.imports.csv.TextFileProbe;
import fr.relance.imports.fec.FecReader;
import fr.relance.imports.xlsx.XlsxLedgerReader;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.LedgerImport;
import fr.relance.store.LedgerWriter;
import fr.relance.store.PayerDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The import of a ledger export, step by step as the wizard and the command line go: detect the format, preview
 * the file with a column mapping (a saved preset for the same header when there is one), read every line into
 * entries and rejected lines, then apply the valid entries in one transaction.
 */
public final class ImportService {

    public static final int PREVIEW_ROWS = 20;
    static final String PRESET_PREFIX = "import.preset.";

    private final LedgerImport ledgerImport;
    private final AppSettingsRepository settings;
    private final PayerDirectory payers;

    public ImportService(LedgerImport ledgerImport, AppSettingsRepository settings, PayerDirectory payers) {
        this.ledgerImport = ledgerImport;
        this.settings = settings;
        this.payers = payers;
    }

    /** What the wizard shows before the import: the format, the header, sample rows and the mapping to use. */
    public record Preview(Path file, ImportFormat format, String encoding, Character separator, List<String> sheets,
                          String sheet, List<String> header, List<SourceRow> rows, ColumnMapping mapping,
                          MappingPreset preset) {
    }

    /**
     * Every line of the file, read: what can be imported, what cannot and why.
     *
     * @param skipped bank-statement lines that bring no money in (debits), neither imported nor rejected
     */
    public record ReadResult(Path file, ImportFormat format, String sha256, List<LedgerEntry> entries,
                             Set<String> settledNumbers, List<RejectedLine> rejected, int skipped) {

        public long invoiceCount() {
            return entries.stream().filter(e -> e.kind() != EntryKind.PAYMENT).count();
        }

        public long paymentCount() {
            return entries.stream().filter(e -> e.kind() == EntryKind.PAYMENT).count();
        }
    }

    /** Progress of a step, between 0 and 1, and cancellation. */
    public interface Progress {
        /** For a script or a test: nothing to show, nobody to cancel. */
        Progress NONE = new Progress() {
            @Override
            public void advanced(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        void advanced(double fraction);

        boolean isCancelled();
    }

    /** By extension for Excel; for text, a FEC is known by its header. */
    public ImportFormat detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return ImportFormat.XLSX;
        }
        // Bytes the charset cannot decode become U+FFFD here too (the reader rejects those lines), never a failure.
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                TextFileProbe.probe(file).charset().newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)))) {
            String first = reader.readLine();
            while (first != null && first.isBlank()) {
                first = reader.readLine();
            }
            String header = first == null ? "" : first.toLowerCase(Locale.ROOT);
            return header.contains("journalcode") && header.contains("ecrituredate") ? ImportFormat.FEC
                    : ImportFormat.CSV;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Preview preview(Path file, ImportFormat format, String sheet) {
        try {
            return switch (format) {
                case FEC -> new Preview(file, format, null, null, List.of(), null, List.of(), List.of(),
                        ColumnMapping.empty(), null);
                case CSV -> {
                    CsvPreview csv = CsvLedgerReader.header(file, PREVIEW_ROWS);
                    MappingPreset preset = presetFor(csv.header()).orElse(null);
                    yield new Preview(file, format, csv.format().charset().name(), csv.format().separator(),
                            List.of(), null, csv.header(), csv.rows(),
                            preset != null ? preset.mapping() : csv.guessed(), preset);
                }
                case XLSX -> {
                    XlsxLedgerReader.Sample sample = XlsxLedgerReader.sample(file, sheet, PREVIEW_ROWS);
                    MappingPreset preset = presetFor(sample.header()).orElse(null);
                    yield new Preview(file, format, null, null, sample.sheets(), sample.sheet(), sample.header(),
                            sample.rows(), preset != null ? preset.mapping() : ColumnMapping.guess(sample.header()),
                            preset);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every line; nothing is written. */
    public ReadResult read(Path file, ImportFormat format, ColumnMapping mapping, String sheet, Progress progress) {
        List<LedgerEntry> entries = new ArrayList<>();
        Set<String> settled = new HashSet<>();
        List<RejectedLine> rejected = new ArrayList<>();
        int[] skipped = {0};
        long size = size(file);
        SettledSink sink = new SettledSink() {
            @Override
            public void accept(LedgerEntry entry) {
                entries.add(entry);
            }

            @Override
            public void reject(RejectedLine line) {
                rejected.add(line);
            }

            @Override
            public void notReceived(int lineNumber) {
                skipped[0]++;
            }

            @Override
            public void settled(RowOutcome.Settled line) {
                settled.add(line.number());
            }

            @Override
            public void progress(long done, long total) {
                long of = total > 0 ? total : size;
                progress.advanced(of <= 0 ? 0 : Math.min(1.0, (double) done / of));
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        try {
            switch (format) {
                case CSV -> CsvLedgerReader.read(file, mapping, sink);
                case XLSX -> XlsxLedgerReader.read(file, sheet, mapping, sink);
                case FEC -> new FecReader().read(file, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (progress.isCancelled()) {
            throw new CancellationException("import cancelled");
        }
        List<LedgerEntry> payable = withinLimits(resolvePayers(file, format, mapping, sheet, entries, rejected),
                rejected, field -> columnOf(field, file, format, mapping, sheet));
        rejected.sort(Comparator.comparingInt(RejectedLine::lineNumber));
        return new ReadResult(file, format, sha256(file), List.copyOf(payable), Set.copyOf(settled),
                List.copyOf(rejected), skipped[0]);
    }

    /**
     * Bank-statement payments come without a debtor: each gets the one its label names (see
     * {@link PayerResolver}), or becomes a rejected line the user sees in the preview.
     */
    private List<LedgerEntry> resolvePayers(Path file, ImportFormat format, ColumnMapping mapping, String sheet,
                                            List<LedgerEntry> entries, List<RejectedLine> rejected) {
        if (entries.stream().noneMatch(e -> e.debtorCode().isBlank())) {
            return entries;
        }
        PayerResolver resolver = new PayerResolver(payers.invoiceOwners(), payers.debtorNames());
        String column = labelColumn(file, format, mapping, sheet);
        List<LedgerEntry> resolved = new ArrayList<>(entries.size());
        for (LedgerEntry entry : entries) {
            if (!entry.debtorCode().isBlank()) {
                resolved.add(entry);
                continue;
            }
            PayerResolver.Payer payer = resolver.resolve(entry.reference());
            if (payer.found()) {
                resolved.add(new LedgerEntry(entry.lineNumber(), entry.kind(), payer.debtorCode(),
                        entry.debtorName(), entry.number(), entry.date(), entry.dueDate(), entry.amount(),
                        entry.openAmount(), entry.amountExclVat(), entry.currency(), entry.reference(),
                        entry.details()));
            } else {
                rejected.add(new RejectedLine(entry.lineNumber(), column, payer.rejectionKey(),
                        List.of(entry.reference()), entry.reference()));
            }
        }
        return resolved;
    }

    /** Entries that fit the data file; the others become rejected lines (see {@link EntryLimits}). */
    private static List<LedgerEntry> withinLimits(List<LedgerEntry> entries, List<RejectedLine> rejected,
                                                  java.util.function.Function<LedgerField, String> column) {
        List<LedgerEntry> kept = new ArrayList<>(entries.size());
        EntryLimits.Duplicates duplicates = new EntryLimits.Duplicates();
        for (LedgerEntry entry : entries) {
            Optional<RejectedLine> refused = EntryLimits.check(entry, column);
            if (refused.isEmpty()) {
                refused = duplicates.check(entry, column);
            }
            refused.ifPresentOrElse(rejected::add, () -> kept.add(entry));
        }
        return kept;
    }

    /** The file's name of the column holding a field: its header (CSV, Excel), or the FEC's standard name. */
    private static String columnOf(LedgerField field, Path file, ImportFormat format, ColumnMapping mapping,
                                   String sheet) {
        if (format == ImportFormat.FEC) {
            return switch (field) {
                case DEBTOR_CODE -> "CompAuxNum";
                case DEBTOR_NAME -> "CompAuxLib";
                case NUMBER -> "PieceRef";
                case REFERENCE -> "EcritureLib";
                case CURRENCY -> "Idevise";
                case AMOUNT_INCL_VAT -> "Debit/Credit";
                default -> field.name();
            };
        }
        int column = mapping.column(field);
        try {
            List<String> header = switch (format) {
                case CSV -> CsvLedgerReader.header(file, 0).header();
                case XLSX -> XlsxLedgerReader.sample(file, sheet, 0).header();
                case FEC -> List.of();
            };
            return column >= 0 && column < header.size() ? header.get(column) : field.name();
        } catch (IOException | RuntimeException e) {
            return field.name();
        }
    }

    /** The header of the label column, as rejected lines name it. */
    private static String labelColumn(Path file, ImportFormat format, ColumnMapping mapping, String sheet) {
        int column = mapping.column(LedgerField.REFERENCE);
        try {
            List<String> header = switch (format) {
                case CSV -> CsvLedgerReader.header(file, 0).header();
                case XLSX -> XlsxLedgerReader.sample(file, sheet, 0).header();
                case FEC -> List.of();
            };
            return column >= 0 && column < header.size() ? header.get(column) : LedgerField.REFERENCE.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the entries read (the valid lines) in one transaction, or nothing.
     *
     * @throws ImportException {@code import.error.notStored} when the data file refuses a value after all (nothing is
     *                         written then); the entries are checked against its columns beforehand, so this is a
     *                         last resort
     */
    public LedgerImport.Summary importEntries(ReadResult read, LocalDate importDate, Progress progress) {
        LedgerWriter.Progress writing = (done, total) -> progress.advanced(total == 0 ? 0 : (double) done / total);
        try {
            return apply(read, importDate, progress, writing);
        } catch (org.jooq.exception.IntegrityConstraintViolationException | org.jooq.exception.DataTypeException e) {
            throw new ImportException(NOT_STORED, List.of(String.valueOf(rootMessage(e))), e);
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.sqlState() != null && (e.sqlState().startsWith("22") || e.sqlState().startsWith("23"))) {
                // SQL state class 22 (data exception: too long, out of range) or 23 (constraint): a value, not the disk
                throw new ImportException(NOT_STORED, List.of(String.valueOf(rootMessage(e))), e);
            }
            throw e;
        }
    }

    /** The data file refused a value of the file: the message key, worded by the UI. */
    public static final String NOT_STORED = "import.error.notStored";

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int statement = message.indexOf("; SQL statement");
        return statement > 0 ? message.substring(0, statement) : message;
    }

    private LedgerImport.Summary apply(ReadResult read, LocalDate importDate, Progress progress,
                                       LedgerWriter.Progress writing) {
        return ledgerImport.apply(new LedgerImport.Request(read.file().getFileName().toString(), read.sha256(),
                        read.format().name(), importDate, read.entries(), read.settledNumbers(),
                        read.rejected().size()),
                writing, progress::isCancelled);
    }

    // ---- presets ----

    public Optional<MappingPreset> presetFor(List<String> header) {
        String signature = ColumnMapping.headerSignature(header);
        return presets().stream().filter(p -> p.headerSignature().equals(signature)).findFirst();
    }

    public Optional<MappingPreset> presetNamed(String name) {
        return presets().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public List<MappingPreset> presets() {
        List<MappingPreset> presets = new ArrayList<>();
        for (String text : settings.withPrefix(PRESET_PREFIX).values()) {
            try {
                presets.add(MappingPreset.decode(text));
            } catch (IllegalArgumentException damaged) {
                // a damaged preset is simply not offered
            }
        }
        return presets;
    }

    /** Kept under the header's signature: one preset per kind of export. */
    public void savePreset(MappingPreset preset) {
        settings.put(PRESET_PREFIX + preset.headerSignature().hashCode(), preset.encode());
    }

    // ---- helpers ----

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return org.apache.commons.codec.digest.DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code file} names an existing, readable regular file; the message key why not otherwise. */
    public static Optional<String> unreadable(Path file) {
        if (!Files.exists(file)) {
            return Optional.of("import.error.notFound");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of("import.error.notAFile");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("import.error.unreadable");
        }
        return Optional.empty();
    }

}
