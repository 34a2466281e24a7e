package fr.relance.documents;

import static fr.relance.documents.LetterFixtures.DUE;
import static fr.relance.documents.LetterFixtures.DUPONT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.LetterComposer.ComposedLetter;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.SentLetter;
import fr.relance.store.Database;
import fr.relance.store.LetterRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing a letter stores the very PDF printed; a reprint is that file, a refused letter leaves no trace. */
class LetterArchiveTest {

    static final LocalDate DAY = DUE.plusDays(31);

    @TempDir
    Path dir;
    Database database;
    LetterArchive archive;
    LetterComposer composer;

    @BeforeEach
    void open() {
        database = LetterFixtures.open(dir);
        archive = new LetterArchive(new LetterRepository(database), () -> EnvelopeLayout.DL);
        composer = new LetterComposer(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    int count(String table) {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
    }

    @Test
    void aReprintIsTheIdenticalFileAndSoIsRenderingTheSameContentAgain() throws Exception {
        ComposedLetter notice = composer.compose(LetterComposer.Request.of(DUPONT, DAY, LetterKind.FORMAL_NOTICE));

        SentLetter sent = archive.issue(notice, LetterChannel.REGISTERED, DAY, "claire");
        byte[] reprint = archive.reprint(sent.id());

        assertThat(reprint).isEqualTo(archive.reprint(sent.id()));
        assertThat(reprint).isEqualTo(new LetterPdfRenderer(EnvelopeLayout.DL).render(notice.content()));
        ComposedLetter again = composer.compose(LetterComposer.Request.of(DUPONT, DAY, LetterKind.FORMAL_NOTICE));
        assertThat(archive.render(again)).isEqualTo(reprint);
        try (PDDocument pdf = Loader.loadPDF(reprint)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Dupont SARL", "F-2026-101");
        }
        // Issuing the same letter again (a double click) records nothing more.
        assertThat(archive.issue(again, LetterChannel.REGISTERED, DAY, "claire")).isEqualTo(sent);
        assertThat(count("letter")).isEqualTo(1);
        assertThat(archive.ofDebtor(DUPONT)).containsExactly(sent);
    }

    @Test
    void aLetterWithABlockingProblemIsRefusedAndNothingIsStored() {
        ComposedLetter notice = composer.compose(LetterComposer.Request.of(DUPONT, DAY, LetterKind.FORMAL_NOTICE));
        LetterContent c = notice.content();
        LetterContent noAddress = new LetterContent(c.kind(), c.language(), c.sender(), List.of("Dupont SARL"),
                c.place(), c.date(), c.subject(), c.reference(), c.registered(), c.body(), c.invoices(),
                c.penalties(), c.instalments(), c.paymentDeadline(), c.legalMentions());
        ComposedLetter refused = notice.withContent(noAddress);

        assertThat(archive.check(refused)).anyMatch(LetterProblem::blocking);
        assertThatThrownBy(() -> archive.issue(refused, LetterChannel.REGISTERED, DAY, "claire"))
                .isInstanceOf(LetterRefusedException.class)
                .satisfies(e -> assertThat(((LetterRefusedException) e).problems())
                        .extracting(LetterProblem::code).contains(LetterProblem.Code.ADDRESS_INCOMPLETE));

        assertThat(count("letter")).isZero();
        assertThat(count("document")).isZero();
        assertThat(count("case_event")).isZero();
        assertThat(count("collection_case")).isZero();
    }

    @Test
    void theRendererFollowsTheEnvelopeLayoutInForce() {
        EnvelopeLayout[] layout = {EnvelopeLayout.DL};
        LetterArchive following = new LetterArchive(new LetterRepository(database), () -> layout[0]);
        LetterPdfRenderer first = following.renderer();
        assertThat(following.renderer()).isSameAs(first);

        layout[0] = new EnvelopeLayout(95, 45, 100, 45);
        assertThat(following.renderer()).isNotSameAs(first);
        assertThat(following.renderer().envelope()).isEqualTo(layout[0]);
    }
}
