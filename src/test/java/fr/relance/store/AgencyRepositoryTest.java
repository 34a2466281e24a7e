package fr.relance.store;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static fr.relance.store.jooq.Tables.COLLECTION_AGENCY;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.documents.TestFiles;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.domain.agency.AgencyRules;
import fr.relance.domain.agency.CollectionAgency;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency directory on a real data file. */
class AgencyRepositoryTest {

    @TempDir
    Path dir;
    Database database;
    AgencyRepository agencies;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        agencies = new AgencyRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static CollectionAgency agency(String name, String percent, String fixed) {
        return new CollectionAgency(null, name, "732829320", "4 quai Perrache", null, "69002", "Lyon", "Mme Roux",
                "contact@recouvra.fr", "04 78 00 00 00", percent == null ? null : new BigDecimal(percent),
                fixed == null ? null : new BigDecimal(fixed), new BigDecimal("300.00"), TODAY.minusMonths(2), null,
                "RC 12345", "Bon taux sur le BTP", false);
    }

    @Test
    void anAgencyIsAddedReadUpdatedAndListedByName() {
        CollectionAgency saved = agencies.save(agency("Recouvra Lyon", "12.5", "90.00"), TODAY);
        agencies.save(agency("Atlantique Recouvrement", "15", null), TODAY);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.commissionPercent()).isEqualByComparingTo("12.5");
        assertThat(saved.fixedFee()).isEqualByComparingTo("90.00");
        assertThat(saved.agreementOnFile()).isFalse();
        assertThat(agencies.all(false)).extracting(CollectionAgency::name)
                .containsExactly("Atlantique Recouvrement", "Recouvra Lyon");

        CollectionAgency changed = new CollectionAgency(saved.id(), "  Recouvra Lyon Sud ", null, null, null, null,
                null, null, null, null, null, new BigDecimal("120"), null, null, null, null, "  ", false);
        CollectionAgency updated = agencies.save(changed, TODAY);
        assertThat(updated.name()).isEqualTo("Recouvra Lyon Sud");
        assertThat(updated.commissionPercent()).isNull();
        assertThat(updated.notes()).isNull();
        assertThat(database.dsl().fetchCount(COLLECTION_AGENCY)).isEqualTo(2);
    }

    @Test
    void invalidAgenciesAndDuplicateNamesAreRefusedWithoutWriting() {
        assertThatThrownBy(() -> agencies.save(agency("Sans tarif", null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("commissionPercent", AgencyRules.FEE_REQUIRED)));
        agencies.save(agency("Recouvra Lyon", "12", null), TODAY);
        assertThatThrownBy(() -> agencies.save(agency("RECOUVRA LYON", "10", null), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("name", AgencyRepository.NAME_TAKEN)));
        assertThat(database.dsl().fetchCount(COLLECTION_AGENCY)).isEqualTo(1);
    }

    @Test
    void anAgencyThatReceivedACaseIsNeverDeletedOnlyArchived() {
        CollectionAgency used = agencies.save(agency("Recouvra Lyon", "12", null), TODAY);
        CollectionAgency mistake = agencies.save(agency("Doublon", "12", null), TODAY);
        database.dsl().insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                        COLLECTION_CASE.OPENED_ON, COLLECTION_CASE.AGENCY_ID, COLLECTION_CASE.HANDED_OVER_ON)
                .values(DURAND, "AGENCY", TODAY.minusDays(30), used.id(), TODAY.minusDays(2)).execute();

        assertThat(agencies.isReferenced(used.id())).isTrue();
        assertThatThrownBy(() -> agencies.delete(used.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly(AgencyRepository.IN_USE));
        agencies.delete(mistake.id());

        CollectionAgency archived = agencies.setArchived(used.id(), true);
        assertThat(archived.archived()).isTrue();
        assertThat(agencies.all(false)).isEmpty();
        assertThat(agencies.all(true)).extracting(CollectionAgency::id).containsExactly(used.id());
        // Saving an archived agency keeps it archived.
        assertThat(agencies.save(archived, TODAY).archived()).isTrue();
        assertThat(agencies.setArchived(used.id(), false).archived()).isFalse();
    }

    @Test
    void theAgreementIsStoredAsADocumentAndAReplacedOneStays() {
        CollectionAgency agency = agencies.save(agency("Recouvra Lyon", "12", null), TODAY);
        byte[] first = {1, 2, 3};
        byte[] second = {4, 5, 6, 7};

        CollectionAgency linked = agencies.attachAgreement(agency.id(), content(first), TODAY.minusDays(10), "claire",
                (d, t) -> { }, () -> false);
        long firstId = linked.agreementDocumentId();
        assertThat(linked.agreementSignedOn()).isEqualTo(TODAY.minusDays(10));
        // Editing the agency later keeps its agreement.
        assertThat(agencies.save(linked, TODAY).agreementDocumentId()).isEqualTo(firstId);

        CollectionAgency replaced = agencies.attachAgreement(agency.id(), content(second), null, "claire",
                (d, t) -> { }, () -> false);
        assertThat(replaced.agreementDocumentId()).isNotEqualTo(firstId);
        assertThat(replaced.agreementSignedOn()).isEqualTo(TODAY.minusDays(10));
        DocumentRepository documents = new DocumentRepository(database);
        assertThat(documents.<byte[]>read(firstId, java.io.InputStream::readAllBytes)).isEqualTo(first);
    }

    @Test
    void theFeeShareThresholdIsTwentyFivePercentUntilSet() {
        assertThat(agencies.maxFeeShare()).isEqualByComparingTo(AgencyFeeEstimate.DEFAULT_MAX_SHARE);
        agencies.saveMaxFeeShare(new BigDecimal("30.0"));
        assertThat(agencies.maxFeeShare()).isEqualByComparingTo("30");
        assertThatThrownBy(() -> agencies.saveMaxFeeShare(BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> agencies.saveMaxFeeShare(new BigDecimal("101")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(agencies.maxFeeShare()).isEqualByComparingTo("30");
    }

    private static DocumentRepository.Content content(byte[] bytes) {
        return new DocumentRepository.Content("convention.pdf", "application/pdf", bytes.length,
                () -> new ByteArrayInputStream(bytes));
    }
}
