package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.letters.LetterContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterBatchWriterTest {

    final LetterBatchWriter writer = new LetterBatchWriter(EnvelopeLayout.DL);
    final LetterPdfRenderer renderer = new LetterPdfRenderer();

    @Test
    void everyLetterStartsOnAnOddPage(@TempDir Path folder) {
        // One page, two pages (formal notice), then six pages (200 invoices), then one page.
        List<LetterContent> letters = List.of(SampleLetters.planAgreementOnOnePage(), SampleLetters.formalNotice(),
                SampleLetters.reminder(200), SampleLetters.planAgreementOnOnePage());
        List<Integer> sizes = letters.stream().map(letter -> Pdfs.pageCount(renderer.render(letter))).toList();
        assertThat(sizes).containsExactly(1, 2, 6, 1);
        Path target = folder.resolve("lot.pdf");
        List<Integer> progress = new ArrayList<>();

        LetterBatchWriter.Summary summary = writer.write(letters.iterator(), letters.size(), target,
                new LetterBatchWriter.Progress() {
                    @Override
                    public void advanced(int done, int total) {
                        assertThat(total).isEqualTo(4);
                        progress.add(done);
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });

        assertThat(progress).containsExactly(1, 2, 3, 4);
        // 1 + blank, 2, 6, 1 (no blank after the last letter).
        assertThat(summary).isEqualTo(new LetterBatchWriter.Summary(4, 11, 1));
        byte[] pdf = readAllBytes(target);
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages).hasSize(11);
        int[] firstPages = {1, 3, 5, 11};
        for (int i = 0; i < firstPages.length; i++) {
            assertThat(firstPages[i] % 2).isEqualTo(1);
            assertThat(pages.get(firstPages[i] - 1)).contains("Page 1/" + sizes.get(i), "SARL Boulangerie Dupré & Fils");
        }
        assertThat(pages.get(1).strip()).isEmpty();
        assertThat(pages.get(3)).contains("Page 2/2");
        assertThat(pages.get(9)).contains("Page 6/6");
        // Reprinting the batch gives the identical file.
        Path again = folder.resolve("lot-bis.pdf");
        writer.write(letters.iterator(), letters.size(), again, LetterBatchWriter.Progress.NONE);
        assertThat(readAllBytes(again)).isEqualTo(pdf);
    }

    @Test
    void aRefusedLetterStopsTheBatchAndNamesItselfNothingWritten(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("lot.pdf");
        Files.writeString(target, "previous batch");
        LetterContent noAddress = SampleLetters.withRecipient(SampleLetters.reminder(3),
                List.of("SARL Boulangerie Dupré & Fils"));
        LetterContent tooLong = SampleLetters.withRecipient(SampleLetters.formalNotice(),
                List.of("SARL Boulangerie Dupré & Fils", "Zone industrielle des Grandes Terres Nord-Est",
                        "69007 LYON"));
        List<LetterContent> letters = List.of(SampleLetters.formalNotice(), noAddress, SampleLetters.formalNotice(),
                tooLong);

        assertThatThrownBy(() -> writer.write(letters.iterator(), 4, target, LetterBatchWriter.Progress.NONE))
                .isInstanceOfSatisfying(LetterRefusedException.class, e -> {
                    assertThat(e.reference()).isEqualTo("DOS-2026-03");
                    assertThat(e.refusedLetters()).isEqualTo(2);
                    assertThat(e.problems()).extracting(LetterProblem::code)
                            .containsExactly(LetterProblem.Code.ADDRESS_INCOMPLETE);
                });
        assertThat(Files.readString(target)).isEqualTo("previous batch");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void cancellingLeavesNoFile(@TempDir Path folder) {
        Path target = folder.resolve("lot.pdf");
        List<LetterContent> letters = List.of(SampleLetters.formalNotice(), SampleLetters.formalNotice(),
                SampleLetters.formalNotice());
        int[] done = new int[1];
        LetterBatchWriter.Progress stopAfterTwo = new LetterBatchWriter.Progress() {
            @Override
            public void advanced(int count, int total) {
                done[0] = count;
            }

            @Override
            public boolean isCancelled() {
                return done[0] >= 2;
            }
        };

        assertThatThrownBy(() -> writer.write(letters.iterator(), 3, target, stopAfterTwo))
                .isInstanceOf(CancellationException.class);
        assertThat(done[0]).isEqualTo(2);
        assertThat(target).doesNotExist();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void anEmptyBatchIsRefused(@TempDir Path folder) {
        Path target = folder.resolve("lot.pdf");
        assertThatThrownBy(() -> writer.write(List.<LetterContent>of().iterator(), 0, target,
                LetterBatchWriter.Progress.NONE)).isInstanceOfSatisfying(fr.relance.domain.InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("letter.batch.empty"));
        assertThat(target).doesNotExist();
    }

    @Test
    void theBatchIsDatedByItsLatestLetterAndEmbedsTheFontsOnce(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("lot.pdf");
        List<LetterContent> letters = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            letters.add(SampleLetters.reminder(3, SampleLetters.RECIPIENT, SampleLetters.company(),
                    LocalDate.of(2026, 11, 2 + i)));
        }
        writer.write(letters.iterator(), letters.size(), target, LetterBatchWriter.Progress.NONE);
        String raw = Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("2026-11-21T00:00:00+01:00");
        try (var document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            int each = Pdfs.pageCount(renderer.render(letters.get(0)));
            assertThat(document.getNumberOfPages()).isEqualTo(each % 2 == 0 ? 20 * each : 20 * (each + 1) - 1);
            var fonts = new java.util.HashSet<Object>();
            var images = new java.util.HashSet<Object>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getCOSObject());
                }
                for (var name : page.getResources().getXObjectNames()) {
                    images.add(page.getResources().getXObject(name).getCOSObject());
                }
            }
            assertThat(fonts).hasSize(2);
            assertThat(images).hasSize(1);
        }
    }

    private static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
