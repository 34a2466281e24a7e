package fr.relance.store;

import static fr.relance.documents.LetterFixtures.DUE;
import static fr.relance.documents.LetterFixtures.DUPONT;
import static fr.relance.documents.LetterFixtures.MARTIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterComposer.ComposedLetter;
import fr.relance.documents.LetterFixtures;
import fr.relance.documents.LetterPdfRenderer;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.SentLetter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters kept as evidence on a real data file: the PDF, the letter row and the event, together or not at all. */
class LetterRepositoryTest {

    static final LocalDate DAY = DUE.plusDays(31);

    @TempDir
    Path dir;
    Database database;
    LetterRepository letters;
    ComposedLetter notice;
    byte[] pdf;

    @BeforeEach
    void open() {
        database = LetterFixtures.open(dir);
        letters = new LetterRepository(database);
        notice = new LetterComposer(database).compose(LetterComposer.Request.of(DUPONT, DAY, LetterKind.FORMAL_NOTICE));
        pdf = new LetterPdfRenderer().render(notice.content());
    }

    @AfterEach
    void close() {
        database.close();
    }

    int count(String table) {
        return database.dsl().fetchOne("SELECT COUNT(*) FROM " + table).get(0, Integer.class);
    }

    SentLetter record(byte[] bytes, String author) {
        return letters.record(DUPONT, notice.content(), notice.template(), bytes, LetterChannel.REGISTERED, DAY,
                author);
    }

    @Test
    void aLetterIsStoredWithItsPdfItsAmountsAndItsEventInANewCase() {
        SentLetter sent = record(pdf, "claire");

        assertThat(sent.debtorId()).isEqualTo(DUPONT);
        assertThat(sent.kind()).isEqualTo(LetterKind.FORMAL_NOTICE);
        assertThat(sent.channel()).isEqualTo(LetterChannel.REGISTERED);
        assertThat(sent.letterDate()).isEqualTo(DAY);
        assertThat(sent.templateId()).isEqualTo(notice.template().id());
        assertThat(sent.subject()).isEqualTo(notice.content().subject());
        assertThat(sent.principal()).isEqualByComparingTo("1500.00");
        assertThat(sent.penalties()).isEqualByComparingTo(notice.content().penalties().penalties()).isPositive();
        assertThat(sent.indemnities()).isEqualByComparingTo("80.00");
        assertThat(sent.paymentDeadline()).isEqualTo(DAY.plusDays(8));
        assertThat(sent.sha256()).isEqualTo(LetterRepository.sha256(pdf)).hasSize(64);
        assertThat(sent.createdBy()).isEqualTo("claire");

        StoredDocument document = new DocumentRepository(database).find(sent.documentId()).orElseThrow();
        assertThat(document.kind()).isEqualTo(DocumentKind.LETTER);
        assertThat(document.fileName()).isEqualTo("2026-10-02 Mise en demeure - DUPONT SARL.pdf");
        assertThat(document.mimeType()).isEqualTo("application/pdf");
        assertThat(document.sha256()).isEqualTo(sent.sha256());
        assertThat(document.caseId()).isEqualTo(sent.caseId());

        CaseEvent event = new TimelineRepository(database).find(sent.eventId()).orElseThrow();
        assertThat(event.kind()).isEqualTo(CaseEvent.LETTER_PRINTED);
        assertThat(event.occurredOn()).isEqualTo(DAY);
        assertThat(event.caseId()).isEqualTo(sent.caseId());
        assertThat(event.amount()).isEqualByComparingTo(sent.totalClaimed());
        assertThat(event.summary()).contains("FORMAL_NOTICE", "REGISTERED", document.fileName());
        var row = database.dsl().fetchOne("SELECT letter_id, document_id, details FROM case_event WHERE id = "
                + sent.eventId());
        assertThat(row.get(0, Long.class)).isEqualTo(sent.id());
        assertThat(row.get(1, Long.class)).isEqualTo(sent.documentId());
        assertThat(row.get(2, String.class)).isEqualTo("SHA-256 " + sent.sha256());

        String body = database.dsl().fetchOne("SELECT body FROM letter WHERE id = " + sent.id()).get(0, String.class);
        assertThat(body).startsWith(notice.content().subject()).contains("F-2026-101", "F-2026-102",
                "mise en demeure").doesNotContain("{{");
        // The case was opened for the letter, with its stage event, as the worklist opens one.
        assertThat(count("collection_case WHERE debtor_id = " + DUPONT + " AND stage = 'AMICABLE'")).isEqualTo(1);
        assertThat(new TimelineRepository(database).ofDebtor(DUPONT, List.of()))
                .extracting(CaseEvent::kind).containsExactly(CaseEvent.LETTER_PRINTED, CaseEvent.STAGE_CHANGED);
        assertThat(letters.ofDebtor(DUPONT)).containsExactly(sent);
        assertThat(letters.ofDebtor(MARTIN)).isEmpty();
    }

    @Test
    void theSameBytesRecordedAgainGiveTheSameLetterAndWriteNothing() {
        SentLetter first = record(pdf, "claire");
        int events = count("case_event");

        SentLetter again = record(pdf.clone(), "paul");

        assertThat(again).isEqualTo(first);
        assertThat(count("case_event")).isEqualTo(events);
        assertThat(count("letter")).isEqualTo(1);
        assertThat(count("document")).isEqualTo(1);
    }

    @Test
    void anEmailedLetterIsRecordedAsAnEmailSentInTheOpenCase() {
        ComposedLetter reminder = new LetterComposer(database).compose(
                LetterComposer.Request.of(DUPONT, DUE.plusDays(8), LetterKind.FIRST_REMINDER));
        SentLetter notice = record(pdf, "claire");

        SentLetter email = letters.record(DUPONT, reminder.content(), reminder.template(),
                new LetterPdfRenderer().render(reminder.content()), LetterChannel.EMAIL, DAY, "claire");

        assertThat(email.caseId()).isEqualTo(notice.caseId());
        assertThat(new TimelineRepository(database).find(email.eventId()).orElseThrow().kind())
                .isEqualTo(CaseEvent.EMAIL_SENT);
        assertThat(letters.ofDebtor(DUPONT)).extracting(SentLetter::id).containsExactly(notice.id(), email.id());
        assertThat(count("collection_case")).isEqualTo(1);
    }

    @Test
    void thePdfReadsBackByteForByteAndIsRefusedWhenItNoLongerMatchesItsHash() {
        SentLetter sent = record(pdf, "claire");

        assertThat(letters.pdf(sent.id())).isEqualTo(pdf);

        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        Tampering.replaceDocumentContent(database, sent.documentId(), changed);
        assertThatThrownBy(() -> letters.pdf(sent.id())).isInstanceOf(LetterIntegrityException.class)
                .hasMessageContaining(sent.sha256())
                .satisfies(e -> assertThat(((LetterIntegrityException) e).letterId()).isEqualTo(sent.id()));
        assertThatThrownBy(() -> letters.pdf(999)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailureHalfWayRollsEverythingBack() {
        // created_by holds 100 characters: the letter row fails after the case and the document were written.
        String tooLong = "x".repeat(101);

        assertThatThrownBy(() -> record(pdf, tooLong)).isInstanceOf(RuntimeException.class);

        assertThat(count("letter")).isZero();
        assertThat(count("document")).isZero();
        assertThat(count("case_event")).isZero();
        assertThat(count("collection_case")).isZero();
        assertThat(record(pdf, "claire").id()).isPositive();
    }

    @Test
    void anEmptyPdfIsNoLetter() {
        assertThatThrownBy(() -> record(new byte[0], "claire")).isInstanceOf(IllegalArgumentException.class);
        assertThat(count("letter")).isZero();
    }
}
