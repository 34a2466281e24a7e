package fr.relance.store;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DOCUMENT;
import static fr.relance.store.jooq.Tables.LETTER;
import static fr.relance.store.jooq.Tables.REGISTERED_MAIL_FACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.TestFiles;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.registered.RegisteredLetter;
import fr.relance.domain.registered.ReturnReason;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registered-letter tracking on a real data file: one transaction per fact, refusals write nothing, reversals. */
class RegisteredMailRepositoryTest {

    static final LocalDate LETTER_DATE = TODAY.minusDays(20);

    @TempDir
    Path dir;
    Database database;
    RegisteredMailRepository registered;
    long letterId;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        registered = new RegisteredMailRepository(database);
        letterId = insertLetter(database.dsl(), DURAND, "REGISTERED", LETTER_DATE, LETTER_DATE.plusDays(8));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A formal notice as LetterArchive issues it (the letter row is written by another part of the app). */
    static long insertLetter(DSLContext dsl, long debtorId, String channel, LocalDate date, LocalDate deadline) {
        Long caseId = dsl.select(COLLECTION_CASE.ID).from(COLLECTION_CASE)
                .where(COLLECTION_CASE.OPEN_DEBTOR_ID.eq(debtorId)).fetchOne(COLLECTION_CASE.ID);
        if (caseId == null) {
            caseId = dsl.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                            COLLECTION_CASE.OPENED_ON)
                    .values(debtorId, "FORMAL_NOTICE", date).returningResult(COLLECTION_CASE.ID)
                    .fetchOne(COLLECTION_CASE.ID);
        }
        return dsl.insertInto(LETTER, LETTER.CASE_ID, LETTER.DEBTOR_ID, LETTER.KIND, LETTER.CHANNEL,
                        LETTER.LETTER_DATE, LETTER.SUBJECT, LETTER.BODY, LETTER.PRINCIPAL, LETTER.PAYMENT_DEADLINE,
                        LETTER.CREATED_BY)
                .values(caseId, debtorId, "FORMAL_NOTICE", channel, date, "Mise en demeure", "Madame, Monsieur,",
                        new BigDecimal("1200.00"), deadline, "claire")
                .returningResult(LETTER.ID).fetchOne(LETTER.ID);
    }

    int facts() {
        return database.dsl().fetchCount(REGISTERED_MAIL_FACT);
    }

    int events() {
        return database.dsl().fetchCount(CASE_EVENT);
    }

    @Test
    void postingThenDeliveryAreRecordedWithTheirTimelineEventsAndTheDeadlineRunsFromDelivery() {
        assertThat(registered.ofDebtor(DURAND)).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(RegisteredLetter.Status.NOT_POSTED));

        RegisteredLetter posted = registered.recordPosting(letterId, " 1a 123 456 7890 1 ", LETTER_DATE.plusDays(1),
                TODAY, "claire");
        assertThat(posted.posting().trackingNumber().value()).isEqualTo("1A12345678901");
        assertThat(posted.status()).isEqualTo(RegisteredLetter.Status.IN_TRANSIT);

        RegisteredLetter delivered = registered.recordDelivery(letterId, LETTER_DATE.plusDays(4),
                LETTER_DATE.plusDays(2), TODAY, "claire");
        assertThat(delivered.status()).isEqualTo(RegisteredLetter.Status.DELIVERED);
        assertThat(delivered.deadlineDays()).isEqualTo(8);
        assertThat(delivered.paymentDeadline()).contains(LETTER_DATE.plusDays(12));
        assertThat(delivered.firstPresentedOn()).contains(LETTER_DATE.plusDays(2));

        List<CaseEvent> timeline = new TimelineRepository(database).ofDebtor(DURAND, List.of());
        assertThat(timeline).extracting(CaseEvent::kind).containsExactly(
                CaseEvent.REGISTERED_LETTER_DELIVERED, CaseEvent.REGISTERED_LETTER_POSTED);
        assertThat(timeline.get(1).summary()).isEqualTo("1A 123 456 7890 1");
        assertThat(database.dsl().select(CASE_EVENT.LETTER_ID).from(CASE_EVENT).fetch(CASE_EVENT.LETTER_ID))
                .containsOnly(letterId);
        assertThat(database.dsl().fetchOne(LETTER, LETTER.ID.eq(letterId)).getTrackingNumber())
                .as("the letter row is evidence: never updated").isNull();
    }

    @Test
    void anInvalidTrackingNumberIsRefusedAndNothingIsWritten() {
        int before = events();
        assertThatThrownBy(() -> registered.recordPosting(letterId, "RR123456784FR", TODAY, TODAY, "claire"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).containsExactly(
                        new FieldProblem("trackingNumber", "registered.tracking.checkDigit")));
        assertThatThrownBy(() -> registered.recordPosting(letterId, "1A 123", TODAY.plusDays(1), TODAY, "claire"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("registered.tracking.length", "registered.date.future"));
        assertThat(facts()).isZero();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void deliveryBeforePostingOrInTheFutureIsRefusedAndAReturnNeedsItsPresentation() {
        registered.recordPosting(letterId, "RR123456785FR", LETTER_DATE.plusDays(1), TODAY, "claire");
        int before = events();
        assertThatThrownBy(() -> registered.recordDelivery(letterId, LETTER_DATE, null, TODAY, "claire"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> registered.recordDelivery(letterId, TODAY.plusDays(1), null, TODAY, "claire"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> registered.recordReturn(letterId, TODAY, ReturnReason.NOT_COLLECTED, null, TODAY,
                "claire")).isInstanceOf(InvalidInputException.class);
        assertThat(events()).isEqualTo(before);
        assertThat(facts()).isEqualTo(1);

        RegisteredLetter back = registered.recordReturn(letterId, TODAY, ReturnReason.NOT_COLLECTED,
                LETTER_DATE.plusDays(3), TODAY, "claire");
        assertThat(back.status()).isEqualTo(RegisteredLetter.Status.RETURNED);
        assertThat(back.paymentDeadline()).contains(LETTER_DATE.plusDays(11));
        assertThat(new TimelineRepository(database).ofDebtor(DURAND, List.of(CaseEvent.REGISTERED_LETTER_RETURNED)))
                .singleElement().satisfies(e -> assertThat(e.summary())
                        .isEqualTo("RR 123 456 785 FR · NOT_COLLECTED · " + LETTER_DATE.plusDays(3)));
        assertThatThrownBy(() -> registered.recordDelivery(letterId, TODAY, null, TODAY, "claire"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMistakeIsCorrectedByReversingItsEventThenRecordingAgain() {
        RegisteredLetter posted = registered.recordPosting(letterId, "1A 123 456 7890 1", LETTER_DATE, TODAY,
                "claire");
        new TimelineRepository(database).reverse(posted.posting().eventId(), "claire", "Mauvais numéro", TODAY);
        assertThat(registered.find(letterId).orElseThrow().status()).isEqualTo(RegisteredLetter.Status.NOT_POSTED);

        RegisteredLetter again = registered.recordPosting(letterId, "1A 123 456 7890 2", LETTER_DATE, TODAY,
                "claire");
        assertThat(again.posting().trackingNumber().value()).isEqualTo("1A12345678902");
        assertThat(facts()).as("the wrong fact stays, reversed").isEqualTo(2);
    }

    @Test
    void theScannedReceiptIsStoredAsADocumentLinkedToTheLetterAndWithdrawingItUnlinksIt() {
        byte[] scan = DocumentRepositoryTest.bytes(40_000, 7);
        DocumentRepository.Content content = new DocumentRepository.Content("AR.pdf", "application/pdf",
                scan.length, () -> new ByteArrayInputStream(scan));
        assertThatThrownBy(() -> registered.attachReceipt(letterId, content, TODAY, null, TODAY, "claire",
                (d, t) -> { }, () -> false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(database.dsl().fetchCount(DOCUMENT)).as("refused before any write").isZero();

        registered.recordPosting(letterId, "1A 123 456 7890 1", LETTER_DATE, TODAY, "claire");
        registered.recordDelivery(letterId, LETTER_DATE.plusDays(3), null, TODAY, "claire");
        RegisteredLetter withReceipt = registered.attachReceipt(letterId, content, LETTER_DATE.plusDays(3), null,
                TODAY, "claire", (d, t) -> { }, () -> false);
        assertThat(withReceipt.receipt().fileName()).isEqualTo("AR.pdf");
        assertThat(withReceipt.awaitingSomething()).isFalse();
        var stored = new DocumentRepository(database).find(withReceipt.receipt().documentId()).orElseThrow();
        assertThat(stored.kind().name()).isEqualTo("REGISTERED_RECEIPT");
        assertThat(database.dsl().select(CASE_EVENT.LETTER_ID).from(CASE_EVENT)
                .where(CASE_EVENT.KIND.eq(CaseEvent.DOCUMENT_ADDED)).fetchOne(CASE_EVENT.LETTER_ID))
                .isEqualTo(letterId);

        new DocumentRepository(database).withdraw(stored.id(), "Mauvais scan", TODAY, "claire");
        assertThat(registered.find(letterId).orElseThrow().awaitingReceipt()).isTrue();
    }

    @Test
    void onlyRegisteredLettersAreTrackedAndTheAwaitingOnesAreListed() {
        insertLetter(database.dsl(), DURAND, "POST", LETTER_DATE, null);
        long other = insertLetter(database.dsl(), TestFiles.MARTIN, "REGISTERED", LETTER_DATE, null);
        registered.recordPosting(other, "1A 123 456 7890 1", LETTER_DATE, TODAY, "claire");
        assertThat(registered.ofDebtor(DURAND)).extracting(RegisteredLetter::letterId).containsExactly(letterId);
        assertThat(registered.awaiting()).extracting(RegisteredLetter::letterId).containsExactly(letterId, other);
        assertThat(registered.find(other).orElseThrow().deadlineDays()).isZero();
    }
}
