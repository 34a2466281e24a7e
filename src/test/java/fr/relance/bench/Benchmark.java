package fr.relance.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.relance.demo.DemoDataService;
import fr.relance.demo.DemoLedger;
import fr.relance.demo.DemoLedgerGenerator;
import fr.relance.demo.DemoSize;
import fr.relance.domain.AgingReport;
import fr.relance.dunning.WorklistService;
import fr.relance.imports.ImportFormat;
import fr.relance.imports.ImportService;
import fr.relance.store.AppSettingsRepository;
import fr.relance.store.Database;
import fr.relance.store.LedgerImport;
import fr.relance.store.LedgerWriter;
import fr.relance.store.PayerDirectory;
import fr.relance.store.ReceivablesRepository;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark harness: builds a fresh data file with N invoices, times generation, insertion and the aging
 * query, and reports the peak heap. Prints a table and writes JSON under target/benchmarks. It reports; it never
 * fails a build. Run it with {@code ./mvnw -Pbench verify} (see README).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true)
public final class Benchmark implements Callable<Integer> {

    @Option(names = "--invoices", defaultValue = "100000")
    int invoices;

    @Option(names = "--debtors", defaultValue = "10000")
    int debtors;

    @Option(names = "--out", defaultValue = "target/benchmarks")
    Path out;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each query, after two warm-ups.")
    int runs;

    @Option(names = "--letters", defaultValue = "1000", description = "Two-page letters in the PDF batch.")
    int letters;

    @Option(names = "--only", defaultValue = "all",
            description = "all, letters (the PDF benchmarks alone) or dossier (the agency dossier alone).")
    String only;

    @Option(names = "--dossier-attachments", defaultValue = "100",
            description = "Attachments of the agency dossier (three pages each on average).")
    int dossierAttachments;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Benchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LocalDate asOf = LocalDate.now();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dataDir = Files.createDirectories(out.resolve("data-" + stamp));
        Map<String, Object> results = new LinkedHashMap<>();
        if (!"letters".equals(only) && !"dossier".equals(only)) {
            results.put("invoices", invoices);
            results.put("debtors", debtors);
        }
        results.put("java", System.getProperty("java.version"));
        results.put("processors", Runtime.getRuntime().availableProcessors());
        results.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        resetPeaks();
        if ("dossier".equals(only)) {
            Files.delete(dataDir);
            DossierBenchmarks.run(dossierAttachments, out, stamp, results);
            report(results, stamp);
            return 0;
        }
        if ("letters".equals(only)) {
            Files.delete(dataDir);
            LetterBenchmarks.run(letters, runs, out, stamp, results);
            results.put("peakHeapMb", peakHeapMb());
            report(results, stamp);
            return 0;
        }

        long t0 = System.nanoTime();
        DemoLedger ledger = new DemoLedgerGenerator().generate(new DemoSize(debtors, invoices), asOf,
                DemoDataService.SEED);
        long generated = System.nanoTime();
        results.put("generateMs", millis(t0, generated));
        results.put("payments", ledger.payments().size());
        results.put("allocations", ledger.allocations().size());

        try (Database database = Database.open(dataDir)) {
            long t1 = System.nanoTime();
            new LedgerWriter(database).writeIntoEmptyFile(new LedgerWriter.Ledger(ledger.company(),
                            ledger.debtors(), ledger.contacts(), ledger.invoices(), ledger.payments(),
                            ledger.allocations()), (done, total) -> { }, () -> false);
            results.put("insertMs", millis(t1, System.nanoTime()));
            ledger = null; // let the generated ledger go before measuring queries

            ReceivablesRepository receivables = new ReceivablesRepository(database);
            AgingReport[] last = new AgingReport[1];
            List<Double> aging = time(() -> last[0] = receivables.agingAsOf(asOf));
            results.put("agingMedianMs", median(aging));
            results.put("agingMaxMs", aging.stream().max(Double::compare).orElse(0.0));
            results.put("agingRows", last[0].rows().size());
            long biggest = last[0].rows().get(0).debtorId();
            List<Double> caseFile = time(() -> receivables.openItemsOf(biggest, asOf));
            results.put("caseFileMedianMs", median(caseFile));

            // The actions of the day: the ledger scan plus one query per dunning table, then the domain rules.
            WorklistService worklist = new WorklistService(database, "benchmark");
            int[] lines = new int[1];
            List<Double> worklistRuns = time(() -> lines[0] = worklist.worklist(asOf).size());
            results.put("worklistMedianMs", median(worklistRuns));
            results.put("worklistMaxMs", worklistRuns.stream().max(Double::compare).orElse(0.0));
            results.put("worklistLines", lines[0]);
        }
        importBenchmarks(asOf, stamp, results);
        LetterBenchmarks.run(letters, runs, out, stamp, results);
        results.put("peakHeapMb", peakHeapMb());
        DossierBenchmarks.run(dossierAttachments, out, stamp, results);
        results.put("dataFileMb", round(Files.size(dataDir.resolve(Database.FILE_NAME + Database.FILE_SUFFIX))
                / (1024.0 * 1024.0)));
        deleteTree(dataDir);
        report(results, stamp);
        return 0;
    }

    private void report(Map<String, Object> results, String stamp) throws java.io.IOException {
        print(results);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path file = out.resolve("benchmark-" + stamp + ".json");
        json.writeValue(file.toFile(), results);
        json.writeValue(out.resolve("benchmark-latest.json").toFile(), results);
        System.out.println("JSON: " + file.toAbsolutePath());
    }

    /** 100,000-line CSV and FEC files imported into fresh data files, beside a bare Commons CSV parse. */
    private void importBenchmarks(LocalDate asOf, String stamp, Map<String, Object> results) throws Exception {
        DemoLedger ledger = new DemoLedgerGenerator().generate(new DemoSize(debtors, invoices), asOf,
                DemoDataService.SEED);
        Path csv = ImportFiles.csv(ledger, out.resolve("import-" + stamp + ".csv"));
        Path fec = ImportFiles.fec(ledger, out.resolve("import-" + stamp + "-FEC.txt"), invoices);
        ledger = null;
        for (Path file : List.of(csv, fec)) {
            String label = file == csv ? "csv" : "fec";
            char separator = file == csv ? ';' : '\t';
            ImportFiles.bareParse(file, separator); // warm-up: both sides are timed warm
            long t0 = System.nanoTime();
            long records = ImportFiles.bareParse(file, separator);
            double bare = millis(t0, System.nanoTime());
            Path dataDir = Files.createDirectories(out.resolve("import-data-" + label + "-" + stamp));
            try (Database database = Database.open(dataDir)) {
                ImportService service = new ImportService(new LedgerImport(database),
                        new AppSettingsRepository(database), new PayerDirectory(database));
                ImportService.Progress none = ImportService.Progress.NONE;
                long cold = System.nanoTime();
                ImportFormat format = service.detect(file);
                ImportService.Preview preview = service.preview(file, format, null);
                service.read(file, format, preview.mapping(), null, none);
                results.put(label + "ReadColdMs", millis(cold, System.nanoTime()));
                long t1 = System.nanoTime();
                format = service.detect(file);
                preview = service.preview(file, format, null);
                ImportService.ReadResult read = service.read(file, format, preview.mapping(), null, none);
                long t2 = System.nanoTime();
                LedgerImport.Summary summary = service.importEntries(read, asOf, none);
                long t3 = System.nanoTime();
                results.put(label + "Lines", records);
                results.put(label + "BareParseMs", bare);
                results.put(label + "ReadMs", millis(t1, t2));
                results.put(label + "ApplyMs", millis(t2, t3));
                results.put(label + "ImportTotalMs", millis(t1, t3)); // warm read + apply
                results.put(label + "ReadVsBare", round(millis(t1, t2) / Math.max(bare, 0.1)));
                results.put(label + "Created", summary.created());
                results.put(label + "Rejected", read.rejected().size());
            }
            deleteTree(dataDir);
            Files.delete(file);
        }
    }

    private List<Double> time(Callable<?> query) throws Exception {
        query.call();
        query.call();
        List<Double> timings = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            query.call();
            timings.add(millis(start, System.nanoTime()));
        }
        return timings;
    }

    private static void print(Map<String, Object> results) {
        String[][] rows = {
                {"Invoices / debtors", results.get("invoices") + " / " + results.get("debtors")},
                {"Payments / allocations", results.get("payments") + " / " + results.get("allocations")},
                {"Generate ledger (ms)", String.valueOf(results.get("generateMs"))},
                {"Insert into H2, one transaction (ms)", String.valueOf(results.get("insertMs"))},
                {"Aging list query, median (ms)", String.valueOf(results.get("agingMedianMs"))},
                {"Aging list query, max (ms)", String.valueOf(results.get("agingMaxMs"))},
                {"Aging rows (debtors with a balance)", String.valueOf(results.get("agingRows"))},
                {"Case file open items, median (ms)", String.valueOf(results.get("caseFileMedianMs"))},
                {"Worklist, median (ms), target < 500", String.valueOf(results.get("worklistMedianMs"))},
                {"Worklist, max (ms) / lines", results.get("worklistMaxMs") + " / " + results.get("worklistLines")},
                {"CSV import: lines / created", results.get("csvLines") + " / " + results.get("csvCreated")},
                {"CSV bare Commons CSV parse (ms)", String.valueOf(results.get("csvBareParseMs"))},
                {"CSV import read, first run (ms)", String.valueOf(results.get("csvReadColdMs"))},
                {"CSV import read (ms), x bare", results.get("csvReadMs") + " (x" + results.get("csvReadVsBare") + ")"},
                {"CSV import apply (ms)", String.valueOf(results.get("csvApplyMs"))},
                {"CSV import total (ms)", String.valueOf(results.get("csvImportTotalMs"))},
                {"FEC import: lines / created", results.get("fecLines") + " / " + results.get("fecCreated")},
                {"FEC bare Commons CSV parse (ms)", String.valueOf(results.get("fecBareParseMs"))},
                {"FEC import read, first run (ms)", String.valueOf(results.get("fecReadColdMs"))},
                {"FEC import read (ms), x bare", results.get("fecReadMs") + " (x" + results.get("fecReadVsBare") + ")"},
                {"FEC import apply (ms)", String.valueOf(results.get("fecApplyMs"))},
                {"FEC import total (ms)", String.valueOf(results.get("fecImportTotalMs"))},
                {"One letter render warm (ms) / CPU", results.get("letterRenderMedianMs") + " / "
                        + results.get("letterRenderCpuMedianMs")},
                {"Preview refresh warm (ms) / CPU, < 300", results.get("letterPreviewMedianMs") + " / "
                        + results.get("letterPreviewCpuMedianMs")},
                {"Composer refresh while typing (ms) / CPU / max, < 300", results.get("letterComposerTypingMedianMs")
                        + " / " + results.get("letterComposerTypingCpuMedianMs") + " / "
                        + results.get("letterComposerTypingMaxMs")},
                {"PDF batch: letters / pages", results.get("letterBatchLetters") + " / "
                        + results.get("letterBatchPages")},
                {"PDF batch (ms) / CPU, target < 10,000", results.get("letterBatchMs") + " / "
                        + results.get("letterBatchCpuMs")},
                {"PDF batch, pages per s / per CPU s", results.get("letterBatchPagesPerSecond") + " / "
                        + results.get("letterBatchPagesPerCpuSecond")},
                {"System load average during the batch", String.valueOf(results.get("loadAverage"))},
                {"PDF batch file (MB)", String.valueOf(results.get("letterBatchFileMb"))},
                {"Dossier: attachments / their pages", results.get("dossierAttachments") + " / "
                        + results.get("dossierAttachmentPages")},
                {"Dossier PDF (ms) / CPU, target < 5,000", results.get("dossierPdfMs") + " / "
                        + results.get("dossierPdfCpuMs")},
                {"Dossier PDF pages / MB / peak heap MB", results.get("dossierPages") + " / "
                        + results.get("dossierPdfFileMb") + " / " + results.get("dossierPdfPeakHeapMb")},
                {"Dossier ZIP (ms) / CPU / peak heap MB", results.get("dossierZipMs") + " / "
                        + results.get("dossierZipCpuMs") + " / " + results.get("dossierZipPeakHeapMb")},
                {"Peak heap (MB)", String.valueOf(results.get("peakHeapMb"))},
                {"Data file size (MB)", String.valueOf(results.get("dataFileMb"))},
                {"Java / cores / max heap (MB)", results.get("java") + " / " + results.get("processors") + " / "
                        + results.get("maxHeapMb")}};
        String line = "+" + "-".repeat(40) + "+" + "-".repeat(26) + "+";
        System.out.println(line);
        System.out.printf("| %-38s | %-24s |%n", "Relance benchmark", "");
        System.out.println(line);
        for (String[] row : rows) {
            if (row[1].contains("null")) {
                continue; // not measured in this run (--only)
            }
            System.out.printf("| %-38s | %24s |%n", row[0], row[1]);
        }
        System.out.println(line);
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return round(peak / (1024.0 * 1024.0));
    }

    static double millis(long from, long to) {
        return round((to - from) / 1_000_000.0);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
