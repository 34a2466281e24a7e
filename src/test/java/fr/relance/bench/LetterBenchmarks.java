package fr.relance.bench;

import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterBatchWriter;
import fr.relance.documents.LetterPdfRenderer;
import fr.relance.documents.LetterPreview;
import fr.relance.documents.SampleLetters;
import fr.relance.domain.letters.LetterContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Letters: one formal notice rendered warm, one preview refresh warm (render + rasterise page 1 at 96 dpi), and a
 * batch of N different two-page formal notices into one print-ready PDF, reported in pages per second.
 */
final class LetterBenchmarks {

    private LetterBenchmarks() {
    }

    static void run(int letters, int runs, Path out, String stamp, Map<String, Object> results) throws Exception {
        LetterPdfRenderer renderer = new LetterPdfRenderer();
        LetterContent notice = SampleLetters.formalNotice();
        List<Double> render = time(runs, () -> renderer.render(notice));
        results.put("letterRenderMedianMs", Benchmark.median(render));
        results.put("letterRenderMaxMs", render.stream().max(Double::compare).orElse(0.0));

        LetterPreview preview = new LetterPreview(renderer);
        List<Double> refresh = time(runs, () -> preview.page(notice, 0, 96f));
        results.put("letterPreviewMedianMs", Benchmark.median(refresh));
        results.put("letterPreviewMaxMs", refresh.stream().max(Double::compare).orElse(0.0));

        LetterBatchWriter writer = new LetterBatchWriter(EnvelopeLayout.DL);
        Path warmUp = out.resolve("letters-warmup-" + stamp + ".pdf");
        writer.write(notices(Math.min(letters, 50)), Math.min(letters, 50), warmUp, LetterBatchWriter.Progress.NONE);
        Files.delete(warmUp);

        Path file = out.resolve("letters-" + stamp + ".pdf");
        long t0 = System.nanoTime();
        LetterBatchWriter.Summary summary = writer.write(notices(letters), letters, file,
                LetterBatchWriter.Progress.NONE);
        double ms = Benchmark.millis(t0, System.nanoTime());
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

    private static List<Double> time(int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < 5; i++) {
            work.call();
        }
        List<Double> timings = new ArrayList<>();
        for (int run = 0; run < Math.max(runs, 5); run++) {
            long start = System.nanoTime();
            work.call();
            timings.add(Benchmark.millis(start, System.nanoTime()));
        }
        return timings;
    }
}
