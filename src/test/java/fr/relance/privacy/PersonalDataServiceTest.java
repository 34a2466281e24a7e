package fr.relance.privacy;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.MARTIN;
import static fr.relance.documents.TestFiles.TODAY;
import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DOCUMENT;
import static fr.relance.store.jooq.Tables.INVOICE;
import static fr.relance.store.jooq.Tables.LETTER;
import static fr.relance.store.jooq.Tables.PURGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relance.documents.TestFiles;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.documents.StoredDocument;
import fr.relance.domain.privacy.PurgeCandidate;
import fr.relance.domain.privacy.PurgeResult;
import fr.relance.domain.privacy.RetentionPeriod;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import fr.relance.store.DocumentTamperedException;
import fr.relance.store.LedgerWriter;
import fr.relance.store.TimelineRepository;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipFile;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export of one debtor's data, and the purge of closed cases past retention: the only path that deletes evidence. */
class PersonalDataServiceTest {

    @TempDir
    Path dir;
    Database database;
    DSLContext dsl;
    PersonalDataService service;
    StoredDocument durandDocument;
    final byte[] pdf = bytes(40_000, 5);
    final LocalDate closedLongAgo = TODAY.minusYears(11);

    static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @BeforeEach
    void open() {
        database = Database.open(dir);
        dsl = database.dsl();
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        service = new PersonalDataService(database);
        // Durand: a case that closed 11 years ago, a reversed note, a letter and a document; nothing left to pay.
        long durandCase = newCase(DURAND, closedLongAgo.minusMonths(3));
        durandDocument = new DocumentRepository(database).attach(DURAND,
                new AttachmentDetails(DocumentKind.INVOICE_COPY, closedLongAgo.minusMonths(4), null),
                new DocumentRepository.Content("facture FA-1.pdf", "application/pdf", pdf.length,
                        () -> new ByteArrayInputStream(pdf)), closedLongAgo.minusMonths(2), "claire", (d, t) -> { },
                () -> false);
        TimelineRepository timeline = new TimelineRepository(database);
        long note = timeline.append(new CaseEvent(null, DURAND, durandCase, closedLongAgo.minusMonths(2), null,
                CaseEvent.NOTE, "claire", null, null, null, "Appel sans réponse"));
        timeline.reverse(note, "claire", "Mauvais débiteur", closedLongAgo.minusMonths(1));
        dsl.insertInto(LETTER, LETTER.CASE_ID, LETTER.DEBTOR_ID, LETTER.KIND, LETTER.CHANNEL, LETTER.LETTER_DATE,
                        LETTER.SUBJECT, LETTER.BODY, LETTER.PRINCIPAL, LETTER.CREATED_BY)
                .values(durandCase, DURAND, "FORMAL_NOTICE", "REGISTERED", closedLongAgo.minusMonths(2),
                        "Mise en demeure", "Texte", new BigDecimal("1200.00"), "claire")
                .execute();
        dsl.update(COLLECTION_CASE).set(COLLECTION_CASE.CLOSED_ON, closedLongAgo)
                .set(COLLECTION_CASE.STAGE, "CLOSED").set(COLLECTION_CASE.CLOSED_REASON, "PAID")
                .where(COLLECTION_CASE.ID.eq(durandCase)).execute();
        dsl.update(INVOICE).set(INVOICE.CLOSED_ON, closedLongAgo).where(INVOICE.DEBTOR_ID.eq(DURAND)).execute();
        // Martin: a case open now.
        newCase(MARTIN, TODAY.minusDays(5));
    }

    private long newCase(long debtorId, LocalDate openedOn) {
        return dsl.insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                        COLLECTION_CASE.OPENED_ON).values(debtorId, "AMICABLE", openedOn)
                .returningResult(COLLECTION_CASE.ID).fetchOne(COLLECTION_CASE.ID);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theRetentionDefaultsToTenYearsAndRefusesBadInput() {
        assertThat(service.retention()).isEqualTo(new RetentionPeriod(10));
        assertThat(service.saveRetention(" 12 ").years()).isEqualTo(12);
        assertThat(service.retention().years()).isEqualTo(12);
        for (String bad : new String[] {"", "deux", "4", "31", "-6", "7.5"}) {
            assertThatThrownBy(() -> service.saveRetention(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThat(service.retention().years()).isEqualTo(12);
    }

    @Test
    void onlyDebtorsWhoseCasesAllClosedBeforeTheRetentionDateAreListed() {
        List<PurgeCandidate> candidates = service.purgeCandidates(TODAY);

        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.debtorId()).isEqualTo(DURAND);
            assertThat(c.debtorName()).isEqualTo("Durand SARL");
            assertThat(c.lastClosedOn()).isEqualTo(closedLongAgo);
            assertThat(c.cases()).isEqualTo(1);
            assertThat(c.events()).isEqualTo(3);
            assertThat(c.documents()).isEqualTo(1);
            assertThat(c.letters()).isEqualTo(1);
        });
        service.saveRetention("12");
        assertThat(service.purgeCandidates(TODAY)).isEmpty();
    }

    @Test
    void aDebtorWithSomethingLeftToPayIsNeverListed() {
        dsl.update(INVOICE).setNull(INVOICE.CLOSED_ON).where(INVOICE.DEBTOR_ID.eq(DURAND)).execute();
        assertThat(service.purgeCandidates(TODAY)).isEmpty();
    }

    @Test
    void thePurgeDeletesEverythingAboutTheDebtorInOneGoAndLogsItWithoutNames() throws SQLException {
        PurgeResult result = service.purge(Set.of(DURAND), TODAY, "claire");

        assertThat(result).isEqualTo(new PurgeResult(TODAY, 10, TODAY.minusYears(10), 1, 1, 3, 1, 1));
        assertThat(dsl.fetchExists(DEBTOR, DEBTOR.ID.eq(DURAND))).isFalse();
        assertThat(dsl.fetchCount(CASE_EVENT, CASE_EVENT.DEBTOR_ID.eq(DURAND))).isZero();
        assertThat(dsl.fetchCount(DOCUMENT, DOCUMENT.DEBTOR_ID.eq(DURAND))).isZero();
        assertThat(dsl.fetchCount(LETTER, LETTER.DEBTOR_ID.eq(DURAND))).isZero();
        assertThat(dsl.fetchCount(INVOICE, INVOICE.DEBTOR_ID.eq(DURAND))).isZero();
        assertThat(dsl.fetchExists(DEBTOR, DEBTOR.ID.eq(MARTIN))).isTrue();
        assertThat(service.purgeLog()).containsExactly(result);
        assertThat(dsl.selectFrom(PURGE_LOG).fetchOne().intoMap().values().toString())
                .doesNotContain("Durand").doesNotContain("411DURAND");

        // The purge's permission ended with it: every pooled session refuses deletion again, even of the rows of a
        // debtor with no open case.
        new TimelineRepository(database).append(new CaseEvent(null, MARTIN, null, TODAY, null, CaseEvent.NOTE,
                "claire", null, null, null, "Note"));
        dsl.update(COLLECTION_CASE).set(COLLECTION_CASE.CLOSED_ON, TODAY).set(COLLECTION_CASE.STAGE, "CLOSED")
                .set(COLLECTION_CASE.CLOSED_REASON, "PAID").execute();
        for (int i = 0; i < 10; i++) {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM case_event"))
                        .hasMessageContaining("Evidence is immutable");
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM purge_log"))
                        .hasMessageContaining("Evidence is immutable");
            }
        }
    }

    @Test
    void aDebtorWithAnOpenCaseIsRefusedAndNothingIsDeleted() {
        int events = dsl.fetchCount(CASE_EVENT);
        assertThatThrownBy(() -> service.purge(Set.of(DURAND, MARTIN), TODAY, "claire"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("privacy.purge.changed"));
        assertThat(dsl.fetchCount(CASE_EVENT)).isEqualTo(events);
        assertThat(dsl.fetchExists(DEBTOR, DEBTOR.ID.eq(DURAND))).isTrue();
        assertThat(dsl.fetchCount(PURGE_LOG)).isZero();
    }

    @Test
    void aCaseReopenedAfterTheListWasShownStopsThePurge() {
        assertThat(service.purgeCandidates(TODAY)).hasSize(1);
        newCase(DURAND, TODAY);
        assertThatThrownBy(() -> service.purge(Set.of(DURAND), TODAY, "claire"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(dsl.fetchExists(DEBTOR, DEBTOR.ID.eq(DURAND))).isTrue();
    }

    @Test
    void theExportHoldsEveryRowAboutTheDebtorAndTheOriginalFiles() throws Exception {
        Path zip = dir.resolve("durand.zip");
        service.exportDebtor(DURAND, zip, Instant.parse("2026-11-23T10:00:00Z"));

        try (ZipFile file = new ZipFile(zip.toFile())) {
            JsonNode json = new ObjectMapper().readTree(file.getInputStream(
                    file.getEntry(PersonalDataService.JSON_ENTRY)));
            assertThat(json.get("account_code").asText()).isEqualTo("411DURAND");
            JsonNode tables = json.get("tables");
            assertThat(tables.get("debtor").get(0).get("name").asText()).isEqualTo("Durand SARL");
            assertThat(tables.get("invoice").get(0).get("number").asText()).isEqualTo("FA-1");
            assertThat(tables.get("case_event")).hasSize(3);
            assertThat(tables.get("letter").get(0).get("subject").asText()).isEqualTo("Mise en demeure");
            assertThat(tables.get("document").get(0).has("content")).isFalse();
            assertThat(tables.get("collection_case").get(0).get("closed_on").asText())
                    .isEqualTo(closedLongAgo.toString());
            assertThat(json.toString()).doesNotContain("Martin");
            JsonNode document = json.get("documents").get(0);
            assertThat(document.get("sha256").asText()).isEqualTo(durandDocument.sha256());
            assertThat(file.getInputStream(file.getEntry(document.get("file").asText())).readAllBytes())
                    .isEqualTo(pdf);
        }
    }

    @Test
    void aTamperedDocumentStopsTheExportAndLeavesNoFile() throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER document_immutable");
            statement.execute("UPDATE document SET content = X'0102' WHERE id = " + durandDocument.id());
        }
        Path zip = dir.resolve("durand.zip");
        assertThatThrownBy(() -> service.exportDebtor(DURAND, zip, Instant.now()))
                .isInstanceOf(DocumentTamperedException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("durand"));
        }
    }
}
