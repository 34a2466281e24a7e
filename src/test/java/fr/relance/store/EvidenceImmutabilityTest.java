package fr.relance.store;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DOCUMENT;
import static fr.relance.store.jooq.Tables.LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.TestFiles;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The database itself refuses to change or remove evidence, whatever the code path (V16, EvidenceGuard). */
class EvidenceImmutabilityTest {

    @TempDir
    Path dir;
    Database database;
    StoredDocument document;
    long eventId;
    long letterId;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        var dsl = database.dsl();
        long caseId = dsl.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                COLLECTION_CASE.OPENED_ON).values(DURAND, "AMICABLE", TODAY.minusDays(30))
                .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
        document = new DocumentRepository(database).attach(DURAND,
                new AttachmentDetails(DocumentKind.INVOICE_COPY, TODAY, null),
                DocumentRepositoryTest.content("facture.pdf", DocumentRepositoryTest.bytes(5000, 3)), TODAY, "claire",
                (done, total) -> { }, () -> false);
        eventId = document.addedEventId();
        letterId = dsl.insertInto(LETTER, LETTER.CASE_ID, LETTER.DEBTOR_ID, LETTER.KIND, LETTER.CHANNEL,
                        LETTER.LETTER_DATE, LETTER.SUBJECT, LETTER.BODY, LETTER.PRINCIPAL, LETTER.CREATED_BY)
                .values(caseId, DURAND, "FORMAL_NOTICE", "REGISTERED", TODAY, "Mise en demeure", "Texte envoyé",
                        new BigDecimal("1200.00"), "claire")
                .returningResult(LETTER.ID).fetchOne(LETTER.ID);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("UPDATE case_event SET summary = 'changed' WHERE id = %d", "event"),
                Arguments.of("DELETE FROM case_event WHERE id = %d", "event"),
                Arguments.of("UPDATE document SET note = 'changed' WHERE id = %d", "document"),
                Arguments.of("UPDATE document SET content = X'00' WHERE id = %d", "document"),
                Arguments.of("DELETE FROM document WHERE id = %d", "document"),
                Arguments.of("UPDATE letter SET delivered_on = DATE '2026-11-25' WHERE id = %d", "letter"),
                Arguments.of("DELETE FROM letter WHERE id = %d", "letter"));
    }

    @ParameterizedTest
    @MethodSource("statements")
    void plainJdbcCannotChangeOrRemoveEvidence(String sql, String what) throws SQLException {
        long id = switch (what) {
            case "event" -> eventId;
            case "document" -> document.id();
            default -> letterId;
        };
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(sql.formatted(id)))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Evidence is immutable");
        }
        assertNothingChanged();
    }

    @Test
    void jooqCannotChangeOrRemoveEvidence() {
        var dsl = database.dsl();
        assertThatThrownBy(() -> dsl.update(CASE_EVENT).set(CASE_EVENT.SUMMARY, "changed")
                .where(CASE_EVENT.ID.eq(eventId)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Evidence is immutable");
        assertThatThrownBy(() -> dsl.deleteFrom(CASE_EVENT).execute()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.update(DOCUMENT).set(DOCUMENT.SHA256, "0".repeat(64)).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(document.id())).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.update(LETTER).set(LETTER.BODY, "rewritten").execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.deleteFrom(LETTER).execute()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.transaction(cfg -> cfg.dsl().deleteFrom(CASE_EVENT).execute()))
                .isInstanceOf(DataAccessException.class);
        assertNothingChanged();
    }

    @Test
    void thePurgeFlagAloneDoesNotDeleteTheEvidenceOfADebtorWithAnOpenCase() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET " + EvidenceGuard.PURGE_VARIABLE + " = TRUE");
            try {
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM case_event WHERE id = " + eventId))
                        .hasMessageContaining("Evidence is immutable: DELETE");
                assertThatThrownBy(() -> statement.executeUpdate("UPDATE letter SET body = 'x'"))
                        .hasMessageContaining("Evidence is immutable: UPDATE");
            } finally {
                statement.execute("SET " + EvidenceGuard.PURGE_VARIABLE + " = NULL");
            }
        }
        assertNothingChanged();
    }

    @Test
    void withdrawingADocumentStaysAReversalEventAndKeepsTheBytes() {
        DocumentRepository documents = new DocumentRepository(database);
        documents.withdraw(document.id(), "Mauvais client", TODAY, "claire");

        assertThat(documents.find(document.id()).orElseThrow().withdrawn()).isTrue();
        assertThat(documents.read(document.id(), java.io.InputStream::readAllBytes))
                .isEqualTo(DocumentRepositoryTest.bytes(5000, 3));
        assertNothingChanged();
    }

    @Test
    void insertingNewEvidenceStillWorks() {
        var dsl = database.dsl();
        int before = dsl.fetchCount(CASE_EVENT);
        new TimelineRepository(database).append(new fr.relance.domain.CaseEvent(null, DURAND, null, TODAY, null,
                fr.relance.domain.CaseEvent.NOTE, "claire", null, null, null, "Appelé, rappeler lundi"));
        assertThat(dsl.fetchCount(CASE_EVENT)).isEqualTo(before + 1);
    }

    private void assertNothingChanged() {
        var dsl = database.dsl();
        assertThat(dsl.fetchExists(CASE_EVENT, CASE_EVENT.ID.eq(eventId))).isTrue();
        assertThat(dsl.fetchValue(CASE_EVENT.SUMMARY, CASE_EVENT.ID.eq(eventId))).doesNotContain("changed");
        assertThat(dsl.fetchValue(DOCUMENT.NOTE, DOCUMENT.ID.eq(document.id()))).isNull();
        assertThat(dsl.fetchValue(DOCUMENT.SHA256, DOCUMENT.ID.eq(document.id()))).isEqualTo(document.sha256());
        assertThat(dsl.fetchValue(LETTER.BODY, LETTER.ID.eq(letterId))).isEqualTo("Texte envoyé");
        assertThat(dsl.fetchValue(LETTER.DELIVERED_ON, LETTER.ID.eq(letterId))).isNull();
    }
}
