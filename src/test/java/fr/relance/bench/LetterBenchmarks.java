package fr.relance.bench;

import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterBatchWriter;
import fr.relance.documents.LetterPdfRenderer;
import fr.relance.documents.LetterPreview;
import fr.relance.documents.SampleLetters;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterEdits;
import fr.relance.domain.letters.LetterSituation;
import fr.relance.domain.letters.LetterWarnings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Letters: one formal notice rendered warm, one preview refresh warm (render + rasterise page 1 at 96 dpi), the
 * composer's refresh while typing (edit a paragraph, check the page and the case, render page 1), and a
 * batch of N different two-page formal notices into one print-ready PDF, reported in pages per second.
 */
final class LetterBenchmarks {

    private LetterBenchmarks() {
    }

    static void run(int letters, int runs, Path out, String stamp, Map<String, Object> results) throws Exception {
        LetterPdfRenderer renderer = new LetterPdfRenderer();
        LetterContent notice = SampleLetters.formalNotice();
        List<double[]> render = time(runs, () -> renderer.render(notice));
        results.put("letterRenderMedianMs", median(render, 0));
        results.put("letterRenderCpuMedianMs", median(render, 1));

        LetterPreview preview = new LetterPreview(renderer);
        List<double[]> refresh = time(runs, () -> preview.page(notice, 0, 96f));
        results.put("letterPreviewMedianMs", median(refresh, 0));
        results.put("letterPreviewCpuMedianMs", median(refresh, 1));

        // The composer while the user types: each keystroke edits a paragraph, then the letter is checked (page
        // and case) and its first page rendered again, as Courriers does off the JavaFX thread.
        List<String> paragraphs = new ArrayList<>(LetterEdits.paragraphs(notice));
        LetterSituation situation = LetterSituation.clear(DebtorKind.B2B);
        List<double[]> typing = time(runs * 4, () -> {
            paragraphs.set(0, paragraphs.get(0) + "x");
            LetterContent edited = LetterEdits.apply(notice, notice.subject(), notice.reference(), paragraphs);
            renderer.check(edited);
            LetterWarnings.of(situation, DebtorKind.B2B, edited);
            return preview.draft(edited, 0, 96f);
        });
        results.put("letterComposerTypingMedianMs", median(typing, 0));
        results.put("letterComposerTypingCpuMedianMs", median(typing, 1));
        results.put("letterComposerTypingMaxMs", typing.stream().mapToDouble(t -> t[0]).max().orElse(0));

        LetterBatchWriter writer = new LetterBatchWriter(EnvelopeLayout.DL);
        Path warmUp = out.resolve("letters-warmup-" + stamp + ".pdf");
        writer.write(notices(Math.min(letters, 50)), Math.min(letters, 50), warmUp, LetterBatchWriter.Progress.NONE);
        Files.delete(warmUp);

        Path file = out.resolve("letters-" + stamp + ".pdf");
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        LetterBatchWriter.Summary summary = writer.write(notices(letters), letters, file,
                LetterBatchWriter.Progress.NONE);
        double ms = Benchmark.millis(t0, System.nanoTime());
        double cpuMs = Benchmark.millis(cpu0, processCpuNanos());
        // On a shared machine the wall time says more about the neighbours than about the code: the CPU time
        // the whole process used (all threads, JIT and GC included) is reported beside it.
        results.put("letterBatchCpuMs", cpuMs);
        results.put("letterBatchPagesPerCpuSecond", Benchmark.round(summary.pages() / (cpuMs / 1000.0)));
        results.put("loadAverage", Benchmark.round(ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
        results.put("letterBatchLetters", summary.letters());
        results.put("letterBatchPages", summary.pages());
        results.put("letterBatchBlankPages", summary.blankPages());
        results.put("letterBatchMs", ms);
        results.put("letterBatchPagesPerSecond", Benchmark.round(summary.pages() / (ms / 1000.0)));
        results.put("letterBatchFileMb", Benchmark.round(Files.size(file) / (1024.0 * 1024.0)));
        Files.delete(file);
    }

    /** Different letters made one at a time, as a composer hands them over. */
    private static Iterator<LetterContent> notices(int count) {
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public LetterContent next() {
                return SampleLetters.formalNotice(next++);
            }
        };
    }

    /** Wall and CPU milliseconds of each run, after five warm-ups. */
    private static List<double[]> time(int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < 5; i++) {
            work.call();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<double[]> timings = new ArrayList<>();
        for (int run = 0; run < Math.max(runs, 5); run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.call();
            timings.add(new double[] {Benchmark.millis(start, System.nanoTime()),
                    Benchmark.millis(cpu, threads.getCurrentThreadCpuTime())});
        }
        return timings;
    }

    private static double median(List<double[]> timings, int column) {
        return Benchmark.median(timings.stream().map(t -> t[column]).toList());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
