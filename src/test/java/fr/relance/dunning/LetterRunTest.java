package fr.relance.dunning;

import static fr.relance.documents.LetterFixtures.DUPONT;
import static fr.relance.documents.LetterFixtures.LETTERS_DAY;
import static fr.relance.documents.LetterFixtures.MARTIN;
import static fr.relance.documents.LetterFixtures.NOWHERE;
import static fr.relance.documents.LetterFixtures.PETIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterFixtures;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.SentLetter;
import fr.relance.store.Database;
import fr.relance.store.LetterRepository;
import fr.relance.store.TimelineRepository;
import fr.relance.text.LetterLines;
import fr.relance.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's letters from the worklist on a real data file: review, one print-ready PDF, recorded as sent. */
class LetterRunTest {

    @TempDir
    Path dir;
    Database database;
    LetterRun run;
    WorklistService worklist;
    final Messages messages = new Messages(Locale.FRANCE);

    @BeforeEach
    void open() throws Exception {
        database = LetterFixtures.open(Files.createDirectory(dir.resolve("data")));
        LetterFixtures.walkToLetters(database);
        worklist = new WorklistService(database, "claire");
        run = new LetterRun(worklist, new LetterComposer(database),
                new LetterArchive(new LetterRepository(database), () -> EnvelopeLayout.DL), () -> EnvelopeLayout.DL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    int count(String table) {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
    }

    LetterRun.Line line(List<LetterRun.Line> lines, long debtorId) {
        return lines.stream().filter(l -> l.item().debtorId() == debtorId).findFirst().orElseThrow();
    }

    static List<String> pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    @Test
    void theDaysLetterLinesAreReviewedAndADebtorWithoutAddressIsExcludedWithTheReason() {
        List<WorklistItem> items = run.letterLines(LETTERS_DAY);
        assertThat(items).extracting(WorklistItem::debtorId).containsExactlyInAnyOrder(DUPONT, MARTIN, PETIT,
                NOWHERE);

        List<LetterRun.Line> lines = run.review(items, LETTERS_DAY, LetterRun.Progress.NONE);

        assertThat(line(lines, DUPONT).kind()).isEqualTo(LetterKind.SECOND_REMINDER);
        assertThat(line(lines, DUPONT).channel()).isEqualTo(LetterChannel.POST);
        assertThat(line(lines, MARTIN).kind()).isEqualTo(LetterKind.FORMAL_NOTICE);
        assertThat(line(lines, MARTIN).channel()).isEqualTo(LetterChannel.REGISTERED);
        assertThat(line(lines, PETIT).printable()).isTrue();
        LetterRun.Line nowhere = line(lines, NOWHERE);
        assertThat(nowhere.printable()).isFalse();
        assertThat(new LetterLines(messages).exclusion(nowhere)).contains("adresse");
        assertThat(lines.stream().filter(LetterRun.Line::printable)).hasSize(3);
        assertThat(count("letter")).isZero();
    }

    @Test
    void oneFileHoldsTheLettersEachOnAnOddPageAndTheDepositListHoldsTheRegisteredOne() throws Exception {
        List<LetterRun.Line> lines = run.review(run.letterLines(LETTERS_DAY), LETTERS_DAY, LetterRun.Progress.NONE);
        Path target = dir.resolve("Courriers.pdf");

        LetterRun.Batch batch = run.generate(lines, target, Locale.FRANCE, LetterRun.Progress.NONE);

        assertThat(batch.letters()).isEqualTo(target.toAbsolutePath());
        assertThat(batch.letterCount()).isEqualTo(3);
        List<String> pages = pages(target);
        assertThat(pages).hasSize(batch.pages());
        // Each debtor's letter starts on an odd page (1, 3, 5, ...): duplex never puts two debtors on one sheet.
        for (String debtor : List.of("Dupont SARL", "Martin SA", "Jeanne Petit")) {
            int first = -1;
            for (int p = 0; p < pages.size() && first < 0; p++) {
                if (pages.get(p).contains(debtor)) {
                    first = p + 1;
                }
            }
            assertThat(first).as(debtor).isPositive().isOdd();
        }
        assertThat(String.join("", pages)).doesNotContain("Sans Adresse");

        assertThat(batch.depositList()).isEqualTo(dir.resolve("Courriers-depot.pdf").toAbsolutePath());
        assertThat(batch.registeredCount()).isEqualTo(1);
        String deposit = String.join("", pages(batch.depositList()));
        assertThat(deposit).contains("Liste de dépôt des lettres recommandées", "Ateliers Morel", "Martin SA",
                "18 quai Perrache", "69002 LYON", "N° de recommandé", "Poids / tarif", "1 envoi")
                .doesNotContain("Dupont SARL", "Jeanne Petit");
        // Generating records nothing as sent.
        assertThat(count("letter")).isZero();
        assertThat(run.letterLines(LETTERS_DAY)).hasSize(4);
    }

    @Test
    void aCancelledBatchLeavesNoFileAndAnUnwritableFolderIsRefusedBeforeAnything() throws Exception {
        List<LetterRun.Line> lines = run.review(run.letterLines(LETTERS_DAY), LETTERS_DAY, LetterRun.Progress.NONE);
        Path target = dir.resolve("Courriers.pdf");
        LetterRun.Progress cancelAfterOne = new LetterRun.Progress() {
            int done;

            @Override
            public void advanced(int d, int total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 1;
            }
        };

        assertThatThrownBy(() -> run.generate(lines, target, Locale.FRANCE, cancelAfterOne))
                .isInstanceOf(CancellationException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }

        Path notAFolder = Files.writeString(dir.resolve("fichier.txt"), "x");
        assertThatThrownBy(() -> run.generate(lines, notAFolder.resolve("Courriers.pdf"), Locale.FRANCE,
                LetterRun.Progress.NONE)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(new fr.relance.text.ErrorMessages(messages)
                        .refusal((InvalidInputException) e)).contains(notAFolder.toString(), "n’accepte pas"));
        assertThatThrownBy(() -> run.generate(lines, dir.resolve("absent").resolve("Courriers.pdf"),
                Locale.FRANCE, LetterRun.Progress.NONE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> run.generate(List.of(line(lines, NOWHERE)), target, Locale.FRANCE,
                LetterRun.Progress.NONE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(LetterRun.NOTHING_PRINTABLE);
        assertThat(target).doesNotExist();
        assertThat(count("letter")).isZero();
    }

    @Test
    void markedAsSentEachLetterIsKeptWithItsLineRecordedAsDoneAndTheListMovesOn() throws Exception {
        List<LetterRun.Line> lines = run.review(run.letterLines(LETTERS_DAY), LETTERS_DAY, LetterRun.Progress.NONE);
        run.generate(lines, dir.resolve("Courriers.pdf"), Locale.FRANCE, LetterRun.Progress.NONE);

        LetterRun.Recorded recorded = run.markSent(lines, LETTERS_DAY, "claire", LetterRun.Progress.NONE);

        assertThat(recorded.failed()).isNull();
        assertThat(recorded.sent()).extracting(SentLetter::debtorId).containsExactlyInAnyOrder(DUPONT, MARTIN, PETIT);
        SentLetter notice = recorded.sent().stream().filter(l -> l.debtorId() == MARTIN).findFirst().orElseThrow();
        assertThat(notice.channel()).isEqualTo(LetterChannel.REGISTERED);
        // The stored PDF is the reviewed letter rendered alone: the same bytes as rendering it again.
        assertThat(new LetterRepository(database).pdf(notice.id()))
                .isEqualTo(new fr.relance.documents.LetterPdfRenderer().render(line(lines, MARTIN).letter().content()));
        TimelineRepository timeline = new TimelineRepository(database);
        assertThat(timeline.ofDebtor(MARTIN, List.of(CaseEvent.FORMAL_NOTICE_SENT, CaseEvent.LETTER_PRINTED)))
                .extracting(CaseEvent::kind)
                .containsExactlyInAnyOrder(CaseEvent.FORMAL_NOTICE_SENT, CaseEvent.LETTER_PRINTED);
        assertThat(database.dsl().fetchOne("SELECT stage FROM collection_case WHERE debtor_id = " + MARTIN
                + " AND closed_on IS NULL").get(0, String.class)).isEqualTo("FORMAL_NOTICE");
        // Only the debtor without address is still due a letter.
        assertThat(run.letterLines(LETTERS_DAY)).extracting(WorklistItem::debtorId).containsExactly(NOWHERE);

        // Marking again (a second click) records nothing more.
        int events = count("case_event");
        assertThat(run.markSent(lines, LETTERS_DAY, "claire", LetterRun.Progress.NONE).sent()).hasSize(3);
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("letter")).isEqualTo(3);
    }

    @Test
    void aFailureInTheMiddleLeavesTheLettersBeforeItRecordedAndNamesTheOneThatFailed() {
        List<LetterRun.Line> lines = run.review(run.letterLines(LETTERS_DAY), LETTERS_DAY, LetterRun.Progress.NONE)
                .stream().filter(LetterRun.Line::printable).toList();
        // The author's name is too long for the second letter's row: its transaction fails, nothing of it is written.
        LetterRun.Recorded first = run.markSent(lines.subList(0, 1), LETTERS_DAY, "claire", LetterRun.Progress.NONE);
        LetterRun.Recorded rest = run.markSent(lines.subList(1, 3), LETTERS_DAY, "x".repeat(101),
                LetterRun.Progress.NONE);

        assertThat(first.sent()).hasSize(1);
        assertThat(rest.sent()).isEmpty();
        assertThat(rest.failed()).isEqualTo(lines.get(1));
        assertThat(rest.failure()).isNotNull();
        assertThat(rest.notRecorded()).containsExactly(lines.get(2));
        assertThat(count("letter")).isEqualTo(1);
        assertThat(count("worklist_decision WHERE as_of = DATE '" + LETTERS_DAY + "'")).isEqualTo(1);
    }

    @Test
    void theLabelNumbersEnteredArePrintedOnTheDepositListAndRecordedAsThePostingWithTheLetter() throws Exception {
        List<LetterRun.Line> lines = run.review(run.letterLines(LETTERS_DAY), LETTERS_DAY, LetterRun.Progress.NONE);
        java.util.Map<LetterRun.Line, fr.relance.domain.registered.TrackingNumber> tracking = java.util.Map.of(
                line(lines, MARTIN), fr.relance.domain.registered.TrackingNumber.parse("1a-123-456-7890-1"));

        LetterRun.Batch batch = run.generate(lines, tracking, dir.resolve("Courriers.pdf"), Locale.FRANCE,
                LetterRun.Progress.NONE);

        String deposit = String.join("", pages(batch.depositList()));
        assertThat(deposit).contains("Martin SA", "1A 123 456 7890 1");
        assertThat(count("registered_mail_fact")).isZero();

        LetterRun.Recorded recorded = run.markSent(lines, tracking, LETTERS_DAY, "claire", LetterRun.Progress.NONE);

        assertThat(recorded.failed()).isNull();
        SentLetter notice = recorded.sent().stream().filter(l -> l.debtorId() == MARTIN).findFirst().orElseThrow();
        var posted = new fr.relance.store.RegisteredMailRepository(database).find(notice.id()).orElseThrow();
        assertThat(posted.posting().trackingNumber().value()).isEqualTo("1A12345678901");
        assertThat(posted.posting().postedOn()).isEqualTo(LETTERS_DAY);
        assertThat(new TimelineRepository(database).ofDebtor(MARTIN, List.of(CaseEvent.REGISTERED_LETTER_POSTED)))
                .extracting(CaseEvent::summary).containsExactly("1A 123 456 7890 1");
        // A second click records neither the letter nor its posting again.
        int events = count("case_event");
        assertThat(run.markSent(lines, tracking, LETTERS_DAY, "claire", LetterRun.Progress.NONE).failed()).isNull();
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("registered_mail_fact")).isEqualTo(1);
    }

    @Test
    void aLetterAlreadyPostedWithAnotherNumberIsRefusedWholeAndNamed() {
        List<LetterRun.Line> lines = run.review(run.letterLines(LETTERS_DAY), LETTERS_DAY, LetterRun.Progress.NONE);
        LetterRun.Line martin = line(lines, MARTIN);
        run.markSent(List.of(martin), java.util.Map.of(martin,
                fr.relance.domain.registered.TrackingNumber.parse("1A12345678901")), LETTERS_DAY, "claire",
                LetterRun.Progress.NONE);
        int letters = count("letter");
        int events = count("case_event");

        LetterRun.Recorded again = run.markSent(List.of(martin), java.util.Map.of(martin,
                fr.relance.domain.registered.TrackingNumber.parse("RR123456785FR")), LETTERS_DAY, "claire",
                LetterRun.Progress.NONE);

        assertThat(again.failed()).isEqualTo(martin);
        assertThat(again.failure()).isInstanceOf(InvalidInputException.class);
        assertThat(count("letter")).isEqualTo(letters);
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("registered_mail_fact")).isEqualTo(1);
    }

    @Test
    void aRegisteredLetterWithNoNewsThreeWeeksAfterPostingIsAWorklistLineUntilItsDeliveryIsRecorded() {
        List<LetterRun.Line> lines = run.review(run.letterLines(LETTERS_DAY), LETTERS_DAY, LetterRun.Progress.NONE);
        LetterRun.Line martin = line(lines, MARTIN);
        SentLetter notice = run.markSent(List.of(martin), java.util.Map.of(martin,
                fr.relance.domain.registered.TrackingNumber.parse("1A12345678901")), LETTERS_DAY, "claire",
                LetterRun.Progress.NONE).sent().get(0);

        assertThat(tracking(LETTERS_DAY.plusDays(21))).isEmpty();
        List<WorklistItem> due = tracking(LETTERS_DAY.plusDays(22));
        assertThat(due).hasSize(1);
        assertThat(due.get(0).debtorName()).isEqualTo("Martin SA");
        assertThat(due.get(0).reference()).isEqualTo("1A 123 456 7890 1");
        assertThat(fr.relance.text.WorklistLines.action(due.get(0), messages, new fr.relance.text.Formats(
                Locale.FRANCE))).isEqualTo("Suivre le recommandé 1A 123 456 7890 1 (posté le "
                + new fr.relance.text.Formats(Locale.FRANCE).date(LETTERS_DAY) + ")");
        assertThatThrownBy(() -> worklist.execute(due.get(0), LETTERS_DAY.plusDays(22), "claire"))
                .isInstanceOf(InvalidInputException.class);

        new fr.relance.store.RegisteredMailRepository(database).recordDelivery(notice.id(), LETTERS_DAY.plusDays(2),
                null, LETTERS_DAY.plusDays(22), "claire");

        assertThat(tracking(LETTERS_DAY.plusDays(22))).isEmpty();
    }

    @Test
    void theShippedTemplatesSignatoryLinesAreNotPrintedTwiceAboveTheSignatureBlock() throws Exception {
        List<LetterRun.Line> lines = run.review(run.letterLines(LETTERS_DAY), LETTERS_DAY, LetterRun.Progress.NONE);
        for (long debtor : List.of(DUPONT, MARTIN)) {
            String text;
            try (PDDocument pdf = Loader.loadPDF(new fr.relance.documents.LetterPdfRenderer()
                    .render(line(lines, debtor).letter().content()))) {
                text = new PDFTextStripper().getText(pdf);
            }
            assertThat(text.split("Claire Martin", -1)).as("signatory named once").hasSize(2);
            assertThat(text.split("Responsable comptable", -1)).as("title printed once").hasSize(2);
            assertThat(text).contains("Pour Ateliers Morel,");
        }
    }

    List<WorklistItem> tracking(java.time.LocalDate asOf) {
        return worklist.worklist(asOf).stream()
                .filter(i -> i.kind() == fr.relance.domain.dunning.WorklistKind.REGISTERED_LETTER_TRACKING).toList();
    }
}
